import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { MessageChannel } from './message.entity';

/** What the delivery log keeps of one message. */
export interface MessageRecord {
  tenantId: string;
  channel: MessageChannel;
  recipient: string;
  template: string;
  locale: string;
  subject: string;
  eventId: string;
  eventType: string;
  /** Attempts so far, this one included. */
  attempts: number;
}

// Attempts only grow (GREATEST), and a sent message stays sent: a failed attempt's record, written
// outside the consumer's transaction, may land after the next attempt's success.
const UPSERT = `INSERT INTO notification.messages
    (id, tenant_id, channel, recipient, template, locale, subject, status, attempts, provider_message_id, last_error,
     event_id, event_type, sent_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $8 = 'sent' THEN now() END)
  ON CONFLICT (event_id, channel) DO UPDATE SET
    status = EXCLUDED.status,
    attempts = GREATEST(messages.attempts, EXCLUDED.attempts),
    provider_message_id = coalesce(EXCLUDED.provider_message_id, messages.provider_message_id),
    last_error = coalesce(EXCLUDED.last_error, messages.last_error),
    subject = EXCLUDED.subject,
    sent_at = coalesce(EXCLUDED.sent_at, messages.sent_at)`;

@Injectable()
export class MailQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** In the consumer's transaction: the message went out. */
  async recordSent(tx: EntityManager, record: MessageRecord, providerMessageId: string): Promise<void> {
    await tx.query(UPSERT, [...this.values(record, 'sent'), providerMessageId, null, record.eventId, record.eventType]);
  }

  /**
   * Outside the consumer's transaction, which is about to roll back: the attempt failed. Never
   * awaited by the handler (on embedded PostgreSQL it waits for that transaction to end).
   */
  async recordFailure(record: MessageRecord, error: string): Promise<void> {
    await this.dataSource.query(`${UPSERT} WHERE messages.status <> 'sent'`, [
      ...this.values(record, 'failed'),
      null,
      error.slice(0, 2000),
      record.eventId,
      record.eventType,
    ]);
  }

  /** The delivery log of one event (tests and support). */
  byEvent(eventId: string) {
    return this.dataSource.query(`SELECT * FROM notification.messages WHERE event_id = $1 ORDER BY channel`, [eventId]);
  }

  private values(r: MessageRecord, status: 'sent' | 'failed') {
    return [randomUUID(), r.tenantId, r.channel, r.recipient, r.template, r.locale, r.subject, status, r.attempts];
  }
}
