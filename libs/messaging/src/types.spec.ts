import { Client } from 'pg';
import { backoffMs, BatchEffects, DEFAULT_RETRY, isTransientFailure, PermanentEventError } from './types';

describe('backoffMs', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(DEFAULT_RETRY, attempt))).toEqual([100, 200, 400, 800, 1600, 3000]);
  });
});

describe('isTransientFailure', () => {
  it('knows a database that is away: refused or dropped connections, shutting down or starting up, deadlocks', async () => {
    const refused = await new Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 }).connect().catch((e: unknown) => e);
    expect(isTransientFailure(refused)).toBe(true);
    const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(isTransientFailure(adminShutdown)).toBe(true);
    // TypeORM wraps the driver's error.
    expect(isTransientFailure(Object.assign(new Error('query failed'), { driverError: adminShutdown }))).toBe(true);
    expect(isTransientFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientFailure(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(true);
  });

  it('leaves the event’s own failures to the retry limit and the dead letters', () => {
    expect(isTransientFailure(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isTransientFailure(new PermanentEventError('no such cohort'))).toBe(false);
    expect(isTransientFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isTransientFailure(undefined)).toBe(false);
  });
});

describe('BatchEffects', () => {
  it('runs the latest effect of each key once, in the order the keys first came, and what they leave after them', async () => {
    const ran: string[] = [];
    const batch = new BatchEffects();
    batch.settle('meals:a', async () => void ran.push('a by event 1'));
    batch.settle('meals:b', async () => {
      ran.push('b by event 2');
      batch.settle('left by b', async () => void ran.push('left by b'));
    });
    batch.settle('meals:a', async () => void ran.push('a by event 3'));
    expect(ran).toEqual([]);
    await batch.run();
    expect(ran).toEqual(['a by event 3', 'b by event 2', 'left by b']);
    await batch.run();
    expect(ran).toHaveLength(3);
  });
});
