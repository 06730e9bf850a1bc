import { ApplicationSubmittedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { applicationSubmittedMail } from '../templates/exam-application.template';
import { TellPeople } from '../tell-people';

/** An application was submitted: its applicant is told it arrived and whether a fee is due. */
@Injectable()
export class ApplicationSubmittedConsumer implements EventHandler<ApplicationSubmittedV1> {
  static readonly reliesOn = reliesOn(ApplicationSubmittedV1, {
    jobSeries: 'string',
    grade: 'int',
    feeAmount: 'won',
    applicantUserId: 'uuid?',
    examTitleKo: 'string?',
    jobSeriesKo: 'string?',
  });
  readonly contract = ApplicationSubmittedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<ApplicationSubmittedV1>, tx: EntityManager): Promise<void> {
    return this.tell.person(tx, event, event.payload.applicantUserId, (person) =>
      applicationSubmittedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
