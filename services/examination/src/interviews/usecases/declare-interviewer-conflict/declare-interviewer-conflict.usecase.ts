import { DeclaredInterviewerConflictView, DeclareInterviewerConflictDto } from '@baeum/api';
import { AuthUser, conflict, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { InterviewQueries } from '../../interview-queries';
import { InterviewerConflict } from '../../interviewer-conflict.entity';

export type DeclareInterviewerConflictCommand = DeclareInterviewerConflictDto & { examId: string };

/**
 * 제척·회피 신고: an interviewer who must not interview a candidate, declared before the marking
 * starts. Scheduling (under the same exam lock) keeps them off that candidate's panel; when the
 * current schedule has them there, the answer says to schedule again.
 */
@Injectable()
export class DeclareInterviewerConflictUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly interviews: InterviewQueries,
  ) {}

  async execute(user: AuthUser, command: DeclareInterviewerConflictCommand): Promise<DeclaredInterviewerConflictView> {
    const { examId } = command;
    return this.dataSource.transaction(async (tx) => {
      await this.exams.exam(user.tenantId, examId, tx, true);
      const interviewer = await this.interviews.interviewer(user.tenantId, command.interviewerId, tx);
      if (!interviewer)
        throw notFound('INTERVIEWER.NOT_FOUND', { field: 'interviewerId', message: '면접위원을 찾을 수 없습니다 / Interviewer not found' });
      const application = await this.interviews.applicationSession(tx, user.tenantId, examId, command.applicationId);
      if (!application)
        throw notFound('EXAM_APPLICATION.NOT_FOUND', {
          field: 'applicationId',
          message: '원서를 찾을 수 없습니다 / Application not found',
        });
      if ((await this.interviews.markCount(tx, examId)) > 0)
        throw conflict('INTERVIEW.CONFLICTS_CLOSED', {
          message: '면접 평정이 시작된 뒤에는 제척·회피를 신고할 수 없습니다 / conflicts are declared before the marking starts',
        });
      const declared: InterviewerConflict = {
        interviewerId: command.interviewerId,
        applicationId: command.applicationId,
        tenantId: user.tenantId,
        examId,
        reason: command.reason.trim(),
        declaredAt: new Date(),
      };
      if (!(await this.interviews.insertConflict(tx, declared)))
        throw conflict('INTERVIEW.CONFLICT_DECLARED', { message: '이미 신고된 제척·회피입니다 / this conflict is already declared' });
      const session = application.sessionId ? await this.interviews.session(tx, application.sessionId) : null;
      return {
        ...declared,
        declaredAt: declared.declaredAt.toISOString(),
        interviewerNameKo: interviewer.nameKo,
        reschedule: session?.panel.includes(command.interviewerId) ?? false,
      };
    });
  }
}
