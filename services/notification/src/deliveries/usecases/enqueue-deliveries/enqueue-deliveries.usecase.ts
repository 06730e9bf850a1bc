import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InboxQueries } from '../../../inbox/inbox.queries';
import { inboxSummary } from '../../../mail/templates/mail-template';
import { DeliveriesQueries } from '../../deliveries.queries';
import { EnqueueDeliveriesCommand } from './enqueue-deliveries.command';

/**
 * Records the messages an event causes, in the consumer's transaction: sending is the sender's work,
 * after commit, so a slow or failing mail server never holds the event stream, and a redelivered
 * event finds its deliveries already there and adds none.
 *
 * The in-app inbox item is written here too, in the same transaction, rather than as a channel the
 * sender sends on: it is a row in this database, with nothing to retry, and so it is there the moment
 * the event is taken (not a sender pass later), once per (event, recipient) by its own unique index.
 */
@Injectable()
export class EnqueueDeliveriesUseCase {
  constructor(
    private readonly deliveries: DeliveriesQueries,
    private readonly inbox: InboxQueries,
  ) {}

  async execute(tx: EntityManager, command: EnqueueDeliveriesCommand): Promise<number> {
    const { event } = command;
    // One message per person, even when a list names them twice.
    const once = [...new Map(command.mails.map((m) => [m.recipient, m])).values()];
    await this.inbox.add(
      tx,
      once.map(({ recipient, mail }) => ({
        tenantId: event.tenantId,
        recipient,
        eventId: event.id,
        eventType: event.type,
        title: mail.subject,
        ...inboxSummary(mail),
      })),
    );
    return this.deliveries.enqueue(
      tx,
      once.map(({ recipient, address, mail }) => ({
        tenantId: event.tenantId,
        eventId: event.id,
        eventType: event.type,
        recipient,
        channel: 'email',
        address,
        template: mail.template,
        locale: mail.locale,
        subject: mail.subject,
        content: { text: mail.text, html: mail.html },
      })),
    );
  }
}
