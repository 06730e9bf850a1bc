import { createLogger } from '@baeum/service-kit';
import { eventually, OwnBroker, ownBroker } from '@baeum/testing';
import { randomBytes } from 'node:crypto';
import { createKafkaTransport, KafkaTransport } from '../src';

/**
 * Readiness on the @platformatic/kafka transport (ADR 0018): `describe()`, which /health/ready runs,
 * asks the broker, so a broker gone is reported down, not answered from the client's metadata cache.
 *
 * The broker is one of this test's own (up.sh on its own ports and state directory): stopping the
 * broker the other tests share, or the three-broker cluster someone may be running, would take
 * their topics down with it, and one broker is all that is needed to be gone.
 */
const logger = createLogger('readiness-test', 'warn');
const run = randomBytes(4).toString('hex');
let broker: OwnBroker | undefined;
let transport: KafkaTransport | undefined;

beforeAll(async () => {
  broker = await ownBroker('readiness');
  broker.start();
}, 300_000);

afterAll(async () => {
  await transport?.close();
  broker?.remove();
}, 120_000);

it('reports the broker down once it has stopped, within a bounded time, and up again once it answers', async () => {
  transport = createKafkaTransport('platformatic', [broker!.brokers], `readiness-${run}`, logger);
  await transport.connectProducer();
  await transport.describe();

  broker!.stop();
  const asked = Date.now();
  await expect(transport.describe()).rejects.toThrow();
  // Refused connections fail at once: the client's 8 retries, 200 ms apart, take a few seconds.
  expect(Date.now() - asked).toBeLessThan(30_000);

  broker!.start();
  await eventually(async () => (await transport!.describe(), true), { what: 'describe() to succeed again', timeoutMs: 60_000 });
}, 300_000);
