import { InterviewGrade, InterviewMark, PositionOutcomeView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { InterviewQueries } from '../../interview-queries';
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
    private readonly interviews: InterviewQueries,
  ) {}

  async execute(user: AuthUser, examId: string): Promise<PositionOutcomeView[]> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      await assertUnpublished(tx, examId, 'final');
      const steps = INTERVIEW_STEPS[exam.kind];
      const candidates = await this.interviews.scheduledCandidates(tx, examId);
      if (candidates.length === 0)
        throw conflict('INTERVIEW.NOT_SCHEDULED', { message: '면접 일정을 먼저 정하세요 / schedule the interviews first' });
      const marks = await this.interviews.examMarks(tx, examId);
      const byCandidate = new Map<string, { step: string; mark: InterviewMark }[]>();
      for (const m of marks) byCandidate.set(m.applicationId, [...(byCandidate.get(m.applicationId) ?? []), m]);
      const incomplete = candidates.filter(
        (c) => (byCandidate.get(c.id)?.length ?? 0) > 0 && byCandidate.get(c.id)!.length < c.panel.length * steps.length,
      );
      if (incomplete.length > 0) {
        throw conflict('INTERVIEW.MARKS_MISSING', {
          params: { candidates: incomplete.length, examNumbers: incomplete.map((c) => c.examNumber) },
          message:
            `평정이 덜 된 응시자가 있습니다: ${incomplete.map((c) => c.examNumber).join(', ')} / marks ` +
            `are missing for ${incomplete.length} candidate(s)`,
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
      const positions = await this.interviews.positionOpenings(tx, examId);
      const passed = new Set<string>();
      const outcomes = positions.map((p) => {
        const own = graded.filter((g) => g.positionId === p.id);
        const list = finalPassList(own, p.openings);
        list.forEach((id) => passed.add(id));
        return { positionId: p.id, openings: p.openings, interviewed: own.filter((g) => g.grade !== null).length, passed: list.size };
      });
      await this.interviews.setFinalResults(
        tx,
        examId,
        graded.map((g) => ({ applicationId: g.id, grade: g.grade, passed: passed.has(g.id) })),
      );
      return outcomes;
    });
  }
}
