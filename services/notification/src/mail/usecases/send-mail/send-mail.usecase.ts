import { LOGGER } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { MailQueries, MessageRecord } from '../../mail.queries';
import { Delivery, MAILER, Mailer, withoutAddresses } from '../../mailer';
import { SendMailCommand } from './send-mail.command';

/** Entries kept per process of the bounded memories below. */
const REMEMBERED = 10_000;

/** A map that forgets its oldest entries past a size. */
class Recent<V> extends Map<string, V> {
  override set(key: string, value: V): this {
    this.delete(key);
    super.set(key, value);
    if (this.size > REMEMBERED) this.delete(this.keys().next().value!);
    return this;
  }
}

/**
 * Sends the mail an event asks for and records it in the delivery log, inside the consumer's
 * transaction (whose inbox entry makes a redelivered event send nothing). A failure is recorded
 * and thrown: the consumer retries with backoff and finally dead-letters the event.
 */
@Injectable()
export class SendMailUseCase {
  /** Attempts per event in this process (the log keeps the largest count seen). */
  private readonly attempts = new Recent<number>();
  /**
   * Mails sent whose transaction has not (yet) committed: when a batch rolls back for another
   * event's failure, the events in it are handled again, and must not send again.
   */
  private readonly sent = new Recent<Delivery>();

  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly queries: MailQueries,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(tx: EntityManager, command: SendMailCommand): Promise<void> {
    const { event, mail } = command;
    const attempts = (this.attempts.get(event.id) ?? 0) + 1;
    this.attempts.set(event.id, attempts);
    const record: MessageRecord = {
      tenantId: event.tenantId,
      channel: 'email',
      recipient: command.to,
      template: mail.template,
      locale: mail.locale,
      subject: mail.subject,
      eventId: event.id,
      eventType: event.type,
      attempts,
    };
    let delivery = this.sent.get(event.id);
    if (!delivery) {
      try {
        delivery = await this.mailer.send({
          to: command.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<${event.id}@baeum>`,
        });
      } catch (error) {
        const reason = withoutAddresses((error as Error)?.message ?? String(error));
        this.queries
          .recordFailure(record, reason)
          .catch((e) => this.logger.error({ err: e, eventId: event.id }, 'could not record a failed mail'));
        throw error;
      }
      this.sent.set(event.id, delivery);
    }
    await this.queries.recordSent(tx, record, delivery.providerMessageId);
    this.logger.info({ eventId: event.id, template: mail.template, attempts, via: this.mailer.kind }, 'mail sent');
  }
}
