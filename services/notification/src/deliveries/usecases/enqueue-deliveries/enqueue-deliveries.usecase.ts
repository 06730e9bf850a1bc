import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveriesQueries } from '../../deliveries.queries';
import { EnqueueDeliveriesCommand } from './enqueue-deliveries.command';

/**
 * Records the messages an event causes, in the consumer's transaction: sending is the sender's work,
 * after commit, so a slow or failing mail server never holds the event stream, and a redelivered
 * event finds its deliveries already there and adds none.
 */
@Injectable()
export class EnqueueDeliveriesUseCase {
  constructor(private readonly deliveries: DeliveriesQueries) {}

  execute(tx: EntityManager, command: EnqueueDeliveriesCommand): Promise<number> {
    const { event } = command;
    // One message per person, even when a list names them twice.
    const once = new Map(command.mails.map((m) => [m.recipient, m]));
    return this.deliveries.enqueue(
      tx,
      [...once.values()].map(({ recipient, address, mail }) => ({
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
