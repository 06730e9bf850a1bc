import type { EventEnvelope } from '@baeum/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AwaitedKind } from './held-notice.entity';

/** One thing a notice waits for. */
export interface Awaited {
  kind: AwaitedKind;
  id: string;
}

/** How long a held notice is kept when what it waits for never arrives. */
const KEPT_DAYS = 30;

/** Reads and writes of held notices (held-notice.entity.ts). */
@Injectable()
export class HeldNoticesQueries {
  /**
   * Orders this transaction with any other that holds a notice for, or announces, one of `awaited`:
   * whichever commits second then sees what the first wrote, so a notice held while its person is
   * being announced is not left waiting. Keys are taken in one order (a deadlock between two
   * batches is retried by the consumer as any other), and kept until the transaction ends.
   *
   * The lock is a statement of its own, never joined to the read it guards: under READ COMMITTED a
   * statement reads the snapshot taken when it began, so a read in the statement that waited on the
   * lock would not see what the other transaction committed meanwhile.
   */
  async lock(tx: EntityManager, tenantId: string, awaited: Awaited[]): Promise<void> {
    if (awaited.length === 0) return;
    const keys = [...new Set(awaited.map((a) => `${tenantId}:${a.kind}:${a.id}`))].sort();
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k`, [keys]);
  }

  /** Holds the event for each of `awaited`; holding it again for the same changes nothing. */
  async hold(tx: EntityManager, event: EventEnvelope<unknown>, awaited: Awaited[]): Promise<void> {
    if (awaited.length === 0) return;
    await tx.query(
      `INSERT INTO notification.held_notice (event_id, awaited_kind, awaited_id, tenant_id, occurred_at, envelope)
       SELECT $1, kind, id, $2, $3, $4::jsonb FROM unnest($5::text[], $6::text[]) AS a (kind, id)
       ON CONFLICT (event_id, awaited_kind, awaited_id) DO NOTHING`,
      [event.id, event.tenantId, event.occurredAt, JSON.stringify(event), awaited.map((a) => a.kind), awaited.map((a) => a.id)],
    );
  }

  /**
   * The events held for a person now announced: those naming them, and those told to a role they
   * hold that happened at or after the announcement (they held it then). Oldest first, each once.
   */
  async forPerson(
    tx: EntityManager,
    tenantId: string,
    person: { userId: string; roles: string[]; announcedAt: string },
  ): Promise<EventEnvelope<unknown>[]> {
    const rows = (await tx.query(
      `SELECT DISTINCT ON (occurred_at, event_id) envelope FROM notification.held_notice
        WHERE tenant_id = $1 AND ((awaited_kind = 'person' AND awaited_id = $2)
           OR (awaited_kind = 'role' AND awaited_id = ANY ($3::text[]) AND occurred_at >= $4))
        ORDER BY occurred_at, event_id`,
      [tenantId, person.userId, person.roles, person.announcedAt],
    )) as { envelope: EventEnvelope<unknown> }[];
    return rows.map((r) => r.envelope);
  }

  /** The events held for a trainee record's link, oldest first. */
  async forTrainee(tx: EntityManager, tenantId: string, traineeId: string): Promise<EventEnvelope<unknown>[]> {
    const rows = (await tx.query(
      `SELECT envelope FROM notification.held_notice
        WHERE tenant_id = $1 AND awaited_kind = 'trainee' AND awaited_id = $2 ORDER BY occurred_at, event_id`,
      [tenantId, traineeId],
    )) as { envelope: EventEnvelope<unknown> }[];
    return rows.map((r) => r.envelope);
  }

  /**
   * Forgets what waited for a person or a trainee that has now arrived, and, in the same tenant, every
   * held notice older than KEPT_DAYS (a role's late holders, a person never announced).
   */
  async release(tx: EntityManager, tenantId: string, awaited: Awaited): Promise<void> {
    await tx.query(
      `DELETE FROM notification.held_notice
        WHERE tenant_id = $1 AND ((awaited_kind = $2 AND awaited_id = $3) OR held_at < now() - make_interval(days => $4))`,
      [tenantId, awaited.kind, awaited.id, KEPT_DAYS],
    );
  }
}
