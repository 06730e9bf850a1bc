import { EventContract, EventEnvelope, validatePayload } from '@baeum/contracts';
import { currentContext, newCorrelationId, preparedQuery, traceparentForEvent } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface OutboxOptions {
  service: string;
  schema: string;
  /**
   * Embedded mode reads the outbox as the log by sequence number, so writers must commit in
   * sequence order: a transaction-scoped advisory lock serialises them until commit.
   */
  serialiseWriters: boolean;
}

/** Rows per outbox insert: well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/** Writes integration events into the caller's transaction; they leave only if it commits. */
export class EventPublisher {
  constructor(private readonly options: OutboxOptions) {}

  async publish<P>(tx: EntityManager, contract: EventContract<P>, tenantId: string, payload: P): Promise<EventEnvelope<P>> {
    const [envelope] = await this.publishMany(tx, contract, tenantId, [payload]);
    return envelope;
  }

  /** Many events of one contract in few statements (a seed, an import): in order, all or none. */
  async publishMany<P>(tx: EntityManager, contract: EventContract<P>, tenantId: string, payloads: P[]): Promise<EventEnvelope<P>[]> {
    if (payloads.length === 0) return [];
    const correlationId = currentContext()?.correlationId ?? newCorrelationId();
    const envelopes = payloads.map((payload) => this.envelope(contract, tenantId, payload, correlationId));
    if (this.options.serialiseWriters) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:outbox:${this.options.schema}`]);
    }
    for (let i = 0; i < envelopes.length; i += ROWS_PER_INSERT) {
      const chunk = envelopes.slice(i, i + ROWS_PER_INSERT);
      const sql =
        `INSERT INTO "${this.options.schema}".outbox (id, topic, key, type, envelope) ` +
        `VALUES ${chunk.map((_, r) => `($${r * 5 + 1}, $${r * 5 + 2}, $${r * 5 + 3}, $${r * 5 + 4}, $${r * 5 + 5})`).join(', ')}`;
      const values = chunk.flatMap((e) => outboxValues(contract, e));
      // A single event's insert (most of them) has one text and stays prepared; longer ones vary in length.
      await (chunk.length === 1 ? preparedQuery(tx, sql, values) : tx.query(sql, values));
    }
    return envelopes;
  }

  /**
   * One event per item, each under its item's tenant: one `publishMany` per tenant, tenants in the
   * order of their first item and each tenant's events in the items' order.
   */
  async publishPerTenant<T, P>(
    tx: EntityManager,
    contract: EventContract<P>,
    items: T[],
    tenantOf: (item: T) => string,
    payloadOf: (item: T) => P,
  ): Promise<void> {
    const byTenant = new Map<string, T[]>();
    for (const item of items) {
      const tenantId = tenantOf(item);
      const group = byTenant.get(tenantId);
      if (group) group.push(item);
      else byTenant.set(tenantId, [item]);
    }
    for (const [tenantId, group] of byTenant) await this.publishMany(tx, contract, tenantId, group.map(payloadOf));
  }

  /**
   * For a change made in one statement together with its event: atomic without BEGIN and COMMIT,
   * so the busiest writes take one round trip. Gives an INSERT of the outbox row that runs once per
   * row of `source` (a data-modifying CTE of the caller's statement), its placeholders numbered from
   * `$first`. Embedded mode needs no lock for it: PGlite runs one transaction at a time, so a single
   * statement is in sequence order by itself.
   */
  insertFrom<P>(
    source: string,
    first: number,
    contract: EventContract<P>,
    tenantId: string,
    payload: P,
  ): { sql: string; params: unknown[]; envelope: EventEnvelope<P> } {
    const envelope = this.envelope(contract, tenantId, payload, currentContext()?.correlationId ?? newCorrelationId());
    const placeholders = ['uuid', 'text', 'text', 'text', 'jsonb'].map((type, i) => `$${first + i}::${type}`);
    return {
      sql: `INSERT INTO "${this.options.schema}".outbox (id, topic, key, type, envelope) SELECT ${placeholders.join(', ')} FROM ${source}`,
      params: outboxValues(contract, envelope),
      envelope,
    };
  }

  /** The envelope an event travels in, its payload checked against the contract. */
  private envelope<P>(contract: EventContract<P>, tenantId: string, payload: P, correlationId: string): EventEnvelope<P> {
    const problems = validatePayload(contract, payload);
    if (problems.length > 0)
      throw new Error(`${contract.type} v${contract.version} payload does not fit its contract: ${problems.join('; ')}`);
    return {
      id: randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: new Date().toISOString(),
      tenantId,
      source: this.options.service,
      correlationId,
      causationId: currentContext()?.causationId ?? null,
      ...withTraceparent(traceparentForEvent(contract.type)),
      payload,
    };
  }
}

/** The envelope's shape is unchanged when tracing is off: no `traceparent` property at all. */
const withTraceparent = (traceparent: string | undefined) => (traceparent === undefined ? {} : { traceparent });

const outboxValues = <P>(contract: EventContract<P>, envelope: EventEnvelope<P>) => [
  envelope.id,
  contract.topic,
  contract.keyOf(envelope.payload),
  contract.type,
  JSON.stringify(envelope),
];
