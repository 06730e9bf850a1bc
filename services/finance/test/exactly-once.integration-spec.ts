import { CohortScheduledV1, EventEnvelope } from '@baeum/contracts';
import { DemoTenants } from '@baeum/source-data';
import { ApiClient, eventually, infra, repoRoot, ServiceStack } from '@baeum/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';

/**
 * Finance books commitments from curriculum's events exactly once over the real broker: through a
 * crash between effect and commit, and past malformed events, which go to the dead-letter topic.
 */
const PASSWORD = 'Baeum!2022';
const crashCorrelationId = `crash-${randomUUID()}`;
let stack: ServiceStack;
let manager: ApiClient;
let courseId: string;
let producer: Producer;
let kafka: Kafka;

beforeAll(async () => {
  stack = await ServiceStack.start({
    env: {
      finance: {
        BAEUM_FAULT_CRASH_BEFORE_COMMIT: crashCorrelationId,
        BAEUM_FAULT_ONCE_FILE: join(repoRoot(), 'tmp', `crash-once-${crashCorrelationId}`),
      },
    },
  });
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  courseId = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
  kafka = new Kafka({ clientId: 'finance-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR });
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await stack?.stop();
});

const schedule = (headers: Record<string, string> = {}, overrides: Record<string, unknown> = {}) =>
  manager.request(
    'POST',
    '/api/cohorts',
    {
      courseId,
      startDate: '2027-05-10',
      endDate: '2027-05-14',
      capacity: 25,
      estimatedCost: 8_400_000,
      budgetLineCode: 'NEWCOMER',
      ...overrides,
    },
    headers,
  );

const commitmentsOf = (cohortId: string) =>
  stack.query('finance', 'SELECT amount::text, source_event_id FROM finance.commitment WHERE cohort_id = $1', [cohortId]);

it('keeps exactly one commitment when the finance consumer is killed before it commits', async () => {
  const created = await schedule({ 'x-correlation-id': crashCorrelationId });
  expect(created.status).toBe(201);
  const cohortId = created.body.id;

  // The event reached finance, which wrote the commitment and died before committing it.
  const exit = await stack.waitForExit('finance');
  expect(exit.signal).toBe('SIGKILL');
  expect(await commitmentsOf(cohortId)).toEqual([]);

  await stack.launch('finance');
  const booked = await eventually(
    async () => {
      const rows = await commitmentsOf(cohortId);
      return rows.length > 0 ? rows : undefined;
    },
    { timeoutMs: 60000, what: 'the commitment after restart' },
  );
  expect(booked).toEqual([{ amount: '8400000', source_event_id: expect.any(String) }]);

  // Redelivering the same event once more changes nothing.
  const [{ envelope }] = await stack.query('curriculum', 'SELECT envelope FROM curriculum.outbox WHERE key = $1', [cohortId]);
  await producer.send({ topic: stack.topic('curriculum.cohort'), messages: [{ key: cohortId, value: JSON.stringify(envelope) }] });
  const marker = await schedule();
  await eventually(async () => (await commitmentsOf(marker.body.id)).length === 1, { what: 'a later event to be processed' });
  expect(await commitmentsOf(cohortId)).toHaveLength(1);
  const inbox = await stack.query('finance', 'SELECT count(*)::int AS n FROM finance.inbox WHERE event_id = $1', [envelope.id]);
  expect(inbox).toEqual([{ n: 1 }]);
});

/** An event as curriculum would send it, with whatever payload the test needs. */
const envelope = <P extends Partial<CohortScheduledV1>>(payload: P): EventEnvelope<P> => ({
  id: randomUUID(),
  type: CohortScheduledV1.type,
  version: 1,
  occurredAt: new Date().toISOString(),
  tenantId: DemoTenants.seoul.id,
  source: 'test',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});

/** Reads this run's dead letters (by key) from the service's dead-letter topic. */
async function deadLettersWithKeys(service: string, keys: string[]) {
  const run = promisify(execFile);
  const { stdout } = await run(
    process.execPath,
    [join(repoRoot(), 'dist', 'libs', 'messaging', 'src', 'cli', 'dead-letters.js'), 'list', service],
    {
      env: { ...process.env, KAFKA_BROKERS: infra().kafkaBrokers, KAFKA_TOPIC_PREFIX: stack.topicPrefix },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((letter) => keys.includes(letter.key));
}

it('dead-letters malformed events with their error and goes on with the next good one', async () => {
  const notJson = `not-json-${stack.runId}`;
  const badPayload = `bad-payload-${stack.runId}`;
  await producer.send({
    topic: stack.topic('curriculum.cohort'),
    messages: [
      { key: notJson, value: '{"id": this is not JSON' },
      { key: badPayload, value: JSON.stringify(envelope({ cohortId: randomUUID(), capacity: -5, estimatedCost: '1.5' })) },
    ],
  });
  const good = await schedule();
  expect(good.status).toBe(201);
  await eventually(async () => (await commitmentsOf(good.body.id)).length === 1, { what: 'the good event after the malformed ones' });

  const letters = await eventually(
    async () => {
      const found = await deadLettersWithKeys('finance', [notJson, badPayload]);
      return found.length === 2 ? found : undefined;
    },
    { what: 'two dead letters' },
  );
  const byKey = Object.fromEntries(letters.map((l) => [l.key, l]));
  expect(byKey[notJson]).toMatchObject({
    originalTopic: 'curriculum.cohort',
    group: stack.groupId('finance'),
    error: expect.stringContaining('not JSON'),
  });
  expect(byKey[badPayload].error).toMatch(/capacity must be at least 1.*estimatedCost must be integer won/);
});

it('replays a dead letter once its cause is fixed', async () => {
  const cohortId = randomUUID();
  const event = envelope<CohortScheduledV1>({
    cohortId,
    courseId,
    courseCode: 'NEWCOMER',
    courseNameKo: '신임자 교육과정',
    startDate: '2031-01-05',
    endDate: '2031-01-09',
    capacity: 20,
    estimatedCost: '5000000',
    budgetLineCode: 'NEWCOMER',
  });
  // Fiscal year 2031 has no budget book yet: a permanent error, dead-lettered at once.
  await producer.send({ topic: stack.topic('curriculum.cohort'), messages: [{ key: cohortId, value: JSON.stringify(event) }] });
  const [letter] = await eventually(
    async () => {
      const found = await deadLettersWithKeys('finance', [cohortId]);
      return found.length === 1 ? found : undefined;
    },
    { what: 'the dead letter' },
  );
  expect(letter.error).toContain('does not exist for fiscal year 2031');
  expect(letter.attempts).toBe(1);

  // The planner opens 2031's book, carried forward from the latest year: NEWCOMER is in it.
  const planner = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'planner@seoul-hrd.example', PASSWORD);
  const opened = await planner.post('/api/finance/books', { fiscalYear: 2031 });
  expect(opened.status).toBe(201);
  expect(opened.body.expenditure.some((row: { code: string }) => row.code === 'NEWCOMER')).toBe(true);
  const run = promisify(execFile);
  await run(
    process.execPath,
    [join(repoRoot(), 'dist', 'libs', 'messaging', 'src', 'cli', 'dead-letters.js'), 'replay', 'finance', letter.position],
    { env: { ...process.env, KAFKA_BROKERS: infra().kafkaBrokers, KAFKA_TOPIC_PREFIX: stack.topicPrefix } },
  );
  const booked = await eventually(
    async () => {
      const rows = await commitmentsOf(cohortId);
      return rows.length > 0 ? rows : undefined;
    },
    { what: 'the replayed commitment' },
  );
  expect(booked).toEqual([{ amount: '5000000', source_event_id: event.id }]);
});
