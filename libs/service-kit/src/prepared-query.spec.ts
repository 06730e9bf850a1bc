import { DataSource } from 'typeorm';
import { dataSourceOptions, isUniqueViolation } from './database';
import { preparedQuery } from './prepared-query';
import { specDatabase } from './spec-database';

/**
 * preparedQuery over a real PostgreSQL (a database of this run's own): in a transaction of a data
 * source that allows it, a statement is prepared once in its connection and reused; elsewhere it is
 * an ordinary query; either way the rows and errors are what `tx.query` gives.
 */
const database = specDatabase('prepared');
const sources: DataSource[] = [];

const source = async (preparedStatements: boolean) => {
  const options = dataSourceOptions({ url: database.url, schema: 'public', poolSize: 1, entities: [], migrations: [], preparedStatements });
  const dataSource = await new DataSource(options).initialize();
  sources.push(dataSource);
  return dataSource;
};

/** The connection's own prepared statements (the names preparedQuery gave). */
const preparedIn = async (tx: { query: DataSource['query'] }): Promise<string[]> =>
  (await tx.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'baeum_%' ORDER BY name`)).map((r: { name: string }) => r.name);

const INSERT = 'INSERT INTO seat (id, label) VALUES ($1, $2) RETURNING id, label';

beforeAll(async () => {
  await database.create();
  const setup = await source(false);
  await setup.query('CREATE TABLE seat (id int PRIMARY KEY, label text NOT NULL)');
}, 60_000);

afterAll(async () => {
  await Promise.all(sources.map((s) => s.destroy()));
  await database.drop();
});

describe('preparedQuery', () => {
  it('prepares a statement once per connection and gives its rows, in a transaction of a data source that allows it', async () => {
    const dataSource = await source(true);
    await dataSource.transaction(async (tx) => {
      expect(await preparedQuery(tx, INSERT, [1, 'A-1'])).toEqual([{ id: 1, label: 'A-1' }]);
      expect(await preparedQuery(tx, INSERT, [2, 'A-2'])).toEqual([{ id: 2, label: 'A-2' }]);
      expect(await preparedIn(tx)).toHaveLength(1);
      await preparedQuery(tx, 'SELECT label FROM seat WHERE id = $1', [1]);
      expect(await preparedIn(tx)).toHaveLength(2);
    });
    // The pool's one connection keeps them for the next transaction, which reuses rather than prepares again.
    await dataSource.transaction(async (tx) => {
      expect(await preparedQuery(tx, 'SELECT label FROM seat WHERE id = $1', [2])).toEqual([{ label: 'A-2' }]);
      expect(await preparedIn(tx)).toHaveLength(2);
    });
  });

  it('gives a unique violation as TypeORM does, and the transaction rolls back whole', async () => {
    const dataSource = await source(true);
    const failed = await dataSource
      .transaction(async (tx) => {
        await preparedQuery(tx, INSERT, [3, 'B-3']);
        await preparedQuery(tx, INSERT, [1, 'again']);
      })
      .catch((error: unknown) => error);
    expect(isUniqueViolation(failed)).toBe(true);
    expect(await dataSource.query('SELECT id FROM seat WHERE id = 3')).toEqual([]);
  });

  it('runs an ordinary query where the data source keeps no statements, or outside a transaction', async () => {
    const shared = await source(false);
    await shared.transaction(async (tx) => {
      expect(await preparedQuery(tx, 'UPDATE seat SET label = $2 WHERE id = $1 RETURNING label', [1, 'C-1'])).toEqual([{ label: 'C-1' }]);
      expect(await preparedIn(tx)).toEqual([]);
    });
    const preparing = await source(true);
    expect(await preparedQuery(preparing.manager, 'UPDATE seat SET label = $2 WHERE id = $1 RETURNING label', [1, 'C-2'])).toEqual([
      { label: 'C-2' },
    ]);
    expect(await preparedIn(preparing)).toEqual([]);
  });
});
