import { InterviewScheduledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { interviewScheduledMail } from '../templates/exam-sitting.template';
import { TellPeople } from '../tell-people';

/** A candidate may know their interview slot (or it moved): they are told its day, time and room. */
@Injectable()
export class InterviewScheduledConsumer implements EventHandler<InterviewScheduledV1> {
  static readonly reliesOn = reliesOn(InterviewScheduledV1, {
    applicantUserId: 'uuid',
    examTitleKo: 'string',
    jobSeriesKo: 'string',
    grade: 'int',
    examNumber: 'string',
    heldOn: 'date',
    startsAt: 'time',
    room: 'string',
  });
  readonly contract = InterviewScheduledV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<InterviewScheduledV1>, tx: EntityManager): Promise<void> {
    return this.tell.person(tx, event, event.payload.applicantUserId, (person) =>
      interviewScheduledMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
