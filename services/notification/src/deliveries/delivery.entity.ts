import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * One message an event causes for one person on one channel. Unique by (event, recipient, channel):
 * an event delivered again finds its rows and adds none, so nobody is told twice. `failed` with a
 * `next_attempt_at` is retried then; without one it has given up.
 */
@Entity({ name: 'delivery' })
@Index('UQ_delivery_event_recipient_channel', ['eventId', 'recipient', 'channel'], { unique: true })
@Index('IDX_delivery_tenant_created', ['tenantId', 'createdAt'])
// What the sender looks for: only rows still to send.
@Index('IDX_delivery_due', ['nextAttemptAt'], { where: `"status" IN ('pending', 'failed')` })
@Check('CHK_delivery_status', `"status" IN ('pending', 'sent', 'failed')`)
export class Delivery {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  /** The contact's user id. */
  @Column('text')
  recipient: string;

  @Column('text')
  channel: string;

  /** Where it goes on that channel (the e-mail address), as the contact had it when the event came. */
  @Column('text')
  address: string;

  @Column('text')
  template: string;

  @Column('text')
  locale: string;

  @Column('text')
  subject: string;

  /** The rendered message (`text`, `html`). */
  @Column('jsonb')
  content: { text: string; html: string };

  @Column('text')
  status: DeliveryStatus;

  @Column('int')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
