import { ExamResultAnnouncedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { resultAnnouncedMail } from '../templates/exam-sitting.template';
import { TellPeople } from '../tell-people';

/** A stage's results were published: each candidate is told their own result of it. */
@Injectable()
export class ExamResultAnnouncedConsumer implements EventHandler<ExamResultAnnouncedV1> {
  static readonly reliesOn = reliesOn(ExamResultAnnouncedV1, {
    examId: 'uuid',
    applicantUserId: 'uuid',
    examTitleKo: 'string',
    jobSeriesKo: 'string',
    grade: 'int',
    examNumber: 'string',
    stage: { kind: 'enum', values: ['written', 'final'] },
    result: { kind: 'enum', values: ['pass', 'fail', 'absent'] },
  });
  readonly contract = ExamResultAnnouncedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<ExamResultAnnouncedV1>, tx: EntityManager): Promise<void> {
    return this.tell.person(tx, event, event.payload.applicantUserId, (person) =>
      resultAnnouncedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
