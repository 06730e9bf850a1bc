import { Client } from 'pg';

/**
 * Runs `work` on a PostgreSQL connection of its own, closed afterwards whatever happens: for what no
 * pool should hold (creating and dropping databases) and a test's one-off statements. `refused` may
 * turn a failure to connect into an error that says what to do about it.
 */
export async function onFreshConnection<T>(
  url: string,
  work: (client: Client) => Promise<T>,
  refused?: (error: Error) => Error,
): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw refused ? refused(error) : error;
  });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
