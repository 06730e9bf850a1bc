import { InterviewGrade, InterviewMark, PositionOutcomeView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { FinalCandidate, finalPassList, INTERVIEW_STEPS, interviewGrade } from '../../interview-rules';

/**
 * 최종 합격자 결정: every interviewed candidate's grade from the panel's marks, then each position's
 * pass list. A candidate with no marks at all did not attend; one with some marks missing stops the
 * decision until the panel's sheet is complete.
 */
@Injectable()
export class DecideFinalResultsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, examId: string): Promise<PositionOutcomeView[]> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      await assertUnpublished(tx, examId, 'final');
      const steps = INTERVIEW_STEPS[exam.kind];
      const candidates: { id: string; positionId: string; examNumber: string; writtenTotal: number | null; panel: string[] }[] =
        await tx.query(
          `SELECT a.id, a.position_id AS "positionId", a.exam_number AS "examNumber", a.written_total AS "writtenTotal", s.panel
           FROM examination.application a JOIN examination.interview_session s ON s.id = a.interview_session_id WHERE a.exam_id = $1`,
          [examId],
        );
      if (candidates.length === 0)
        throw conflict('INTERVIEW.NOT_SCHEDULED', { message: '면접 일정을 먼저 정하세요 / schedule the interviews first' });
      const marks: { applicationId: string; step: string; mark: InterviewMark }[] = await tx.query(
        `SELECT r.application_id AS "applicationId", r.step, r.mark FROM examination.interview_rating r JOIN examination.application a ON a.id = r.application_id WHERE a.exam_id = $1`,
        [examId],
      );
      const byCandidate = new Map<string, { step: string; mark: InterviewMark }[]>();
      for (const m of marks) byCandidate.set(m.applicationId, [...(byCandidate.get(m.applicationId) ?? []), m]);
      const incomplete = candidates.filter(
        (c) => (byCandidate.get(c.id)?.length ?? 0) > 0 && byCandidate.get(c.id)!.length < c.panel.length * steps.length,
      );
      if (incomplete.length > 0) {
        throw conflict('INTERVIEW.MARKS_MISSING', {
          params: { candidates: incomplete.length, examNumbers: incomplete.map((c) => c.examNumber) },
          message: `평정이 덜 된 응시자가 있습니다: ${incomplete.map((c) => c.examNumber).join(', ')} / marks are missing for ${incomplete.length} candidate(s)`,
        });
      }

      const graded: (FinalCandidate & { positionId: string })[] = candidates.map((c) => {
        const own = byCandidate.get(c.id) ?? [];
        const grade: InterviewGrade | null = own.length === 0 ? null : interviewGrade(own, c.panel.length, steps);
        return {
          id: c.id,
          positionId: c.positionId,
          grade,
          writtenTotal: c.writtenTotal,
          highMarks: own.filter((m) => m.mark === 'high').length,
          examNumber: c.examNumber,
        };
      });
      const positions: { id: string; openings: number }[] = await tx.query(
        `SELECT id, openings FROM examination.position WHERE exam_id = $1 ORDER BY seq`,
        [examId],
      );
      const passed = new Set<string>();
      const outcomes = positions.map((p) => {
        const own = graded.filter((g) => g.positionId === p.id);
        const list = finalPassList(own, p.openings);
        list.forEach((id) => passed.add(id));
        return { positionId: p.id, openings: p.openings, interviewed: own.filter((g) => g.grade !== null).length, passed: list.size };
      });
      await tx.query(
        `UPDATE examination.application SET final_result = 'fail', interview_grade = NULL, updated_at = now() WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
        [examId],
      );
      await tx.query(
        `UPDATE examination.application a SET interview_grade = g.grade, final_result = CASE WHEN g.passed THEN 'pass' ELSE 'fail' END
           FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS g(id, grade, passed) WHERE a.id = g.id`,
        [graded.map((g) => g.id), graded.map((g) => g.grade), graded.map((g) => passed.has(g.id))],
      );
      return outcomes;
    });
  }
}
