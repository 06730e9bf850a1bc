import { CreateInterviewerDto, InterviewerView } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Interviewer } from '../../interviewer.entity';
import { InterviewQueries } from '../../interview-queries';

export type AddInterviewerCommand = CreateInterviewerDto;

/** 면접위원 등록: an interviewer of the tenant, external unless said otherwise, active. */
@Injectable()
export class AddInterviewerUseCase {
  constructor(private readonly interviews: InterviewQueries) {}

  async execute(user: AuthUser, command: AddInterviewerCommand): Promise<InterviewerView> {
    const interviewer: Interviewer = {
      id: randomUUID(),
      tenantId: user.tenantId,
      nameKo: command.nameKo,
      affiliation: command.affiliation,
      expertise: command.expertise,
      external: command.external ?? true,
      active: true,
    };
    await this.interviews.insertInterviewer(interviewer);
    return interviewer;
  }
}
