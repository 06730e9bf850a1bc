import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InboxQueries } from '../../../inbox/inbox.queries';
import { inboxSummary } from '../../../mail/templates/mail-template';
import { PreferencesQueries } from '../../../preferences/preferences.queries';
import { textSendableAt } from '../../../preferences/quiet-hours';
import { channelsFor, textOf } from '../../channel-choice';
import { DeliveriesQueries, NewDelivery } from '../../deliveries.queries';
import { EnqueueDeliveriesCommand } from './enqueue-deliveries.command';

/**
 * Records the messages an event causes, in the consumer's transaction: sending is the sender's work,
 * after commit, so a slow or failing mail server never holds the event stream, and a redelivered
 * event finds its deliveries already there and adds none.
 *
 * The in-app inbox item is written here too, in the same transaction, rather than as a channel the
 * sender sends on: it is a row in this database, with nothing to retry, and so it is there the moment
 * the event is taken (not a sender pass later), once per (event, recipient) by its own unique index.
 *
 * Which other channels each person is told on is decided here, from their preferences (channel-choice.ts):
 * e-mail unless turned off, a text when they opted in and have a mobile number. A text that falls in
 * their quiet hours is recorded as due when those end; the sender sends nothing before a delivery's due time.
 */
@Injectable()
export class EnqueueDeliveriesUseCase {
  /** The clock quiet hours are read against (specs set it). */
  now: () => Date = () => new Date();

  constructor(
    private readonly deliveries: DeliveriesQueries,
    private readonly inbox: InboxQueries,
    private readonly preferences: PreferencesQueries,
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
    const recipients = once.map((m) => m.recipient);
    const preferences = await this.preferences.of(tx, event.tenantId, recipients);
    const now = this.now();
    const deliveries: NewDelivery[] = [];
    for (const { recipient, address, phone, mail } of once) {
      const chosen = preferences.get(recipient)!;
      const common = { tenantId: event.tenantId, eventId: event.id, eventType: event.type, recipient, template: mail.template };
      for (const channel of channelsFor(chosen, phone)) {
        if (channel === 'email') {
          deliveries.push({
            ...common,
            channel,
            address,
            locale: mail.locale,
            subject: mail.subject,
            content: { text: mail.text, html: mail.html },
          });
        } else {
          const sendable = textSendableAt(now, chosen.quietHours);
          deliveries.push({
            ...common,
            channel,
            address: phone!,
            locale: mail.locale,
            subject: mail.subject,
            content: { text: textOf(mail), html: '' },
            ...(sendable > now ? { dueAt: sendable } : {}),
          });
        }
      }
    }
    return this.deliveries.enqueue(tx, deliveries);
  }
}
