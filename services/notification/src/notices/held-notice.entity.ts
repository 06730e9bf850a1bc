import type { EventEnvelope } from '@baeum/contracts';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a held notice waits for: a person (a user id), a trainee record's link (its id), or a role (its name). */
export type AwaitedKind = 'person' | 'trainee' | 'role';

/**
 * An event whose notice waits for a recipient this service does not know yet. The events that name
 * people and the announcements of those people (`identity.user.changed`, `enrollment.trainee.linked`)
 * come on different topics, so either may be taken first; when the person or the link arrives, the
 * event is handled again and its notice given (an event handled twice tells nobody twice). A role's
 * events are held for people announced late as having held the role when the event happened.
 */
@Entity({ name: 'held_notice' })
@Index('IDX_held_notice_awaited', ['tenantId', 'awaitedKind', 'awaitedId', 'occurredAt'])
@Check('CHK_held_notice_kind', `"awaited_kind" IN ('person', 'trainee', 'role')`)
export class HeldNotice {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'PK_held_notice' })
  eventId: string;

  @PrimaryColumn('text', { name: 'awaited_kind', primaryKeyConstraintName: 'PK_held_notice' })
  awaitedKind: AwaitedKind;

  @PrimaryColumn('text', { name: 'awaited_id', primaryKeyConstraintName: 'PK_held_notice' })
  awaitedId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  /** The event as it came, handled again when what it waits for arrives. */
  @Column('jsonb')
  envelope: EventEnvelope<unknown>;

  @Column('timestamptz', { name: 'held_at', default: () => 'now()' })
  heldAt: Date;
}
