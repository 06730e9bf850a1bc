import { EventEnvelope, LineThresholdCrossedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { thresholdCrossedMail } from '../templates/threshold-crossed.template';
import { lineOfficers } from './line-officers';

/**
 * A budget line's execution crossed a threshold: its officer is told, or, when the line names none
 * (or that person is no longer an active finance officer), every active finance officer of the tenant.
 */
@Injectable()
export class ThresholdCrossedConsumer implements EventHandler<LineThresholdCrossedV1> {
  static readonly reliesOn = reliesOn(LineThresholdCrossedV1, {
    budgetLineCode: 'string',
    fiscalYear: 'int',
    thresholdPercent: 'int',
    currentBudget: 'won',
    executed: 'won',
    officerUserId: 'uuid?',
  });
  readonly contract = LineThresholdCrossedV1;

  constructor(
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  async handle(event: EventEnvelope<LineThresholdCrossedV1>, tx: EntityManager): Promise<void> {
    const recipients = await lineOfficers(tx, { contacts: this.contacts, enqueue: this.enqueue }, event, event.payload.officerUserId);
    await this.enqueue.execute(tx, {
      event,
      mails: recipients.map((c) => ({
        recipient: c.userId,
        address: c.email,
        mail: thresholdCrossedMail(event.payload, c, this.env.PUBLIC_BASE_URL),
      })),
    });
  }
}
