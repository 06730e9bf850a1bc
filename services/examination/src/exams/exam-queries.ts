import { ExamPipelineView, ExamView, OpenExamSummaryView } from '@baeum/api';
import { notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Exam } from './exam.entity';
import { ExamFee } from './exam-fee.entity';
import { ExamNotice } from './exam-notice.entity';
import { phaseOf, toExamView } from './exam.view';
import { Position } from './position.entity';

/** Reads of exams, always inside the caller's tenant: another tenant's exam is not found. */
@Injectable()
export class ExamQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** `lock` takes the exam row for update, so season steps on one exam run one at a time. */
  async exam(tenantId: string, examId: string, tx: EntityManager = this.dataSource.manager, lock = false): Promise<Exam> {
    const query = tx.getRepository(Exam).createQueryBuilder('e').where('e.id = :examId AND e.tenant_id = :tenantId', { examId, tenantId });
    const exam = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!exam) throw notFound('EXAM.NOT_FOUND', { message: '시험을 찾을 수 없습니다 / Exam not found' });
    return exam;
  }

  async view(tenantId: string, examId: string, tx: EntityManager = this.dataSource.manager): Promise<ExamView> {
    const exam = await this.exam(tenantId, examId, tx);
    const [fees, positions, notice] = await Promise.all([
      tx.find(ExamFee, { where: { examId } }),
      tx.find(Position, { where: { examId } }),
      tx.findOne(ExamNotice, { where: { examId } }),
    ]);
    return toExamView(exam, fees, positions, new Date(), notice);
  }

  async list(tenantId: string): Promise<ExamView[]> {
    const exams = await this.dataSource
      .getRepository(Exam)
      .find({ where: { tenantId }, order: { year: 'DESC', kind: 'ASC', roundNo: 'DESC' }, take: 200 });
    if (exams.length === 0) return [];
    const ids = exams.map((e) => e.id);
    const [fees, positions, notices] = await Promise.all([
      this.dataSource.getRepository(ExamFee).createQueryBuilder('f').where('f.exam_id IN (:...ids)', { ids }).getMany(),
      this.dataSource.getRepository(Position).createQueryBuilder('p').where('p.exam_id IN (:...ids)', { ids }).getMany(),
      this.dataSource.getRepository(ExamNotice).createQueryBuilder('n').where('n.exam_id IN (:...ids)', { ids }).getMany(),
    ]);
    const now = new Date();
    return exams.map((e) =>
      toExamView(
        e,
        fees.filter((f) => f.examId === e.id),
        positions.filter((p) => p.examId === e.id),
        now,
        notices.find((n) => n.examId === e.id) ?? null,
      ),
    );
  }

  /** 공고문 with its content, of an exam of the tenant; null when none was uploaded. */
  notice(tenantId: string, examId: string): Promise<ExamNotice | null> {
    return this.dataSource
      .getRepository(ExamNotice)
      .createQueryBuilder('n')
      .addSelect('n.content')
      .where('n.exam_id = :examId AND n.tenant_id = :tenantId', { examId, tenantId })
      .getOne();
  }

  /** Puts the exam's notice document in place of the one it had, if any. */
  async saveNotice(tx: EntityManager, notice: ExamNotice): Promise<void> {
    await tx.getRepository(ExamNotice).upsert(notice, ['examId']);
  }

  /**
   * 채용 공고 모아보기: every institute's exams whose applications have not closed yet, with their
   * positions and openings counted, soonest deadline first. No applicant's data is read.
   */
  async openExams(now = new Date()): Promise<OpenExamSummaryView[]> {
    const rows: {
      tenant_id: string;
      id: string;
      kind: OpenExamSummaryView['kind'];
      year: number;
      round_no: number;
      title_ko: string;
      title_en: string;
      application_opens_at: Date;
      application_closes_at: Date;
      selection_planned: number;
      positions_count: number;
      openings: number;
    }[] = await this.dataSource.query(
      `SELECT e.tenant_id, e.id, e.kind, e.year, e.round_no, e.title_ko, e.title_en,
              e.application_opens_at, e.application_closes_at, e.selection_planned,
              count(p.id)::int AS positions_count, coalesce(sum(p.openings), 0)::int AS openings
         FROM examination.exam e
         LEFT JOIN examination.position p ON p.exam_id = e.id
        WHERE e.application_closes_at > $1
        GROUP BY e.id
        ORDER BY e.application_closes_at, e.title_ko
        LIMIT 500`,
      [now],
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id,
      id: r.id,
      kind: r.kind,
      year: r.year,
      roundNo: r.round_no,
      titleKo: r.title_ko,
      titleEn: r.title_en,
      phase: phaseOf({ applicationOpensAt: new Date(r.application_opens_at), applicationClosesAt: new Date(r.application_closes_at) }, now),
      applicationOpensAt: new Date(r.application_opens_at).toISOString(),
      applicationClosesAt: new Date(r.application_closes_at).toISOString(),
      positionsCount: Number(r.positions_count),
      openings: Number(r.openings),
      selectionPlanned: r.selection_planned,
    }));
  }

  async position(tenantId: string, positionId: string, tx: EntityManager = this.dataSource.manager): Promise<Position> {
    const position = await tx.findOne(Position, { where: { id: positionId, tenantId } });
    if (!position) throw notFound('POSITION.NOT_FOUND', { message: '모집단위를 찾을 수 없습니다 / Position not found' });
    return position;
  }

  /**
   * 전형 단계별 인원: per position, how many applied, paid, sat the first stage (a written score
   * that is not absent, or a document screening result) and passed the final stage.
   */
  async pipeline(tenantId: string, examId: string): Promise<ExamPipelineView> {
    await this.exam(tenantId, examId);
    const positions = await this.dataSource.getRepository(Position).find({ where: { examId, tenantId }, order: { seq: 'ASC' } });
    const rows: { position_id: string; applied: string; paid: string; sat: string; passed: string }[] = await this.dataSource.query(
      `SELECT position_id,
              count(*)::int AS applied,
              count(*) FILTER (WHERE paid_at IS NOT NULL)::int AS paid,
              count(*) FILTER (WHERE written_scores IS NOT NULL OR document_screening IS NOT NULL)::int AS sat,
              count(*) FILTER (WHERE final_result = 'pass')::int AS passed
         FROM examination.application
        WHERE tenant_id = $1 AND exam_id = $2
        GROUP BY position_id`,
      [tenantId, examId],
    );
    const counts = new Map(
      rows.map((r) => [r.position_id, { applied: Number(r.applied), paid: Number(r.paid), sat: Number(r.sat), passed: Number(r.passed) }]),
    );
    const byPosition = positions.map((p) => ({
      positionId: p.id,
      seq: p.seq,
      jobSeries: p.jobSeries,
      jobSeriesKo: p.jobSeriesKo,
      grade: p.grade,
      ...(counts.get(p.id) ?? { applied: 0, paid: 0, sat: 0, passed: 0 }),
    }));
    const total = { applied: 0, paid: 0, sat: 0, passed: 0 };
    for (const p of byPosition) for (const key of ['applied', 'paid', 'sat', 'passed'] as const) total[key] += p[key];
    return { examId, total, positions: byPosition };
  }

  /** The next position number of the exam (1 for its first). */
  async nextPositionSeq(examId: string, tx: EntityManager): Promise<number> {
    const [{ next }]: { next: number }[] = await tx.query(
      `SELECT coalesce(max(seq), 0) + 1 AS next FROM examination.position WHERE exam_id = $1`,
      [examId],
    );
    return next;
  }
}

/** 경쟁률 counters of a position: `by` applicants more (fewer when negative). */
export async function countApplicant(tx: EntityManager, positionId: string, by: number): Promise<void> {
  await tx.query(`UPDATE examination.position SET applicants = applicants + $2 WHERE id = $1`, [positionId, by]);
}

/** Counts a paid (+1) or refunded (-1) fee on the position the application is for. */
export async function countPaidFee(tx: EntityManager, applicationId: string, by: 1 | -1): Promise<void> {
  await tx.query(
    `UPDATE examination.position p SET paid = paid + $2 FROM examination.application a WHERE a.id = $1 AND p.id = a.position_id`,
    [applicationId, by],
  );
}
