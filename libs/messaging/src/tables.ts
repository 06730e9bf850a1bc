/**
 * The messaging tables every service keeps in its own schema. A service's first migration
 * creates them with `messagingTablesUp(schema)`.
 *  - outbox: events written in the same transaction as the change; the relay publishes them
 *    (Kafka mode) or consumers read them as the log (embedded mode).
 *  - inbox: ids of events whose effect is committed; a redelivery finds its id and does nothing.
 *  - consumer_offsets: embedded mode's position per source log, committed with the effect.
 *  - dead_letters: embedded mode's dead letters (Kafka mode uses the `dlq.<group>` topic).
 * Every insert into the outbox notifies `outboxChannel(schema)` when its transaction commits, so
 * the relay publishes at once instead of polling.
 */
export const outboxChannel = (schema: string): string => `baeum_outbox_${schema}`;

export function messagingTablesUp(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE TABLE ${s}.outbox (
       seq bigserial PRIMARY KEY,
       id uuid NOT NULL UNIQUE,
       topic text NOT NULL,
       key text NOT NULL,
       type text NOT NULL,
       envelope jsonb NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       published_at timestamptz
     )`,
    `CREATE INDEX outbox_unpublished ON ${s}.outbox (seq) WHERE published_at IS NULL`,
    `CREATE FUNCTION ${s}.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${outboxChannel(schema)}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox FOR EACH STATEMENT EXECUTE FUNCTION ${s}.outbox_notify()`,
    `CREATE TABLE ${s}.inbox (
       event_id uuid PRIMARY KEY,
       event_type text NOT NULL,
       processed_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE ${s}.consumer_offsets (
       source text PRIMARY KEY,
       position bigint NOT NULL
     )`,
    `CREATE TABLE ${s}.dead_letters (
       id bigserial PRIMARY KEY,
       source text NOT NULL,
       source_seq bigint NOT NULL,
       topic text NOT NULL,
       key text NOT NULL,
       message text NOT NULL,
       error text NOT NULL,
       attempts int NOT NULL,
       failed_at timestamptz NOT NULL DEFAULT now(),
       replay_requested_at timestamptz,
       replayed_at timestamptz
     )`,
  ];
}

export function messagingTablesDown(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `DROP TABLE ${s}.dead_letters`,
    `DROP TABLE ${s}.consumer_offsets`,
    `DROP TABLE ${s}.inbox`,
    `DROP TABLE ${s}.outbox`,
    `DROP FUNCTION ${s}.outbox_notify()`,
  ];
}
