import { PassMarkView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { Position } from '../../../exams/position.entity';
import { assertUnpublished } from '../../../results/publication-lock';
import { SUBJECT_MINIMUM, writtenPassMark } from '../../pass-marks';

/** 필기 합격선 결정 for one position from the imported scores; it can be set again until the written results are published. */
@Injectable()
export class SetPassMarkUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, positionId: string, passMultiplePercent: number): Promise<PassMarkView> {
    return this.dataSource.transaction(async (tx) => {
      const position = await this.exams.position(user.tenantId, positionId, tx);
      await this.exams.exam(user.tenantId, position.examId, tx, true);
      await assertUnpublished(tx, position.examId, 'written');
      const rows: { id: string; scores: number[] | null; total: number | null; examNumber: string | null }[] = await tx.query(
        `SELECT id, written_scores AS scores, written_total AS total, exam_number AS "examNumber" FROM examination.application WHERE position_id = $1 AND status = 'paid'`,
        [positionId],
      );
      if (rows.some((r) => r.examNumber === null) || !(await this.scoresImported(tx, position.examId)))
        throw conflict('WRITTEN_SCORES.NOT_IMPORTED', { message: '필기 성적을 먼저 등록하세요 / import the written scores first' });
      const { cutoff, passed } = writtenPassMark(
        rows.map((r) => ({ id: r.id, total: r.total, belowMinimum: (r.scores ?? []).some((s) => s < SUBJECT_MINIMUM) })),
        position.openings,
        passMultiplePercent,
      );
      const result = (r: (typeof rows)[number]) => (r.total === null ? 'absent' : passed.has(r.id) ? 'pass' : 'fail');
      if (rows.length > 0) {
        await tx.query(
          `UPDATE examination.application a SET written_result = s.result, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`,
          [rows.map((r) => r.id), rows.map(result)],
        );
      }
      await tx.update(Position, { id: positionId }, { passMultiplePercent, writtenCutoff: cutoff });
      return {
        positionId,
        openings: position.openings,
        passMultiplePercent,
        cutoff,
        passed: passed.size,
        failed: rows.filter((r) => result(r) === 'fail').length,
        absent: rows.filter((r) => r.total === null).length,
      };
    });
  }

  /** Any scored sheet in the exam means the scanner file is in. */
  private async scoresImported(tx: EntityManager, examId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM examination.application WHERE exam_id = $1 AND written_scores IS NOT NULL LIMIT 1`, [
      examId,
    ]);
    return Boolean(row);
  }
}
