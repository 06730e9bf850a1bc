import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One notice in a person's in-app inbox. Unique by (event, recipient), as deliveries are by (event,
 * recipient, channel): an event delivered again finds its item and adds none.
 */
@Entity({ name: 'inbox_item' })
@Index('UQ_inbox_item_event_recipient', ['eventId', 'recipient'], { unique: true })
@Index('IDX_inbox_item_owner_created', ['tenantId', 'recipient', 'createdAt'])
// What the header's count reads on every page: only the unread rows.
@Index('IDX_inbox_item_unread', ['tenantId', 'recipient'], { where: `"read_at" IS NULL` })
export class InboxItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The contact's user id. */
  @Column('text')
  recipient: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('text')
  title: string;

  /** A short text, Korean first with English beside it. */
  @Column('text')
  body: string;

  @Column('text', { nullable: true })
  link: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
