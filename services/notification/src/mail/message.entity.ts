import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type MessageChannel = 'email' | 'sms';
export type MessageStatus = 'sent' | 'failed';

/** One message an event caused on one channel: whom, which template, and how its delivery went. */
@Entity({ name: 'messages' })
@Index('UQ_messages_event_channel', ['eventId', 'channel'], { unique: true })
@Index('IDX_messages_tenant_created', ['tenantId', 'createdAt'])
export class Message {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  recipient: string;

  @Column('text')
  template: string;

  @Column('text')
  locale: string;

  @Column('text')
  subject: string;

  @Column('text')
  status: MessageStatus;

  @Column('int')
  attempts: number;

  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId: string | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
