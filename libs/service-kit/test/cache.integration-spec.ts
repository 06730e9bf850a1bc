import { infra } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RedisCacheStore } from '../src/cache';

/**
 * The Redis cache store's counters in real Redis, as the results lookup and the sign-in limits use them:
 * every command goes out auto-pipelined, many requests' commands in one write.
 */
const prefix = `test:${randomUUID()}:`;
const stores = [0, 1].map(() => new RedisCacheStore(infra().redisUrl, prefix));
const redis = new Redis(infra().redisUrl);

afterAll(async () => {
  for (const store of stores) await store.close();
  redis.disconnect();
});

it('counts 2,000 concurrent increments through two connections exactly, each count once, with the window’s expiry', async () => {
  const counts = await Promise.all(Array.from({ length: 2000 }, (_, i) => stores[i % 2].incrementWindow('window:a', 60)));
  expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
  const ttl = await redis.ttl(`${prefix}window:a`);
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(60);
});

it('keeps the window’s first expiry on later increments, and gives a counter that lost its expiry one again', async () => {
  await stores[0].incrementWindow('window:b', 60);
  await redis.expire(`${prefix}window:b`, 5);
  expect(await stores[1].incrementWindow('window:b', 60)).toBe(2);
  expect(await redis.ttl(`${prefix}window:b`)).toBeLessThanOrEqual(5);

  await redis.set(`${prefix}window:c`, '7');
  expect(await stores[0].incrementWindow('window:c', 60)).toBe(8);
  expect(await redis.ttl(`${prefix}window:c`)).toBeGreaterThan(5);
});

it('reads back many entries written at once, each under the store’s prefix', async () => {
  const entries = Array.from({ length: 2500 }, (_, i): [string, string] => [`entry:${i}`, `value-${i}`]);
  await stores[0].setMany(entries, 60);
  const read = await Promise.all(entries.map(([key]) => stores[1].get(key)));
  expect(read).toEqual(entries.map(([, value]) => value));
  expect(await redis.exists(`${prefix}entry:0`, `${prefix}entry:2499`)).toBe(2);
});
