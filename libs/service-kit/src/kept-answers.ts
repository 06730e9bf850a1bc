import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { dataSourceOptions, DatabaseSettings } from './database';
import { currentContext } from './request-context';

/**
 * A keyed write's answer kept in the service's own database, in the write's own transaction, so that
 * a process killed after its commit (before Redis heard the answer) cannot make the write twice: the
 * retry's transaction finds the key taken, rolls back, and the kept answer is replayed (ADR 0012).
 */

/** The request-key table every service with keyed writes keeps in its own schema. */
export function requestKeysTableUp(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE TABLE ${s}.request_key (
       tenant_id text NOT NULL,
       user_id text NOT NULL,
       key text NOT NULL,
       fingerprint text NOT NULL,
       status int NOT NULL,
       body jsonb,
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (tenant_id, user_id, key)
     )`,
    `CREATE INDEX request_key_created ON ${s}.request_key (created_at)`,
  ];
}

export const requestKeysTableDown = (schema: string): string[] => [`DROP TABLE "${schema}".request_key`];

/** The migration that adds the table to a service's schema: each service lists it with its own. */
export function requestKeysMigration(schema: string): new () => MigrationInterface {
  return class RequestKeys1766100000000 implements MigrationInterface {
    name = 'RequestKeys1766100000000';

    async up(q: QueryRunner): Promise<void> {
      for (const sql of requestKeysTableUp(schema)) await q.query(sql);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const sql of requestKeysTableDown(schema)) await q.query(sql);
    }
  };
}

/** The write a request with an Idempotency-Key is making: set by the interceptor, read by the transaction. */
export interface KeyedWrite {
  tenantId: string;
  userId: string;
  key: string;
  fingerprint: string;
  /** The status the handler answers with when it succeeds (201 for POST unless it says otherwise). */
  status: number;
  /**
   * open: no transaction of the request has committed yet, so the next one is keyed; keying: one is
   * under way; kept: one committed with the key; closed: the request is over (work it left behind
   * in the same async context is not keyed).
   */
  state: 'open' | 'keying' | 'kept' | 'closed';
  /** The JSON kept beside the key: the committed transaction's result. */
  keptBody?: string | null;
  /** That result itself, so a handler answering with it need not be serialised again. */
  keptResult?: unknown;
}

export interface KeptAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The retry of a write already committed under its key: its transaction is rolled back, and the kept answer given instead. */
export class WriteAlreadyKept extends Error {
  constructor() {
    super('This Idempotency-Key was already committed');
  }
}

/** The table in the service's own schema (each service's DataSource names it: database.ts). */
const table = (dataSource: DataSource) => `"${(dataSource.options as { schema?: string }).schema ?? 'public'}".request_key`;

/** The transaction's result as JSON, or null when it holds what JSON cannot (then nothing can be replayed from it). */
function jsonOf(result: unknown): string | null {
  try {
    return JSON.stringify(result ?? null);
  } catch {
    return null;
  }
}

export const requestKeyQueries = {
  /**
   * Claims the key in the write's transaction: 'claimed', 'taken' when an earlier try committed it, or
   * 'read-only' when the transaction wrote nothing (PostgreSQL gave it no transaction id), which keys nothing.
   */
  async claim(tx: EntityManager, write: KeyedWrite, body: string | null): Promise<'claimed' | 'taken' | 'read-only'> {
    const [row]: { wrote: boolean; claimed: boolean }[] = await tx.query(
      `WITH wrote AS (SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS wrote),
            claimed AS (
              INSERT INTO ${table(tx.connection)} (tenant_id, user_id, key, fingerprint, status, body)
              SELECT $1, $2, $3, $4, $5, $6::jsonb FROM wrote WHERE wrote
              ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT wrote FROM wrote) AS wrote, EXISTS (SELECT 1 FROM claimed) AS claimed`,
      [write.tenantId, write.userId, write.key, write.fingerprint, write.status, body],
    );
    return !row.wrote ? 'read-only' : row.claimed ? 'claimed' : 'taken';
  },

  async find(dataSource: DataSource, write: Pick<KeyedWrite, 'tenantId' | 'userId' | 'key'>): Promise<KeptAnswer | undefined> {
    const [row] = await dataSource.query(
      `SELECT fingerprint, status, body FROM ${table(dataSource)}
        WHERE tenant_id = $1 AND user_id = $2 AND key = $3`,
      [write.tenantId, write.userId, write.key],
    );
    return row ? { fingerprint: row.fingerprint, status: row.status, body: row.body } : undefined;
  },

  /** The handler answered other than its transaction's result (or refused after it): what it answered is what a retry replays. */
  async answer(dataSource: DataSource, write: KeyedWrite, status: number, body: string): Promise<void> {
    await dataSource.query(
      `UPDATE ${table(dataSource)} SET status = $4, body = $5::jsonb
        WHERE tenant_id = $1 AND user_id = $2 AND key = $3`,
      [write.tenantId, write.userId, write.key, status, body],
    );
  },

  /** A write that failed with a fault after its transaction committed: a retry runs anew, as for any fault (ADR 0012). */
  async forget(dataSource: DataSource, write: KeyedWrite): Promise<void> {
    await dataSource.query(`DELETE FROM ${table(dataSource)} WHERE tenant_id = $1 AND user_id = $2 AND key = $3`, [
      write.tenantId,
      write.userId,
      write.key,
    ]);
  },

  /** Keys live as long as their answers in Redis (a day); a retry after that is a new write. */
  async purge(dataSource: DataSource, olderThanSeconds: number): Promise<number> {
    const [, count] = await dataSource.query(`DELETE FROM ${table(dataSource)} WHERE created_at < now() - make_interval(secs => $1)`, [
      olderThanSeconds,
    ]);
    return Number(count ?? 0);
  },
};

/**
 * The service's entity manager: the first transaction a keyed request commits also claims its key,
 * with the transaction's result, in the same transaction. Nested transactions, transactions outside
 * a keyed request and those after its first commit run as always.
 */
export class KeyedEntityManager extends EntityManager {
  override transaction<T>(runInTransaction: (entityManager: EntityManager) => Promise<T>): Promise<T>;
  override transaction<T>(isolationLevel: IsolationLevel, runInTransaction: (entityManager: EntityManager) => Promise<T>): Promise<T>;
  override async transaction<T>(
    first: IsolationLevel | ((entityManager: EntityManager) => Promise<T>),
    second?: (entityManager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const write = currentContext()?.keyedWrite;
    const work = (typeof first === 'function' ? first : second)!;
    const plain = (run: (entityManager: EntityManager) => Promise<T>) =>
      typeof first === 'function' ? super.transaction(run) : super.transaction(first, run);
    if (!write || write.state !== 'open' || this.queryRunner) return plain(work);
    write.state = 'keying';
    let keptBody: string | null = null;
    let claim = 'read-only' as Awaited<ReturnType<typeof requestKeyQueries.claim>>;
    try {
      const result = await plain(async (tx) => {
        const result = await work(tx);
        keptBody = jsonOf(result);
        claim = await requestKeyQueries.claim(tx, write, keptBody);
        if (claim === 'taken') throw new WriteAlreadyKept();
        return result;
      });
      // A transaction that only read leaves the key to the request's next one.
      write.state = claim === 'claimed' ? 'kept' : 'open';
      write.keptBody = keptBody;
      write.keptResult = result;
      return result;
    } catch (error) {
      // Rolled back: it kept nothing, so the request's next transaction may claim the key.
      if (write.state === 'keying') write.state = 'open';
      throw error;
    }
  }
}

/** A DataSource whose manager keys the writes of requests with an Idempotency-Key. */
export class KeyedDataSource extends DataSource {
  override createEntityManager(queryRunner?: QueryRunner): EntityManager {
    return queryRunner ? super.createEntityManager(queryRunner) : new KeyedEntityManager(this);
  }
}

/** The service's database in its Nest module: TypeORM over a KeyedDataSource. */
export const keyedDatabaseModule = (settings: DatabaseSettings) =>
  TypeOrmModule.forRootAsync({
    useFactory: () => dataSourceOptions(settings),
    dataSourceFactory: async (options?: DataSourceOptions) => new KeyedDataSource(options!).initialize(),
  });
