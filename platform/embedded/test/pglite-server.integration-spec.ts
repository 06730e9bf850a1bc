import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PgliteServer } from '../src/pglite-server';

/**
 * PGlite has one session; many pooled connections share it. Statements from different connections
 * must not mix, and a transaction must stay private to its connection until it ends.
 */
let db: PGlite;
let server: PgliteServer;
let pool: Pool;

let dataDir: string;

beforeAll(async () => {
  // On disk, as in embedded mode: PGlite's file I/O is where concurrent clients used to collide.
  dataDir = mkdtempSync(join(tmpdir(), 'baeum-pglite-'));
  db = await PGlite.create({ dataDir });
  server = new PgliteServer(db, 20);
  await server.start('127.0.0.1', 0);
  pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${server.port}/postgres`, max: 8 });
  await pool.query('CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL)');
});

afterAll(async () => {
  await pool.end();
  await server.stop();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the embedded services do at once: transactions writing and reading back, and plain reads. */
it('keeps concurrent transactions and statements of different shapes apart', async () => {
  const pools = Array.from(
    { length: 4 },
    () => new Pool({ connectionString: `postgres://postgres@127.0.0.1:${server.port}/postgres`, max: 3 }),
  );
  let nextId = 1000;
  const wrong: string[] = [];
  const writer = async (p: Pool) => {
    for (let k = 0; k < 40; k++) {
      const client = await p.connect();
      try {
        const id = nextId++;
        await client.query('BEGIN');
        await client.query('INSERT INTO item VALUES ($1, $2)', [id, `label-${id}`]);
        const { rows } = await client.query('SELECT label FROM item WHERE id = $1', [id]);
        if (rows[0]?.label !== `label-${id}`) wrong.push(`read-back ${id}`);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
  };
  const reader = async (p: Pool) => {
    for (let k = 0; k < 120; k++) {
      const { rows } = k % 2 ? await p.query('SELECT $1::int AS n', [k]) : await p.query('SELECT $1::int + $2::int AS n', [k, 1]);
      if (rows[0].n !== (k % 2 ? k : k + 1)) wrong.push(`select ${k}`);
    }
  };
  try {
    await Promise.all([writer(pools[0]), writer(pools[1]), reader(pools[2]), reader(pools[3])]);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
  expect(wrong).toEqual([]);
  expect((await pool.query('SELECT count(*)::int AS n FROM item WHERE id >= 1000')).rows[0].n).toBe(80);
}, 60000);

it('does not let other connections see or join an open transaction', async () => {
  const writer = await pool.connect();
  try {
    await writer.query('BEGIN');
    await writer.query('INSERT INTO item VALUES ($1, $2)', [1, 'uncommitted']);
    // Another connection's statement waits for the transaction instead of running inside it.
    const reader = pool.query('SELECT count(*)::int AS n FROM item WHERE id = 1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await writer.query('ROLLBACK');
    expect((await reader).rows[0].n).toBe(0);
  } finally {
    writer.release();
  }
});

it('rolls back the transaction of a connection that disappears', async () => {
  const lost = await pool.connect();
  await lost.query('BEGIN');
  await lost.query('INSERT INTO item VALUES ($1, $2)', [2, 'lost']);
  lost.release(new Error('drop this connection'));
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM item WHERE id = 2');
  expect(rows[0].n).toBe(0);
});
