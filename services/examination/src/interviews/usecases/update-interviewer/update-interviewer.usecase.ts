import { InterviewerView, UpdateInterviewerDto } from '@baeum/api';
import { AuthUser, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { InterviewQueries } from '../../interview-queries';

export type UpdateInterviewerCommand = UpdateInterviewerDto & { interviewerId: string };

/** An interviewer taken off (or back on) the list the scheduling draws panels from. */
@Injectable()
export class UpdateInterviewerUseCase {
  constructor(private readonly interviews: InterviewQueries) {}

  async execute(user: AuthUser, command: UpdateInterviewerCommand): Promise<InterviewerView> {
    const interviewer = await this.interviews.interviewer(user.tenantId, command.interviewerId);
    if (!interviewer) throw notFound('INTERVIEWER.NOT_FOUND', { message: '면접위원을 찾을 수 없습니다 / Interviewer not found' });
    await this.interviews.setInterviewerActive(command.interviewerId, command.active);
    return { ...interviewer, active: command.active };
  }
}
