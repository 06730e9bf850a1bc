import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';

interface PreparingClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

const names = new Map<string, string>();

/** A statement's name: the same text always gets the same name, in every connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `baeum_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
  return name;
}

/** Whether the data source's connections may keep named statements (`DatabaseSettings.preparedStatements`). */
const preparesStatements = (dataSource: DataSource): boolean =>
  (dataSource.options as { extra?: { preparedStatements?: boolean } }).extra?.preparedStatements === true;

/**
 * Runs `sql` in the transaction `tx` as a named prepared statement of its connection, so PostgreSQL
 * parses and plans a hot path's statement once per connection instead of on every call; gives the
 * rows. Outside a transaction, or where the database's sessions are shared (embedded PGlite) or pooled
 * per transaction, it is an ordinary query. Errors are TypeORM's `QueryFailedError`, as from `tx.query`.
 * For statements of fixed text only: every distinct text stays prepared in every connection.
 */
export async function preparedQuery(tx: EntityManager, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive || !preparesStatements(tx.connection)) {
    const result: unknown = await tx.query(sql, parameters);
    // TypeORM gives an UPDATE's or DELETE's result as [rows, count].
    return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
  }
  const client = (await runner.connect()) as PreparingClient;
  try {
    return (await client.query({ name: statementName(sql), text: sql, values: parameters })).rows;
  } catch (error) {
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}
