import { infra } from '@baeum/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { RedisCacheStore } from '../src/cache';

/**
 * The waiting room's queue in real Redis, shared by every gateway instance: concurrent arrivals
 * through several connections get distinct tickets in one order, and are let in at the rate.
 */
const prefix = `test:${randomUUID()}:`;
const stores = [0, 1, 2].map(() => new RedisCacheStore(infra().redisUrl, prefix));

afterAll(async () => {
  for (const store of stores) await store.close();
});

it('gives 300 concurrent arrivals through three instances distinct tickets 1..300, lets a burst in at once and the rest at the rate', async () => {
  const settings = { ratePerSecond: 50, adaptive: false, burst: 20, ttlSeconds: 120 };
  const holders = Array.from({ length: 300 }, (_, i) => `holder-${i}`);
  const places = await Promise.all(holders.map((h, i) => stores[i % 3].queuePlace('exam', h, settings, true)));
  const tickets = places.map((p) => p!.ticket).sort((a, b) => a - b);
  expect(tickets).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  // The burst and what the rate added while the 300 arrived (at most a few seconds on a busy machine).
  const admitted = places.filter((p) => p!.admitted).length;
  expect(admitted).toBeGreaterThanOrEqual(20);
  expect(admitted).toBeLessThan(300);
  // In order: whoever is admitted arrived before everyone still waiting.
  const lastAdmitted = Math.max(...places.filter((p) => p!.admitted).map((p) => p!.ticket));
  const firstWaiting = Math.min(...places.filter((p) => !p!.admitted).map((p) => p!.ticket));
  expect(lastAdmitted).toBeLessThan(firstWaiting);

  // Asking again keeps each place; the last holder is eventually let in (300 tickets at 50/s: about 6 s).
  expect(await stores[1].queuePlace('exam', holders[0], settings, true)).toMatchObject({ ticket: places[0]!.ticket });
  const last = holders[places.findIndex((p) => p!.ticket === 300)];
  const deadline = Date.now() + 60_000;
  let place = await stores[2].queuePlace('exam', last, settings, false);
  while (!place!.admitted && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    place = await stores[2].queuePlace('exam', last, settings, false);
  }
  expect(place).toMatchObject({ ticket: 300, admitted: true, ahead: 0 });
});

it('keeps an admitted holder’s ticket as long as their pass in the same call, and a waiting one’s as long as the room', async () => {
  const redis = new Redis(infra().redisUrl);
  try {
    const settings = { ratePerSecond: 1, adaptive: false, burst: 1, ttlSeconds: 120 };
    const room = `room-${randomUUID()}`;
    expect(await stores[0].queuePlace(room, 'first', settings, true, 900)).toMatchObject({ ticket: 1, admitted: true });
    expect(await stores[1].queuePlace(room, 'second', settings, true, 900)).toMatchObject({ ticket: 2, admitted: false });
    const ttl = (holder: string) => redis.ttl(`${prefix}queue:${room}:holder:${holder}`);
    expect(await ttl('first')).toBeGreaterThan(120);
    expect(await ttl('first')).toBeLessThanOrEqual(900);
    expect(await ttl('second')).toBeLessThanOrEqual(120);
    expect(await ttl('second')).toBeGreaterThan(0);
    // A shorter pass shortens it: the ticket then lives no longer than the pass.
    expect(await stores[2].queuePlace(room, 'first', settings, false, 30)).toMatchObject({ ticket: 1, admitted: true });
    expect(await ttl('first')).toBeLessThanOrEqual(30);
  } finally {
    await redis.quit();
  }
});
