import { infra } from '@baeum/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { underLease } from '../src/lease';

/**
 * Scheduled work under a lease, in real PostgreSQL: of two instances (two connection pools on one
 * database, as two replicas of a service have) only one does a pass at a time, and a holder whose
 * session dies (a killed instance) frees the lease at once.
 */
const database = `baeum_spec_lease_${randomBytes(4).toString('hex')}`;
const urlOf = (name: string) => Object.assign(new URL(infra().pgUrl), { pathname: `/${name}` }).toString();
const admin = async (sql: string) => {
  const client = new Client({ connectionString: infra().pgUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};
let instances: DataSource[];

beforeAll(async () => {
  await admin(`CREATE DATABASE "${database}"`);
  instances = [0, 1].map(
    (i) => new DataSource({ type: 'postgres', url: urlOf(database), poolSize: 4, extra: { application_name: `lease-spec-${i}` } }),
  );
  await Promise.all(instances.map((d) => d.initialize()));
});

afterAll(async () => {
  await Promise.all((instances ?? []).map((d) => d.destroy()));
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

/** A pass that waits until it is let go, so the test decides how long the lease is held. */
function heldPass() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  return { work: async () => (started(), await done, 'done'), running, release };
}

it('lets one instance do a pass while the other finds the lease held, and the other after it', async () => {
  const [a, b] = instances;
  const first = heldPass();
  const holding = underLease(a, 'sweep', first.work);
  await first.running;
  let otherRan = false;
  await expect(underLease(b, 'sweep', async () => (otherRan = true))).resolves.toEqual({ held: false });
  // A lease of another name is another lease.
  await expect(underLease(b, 'sender', async () => 'sent')).resolves.toEqual({ held: true, result: 'sent' });
  first.release();
  await expect(holding).resolves.toEqual({ held: true, result: 'done' });
  expect(otherRan).toBe(false);
  await expect(underLease(b, 'sweep', async () => 'second')).resolves.toEqual({ held: true, result: 'second' });
});

it('passes the pass’s error on and frees the lease', async () => {
  const [a, b] = instances;
  await expect(underLease(a, 'failing', async () => Promise.reject(new Error('smtp down')))).rejects.toThrow('smtp down');
  await expect(underLease(b, 'failing', async () => 'next')).resolves.toEqual({ held: true, result: 'next' });
});

it('frees the lease of an instance whose session dies, as when it is killed', async () => {
  const [a, b] = instances;
  const stuck = heldPass();
  const holding = underLease(a, 'watch', stuck.work);
  await stuck.running;
  await expect(underLease(b, 'watch', async () => 'too early')).resolves.toEqual({ held: false });
  // The holder's sessions end (kill -9 of the instance ends them the same way).
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND application_name = 'lease-spec-0'`);
  await expect(underLease(b, 'watch', async () => 'taken over')).resolves.toEqual({ held: true, result: 'taken over' });
  stuck.release();
  await holding.catch(() => undefined);
});
