import { InterviewMarksDto, RecordedMarksView } from '@baeum/api';
import { AuthUser, fieldError, invalidInput, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { INTERVIEW_STEPS } from '../../interview-rules';
import { InterviewQueries } from '../../interview-queries';

export type RecordInterviewMarksCommand = InterviewMarksDto & { sessionId: string };

/** 평정표 입력: the panel's marks of one session, as its members wrote them; a mark given again replaces the one before. */
@Injectable()
export class RecordInterviewMarksUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly interviews: InterviewQueries,
  ) {}

  async execute(user: AuthUser, command: RecordInterviewMarksCommand): Promise<RecordedMarksView> {
    return this.dataSource.transaction(async (tx) => {
      const session = await this.interviews.session(tx, command.sessionId, user.tenantId);
      if (!session)
        throw notFound('INTERVIEW.SESSION_NOT_FOUND', { message: '면접 세션을 찾을 수 없습니다 / Interview session not found' });
      const exam = await this.exams.exam(user.tenantId, session.examId, tx);
      await assertUnpublished(tx, session.examId, 'final');
      const inSession = new Set(await this.interviews.sessionMembers(tx, session.id));
      const steps = INTERVIEW_STEPS[exam.kind];
      const problems = command.marks.flatMap((m, i) => [
        ...(inSession.has(m.applicationId)
          ? []
          : [
              fieldError(
                `marks.${i}.applicationId`,
                'INTERVIEW.NOT_IN_SESSION',
                undefined,
                '이 세션의 응시자가 아닙니다 / not a candidate of this session',
              ),
            ]),
        ...(session.panel.includes(m.interviewerId)
          ? []
          : [
              fieldError(
                `marks.${i}.interviewerId`,
                'INTERVIEW.NOT_ON_PANEL',
                undefined,
                '이 세션의 면접위원이 아닙니다 / not on this session’s panel',
              ),
            ]),
        ...(steps.includes(m.step)
          ? []
          : [
              fieldError(
                `marks.${i}.step`,
                'INTERVIEW.UNKNOWN_STEP',
                { steps: [...steps] },
                `평정 단계는 ${steps.join(', ')} 중 하나입니다 / step must be one of ${steps.join(', ')}`,
              ),
            ]),
      ]);
      if (problems.length > 0) throw invalidInput(problems);
      await this.interviews.upsertRatings(
        tx,
        command.marks.map((m) => ({ ...m, tenantId: user.tenantId })),
      );
      return { recorded: command.marks.length };
    });
  }
}
