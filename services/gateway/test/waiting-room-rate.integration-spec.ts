import { RedisCacheStore } from '@baeum/service-kit';
import { infra, sleep } from '@baeum/testing';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createServer, request, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { GatewayEnv } from '../src/config/env';
import { WaitingRoom } from '../src/waiting-room/waiting-room';

/**
 * The waiting room's rate follows the examination service, shared by every gateway instance through
 * Redis: two instances' rooms on one real Redis, each timing the submissions it lets in over real
 * HTTP. A submission that does not answer slows the room to its floor for both; once answers come
 * quickly the rate climbs back to its ceiling (the other instance, letting nobody in, has no say). A holder whose pass opens while admission runs slower
 * than when the pass was given is not let in early, and is told their new turn.
 */
const CEILING = 20;
const env = {
  WAITING_ROOM_RATE: CEILING,
  WAITING_ROOM_BURST: 1,
  // Far above what a busy machine adds to a quick answer (its event loop running late counts too), far below a stuck one.
  WAITING_ROOM_TARGET_MS: 1000,
  WAITING_ROOM_PASS_SECONDS: 120,
  JWT_SECRET: randomUUID() + randomUUID(),
} as GatewayEnv;
const prefix = `test:${randomUUID()}:`;
const stores = [0, 1].map(() => new RedisCacheStore(infra().redisUrl, prefix));
const rooms = stores.map((store) => new WaitingRoom(store, env, pino({ level: 'silent' })));
/** The submissions held unanswered by the stand-in for the examination service, answered on demand. */
const held: ServerResponse[] = [];
let server: Server;

beforeAll(async () => {
  // Instance 0 times what it lets through this server, as its guard does with submissions.
  server = createServer((_, response) => {
    rooms[0].track(response as unknown as Response);
    held.push(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const room of rooms) room.onModuleInit();
});

afterAll(async () => {
  for (const room of rooms) room.onModuleDestroy();
  for (const response of held) response.end();
  await new Promise((resolve) => server.close(resolve));
  for (const store of stores) await store.close();
});

const submit = () =>
  new Promise<number>((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    request({ host: '127.0.0.1', port, method: 'POST' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });

const applicant = () => ({ tenantId: randomUUID(), userId: randomUUID(), roles: ['applicant'] }) as never;

async function rateSeenBy(instance: number): Promise<number> {
  // A newcomer's place shows the rate the room moves at now.
  return (await rooms[instance].place(applicant(), true)).admittedPerSecond;
}

async function eventually(what: () => Promise<boolean>, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('not reached in time');
    await sleep(200);
  }
}

it('slows to its floor for every instance while a submission does not answer, tells a waiting holder their new turn, and climbs back', async () => {
  expect(await rateSeenBy(1)).toBe(CEILING);

  // A holder waiting behind a queue of 100 at the ceiling: their pass opens in about 5 s.
  const queue = Array.from({ length: 100 }, applicant);
  for (const holder of queue) await rooms[1].place(holder, true);
  const holder = applicant();
  const given = await rooms[1].place(holder, true);
  expect(given).toMatchObject({ queued: true, admitted: false, admittedPerSecond: CEILING });
  const givenAt = Date.now();

  // The service stops answering: the submission let in runs on past the target, and the room slows.
  const stuck = submit();
  await eventually(async () => (await rateSeenBy(1)) === 1, 30);

  // The holder's pass has opened, but admission has not reached them: not let in, told a later turn.
  await sleep(Math.max(0, givenAt + given.estimatedWaitSeconds * 1000 - Date.now()));
  expect(rooms[1].passStands(holder, given.pass)).toBe(true);
  const told = await rooms[1].turnCame(holder);
  expect(told).toMatchObject({ queued: true, admitted: false, ticket: given.ticket, admittedPerSecond: 1 });
  expect(told!.estimatedWaitSeconds).toBeGreaterThan(1);
  expect(rooms[1].passStands(holder, told!.pass)).toBe(false);

  // The service answers again, quickly: the rate climbs back to the ceiling, not beyond.
  held.splice(0).forEach((response) => response.end());
  expect(await stuck).toBe(200);
  const fast = setInterval(() => void submit(), 50);
  const heldAnswered = setInterval(() => held.splice(0).forEach((response) => response.end()), 10);
  try {
    await eventually(async () => (await rateSeenBy(0)) === CEILING, 60);
  } finally {
    clearInterval(fast);
    clearInterval(heldAnswered);
  }
  // At that rate admission reaches the holder, and their turn comes.
  await eventually(async () => (await rooms[0].turnCame(holder)) === null, 30);
});
