import { EventEnvelope, FeePaidV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { feePaidMail } from '../templates/exam-application.template';
import { TellPeople } from '../tell-people';

/**
 * An exam fee was paid: its applicant is told the application is complete. A free exam's application
 * (paid as submitted, `no-fee`) already said so in its submitted mail.
 */
@Injectable()
export class FeePaidConsumer implements EventHandler<FeePaidV1> {
  static readonly reliesOn = reliesOn(FeePaidV1, { amount: 'won', paidOn: 'date', paymentRef: 'string', applicantUserId: 'uuid?' });
  readonly contract = FeePaidV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  async handle(event: EventEnvelope<FeePaidV1>, tx: EntityManager): Promise<void> {
    if (event.payload.paymentRef === 'no-fee') return;
    await this.tell.person(tx, event, event.payload.applicantUserId, (person) =>
      feePaidMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
