import { EventEnvelope, FeePaidV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { feePaidMail } from '../templates/exam-application.template';
import { tellPerson } from '../tell-person';

/**
 * An exam fee was paid: its applicant is told the application is complete. A free exam's application
 * (paid as submitted, `no-fee`) already said so in its submitted mail.
 */
@Injectable()
export class FeePaidConsumer implements EventHandler<FeePaidV1> {
  static readonly reliesOn = reliesOn(FeePaidV1, { amount: 'won', paidOn: 'date', paymentRef: 'string', applicantUserId: 'uuid?' });
  readonly contract = FeePaidV1;

  constructor(
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  async handle(event: EventEnvelope<FeePaidV1>, tx: EntityManager): Promise<void> {
    if (event.payload.paymentRef === 'no-fee') return;
    await tellPerson(tx, { contacts: this.contacts, enqueue: this.enqueue }, event, event.payload.applicantUserId, (person) =>
      feePaidMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
