import type { DataSource } from 'typeorm';

/**
 * A lease on a piece of scheduled work (a sweep, a watch, a sender's pass), so that of several
 * instances of a service only one does it at a time, as the outbox relay's advisory lock does for
 * publishing. It is a session-level advisory lock on a connection kept for the pass: released when
 * the pass ends, and by PostgreSQL itself when the instance dies (its session ends), so a killed
 * holder never keeps the others waiting.
 *
 * The work under a lease still locks what it changes (rows, SKIP LOCKED): the lease saves the
 * others from doing the same pass for nothing, it is not what keeps the data right.
 */
export async function underLease<T>(
  dataSource: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<{ held: true; result: T } | { held: false }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const key = leaseKey(dataSource, name);
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [key]);
    if (!locked) return { held: false };
    try {
      return { held: true, result: await work() };
    } finally {
      // A connection lost meanwhile took the lock with it; there is nothing left to release then.
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/** One lock space per database (each service has its own): the name only needs to be unique in the service. */
const leaseKey = (dataSource: DataSource, name: string) =>
  `baeum:lease:${(dataSource.options as { schema?: string }).schema ?? ''}:${name}`;
