import { CommitmentHeldV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { commitmentHeldMail } from '../templates/commitment-held.template';
import { lineOfficers } from './line-officers';

/** A commitment waits for room on a stop line: the line's officer is told, or every finance officer when it names none. */
@Injectable()
export class CommitmentHeldConsumer implements EventHandler<CommitmentHeldV1> {
  static readonly reliesOn = reliesOn(CommitmentHeldV1, {
    budgetLineCode: 'string',
    fiscalYear: 'int',
    amount: 'won',
    currentBudget: 'won',
    committed: 'won',
    officerUserId: 'uuid?',
  });
  readonly contract = CommitmentHeldV1;

  constructor(
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  async handle(event: EventEnvelope<CommitmentHeldV1>, tx: EntityManager): Promise<void> {
    const recipients = await lineOfficers(tx, { contacts: this.contacts, enqueue: this.enqueue }, event, event.payload.officerUserId);
    await this.enqueue.execute(tx, {
      event,
      mails: recipients.map((c) => ({
        recipient: c.userId,
        address: c.email,
        mail: commitmentHeldMail(event.payload, c, this.env.PUBLIC_BASE_URL),
      })),
    });
  }
}
