import { publishedResultKey } from '@baeum/service-kit';
import { ApiClient, eventually, infra, ServiceStack, tokenFor } from '@baeum/testing';
import Redis from 'ioredis';
import { applicantClient, PASSWORD, SEOUL, sittingExam, WEBHOOK_SECRET } from './helpers';

/**
 * The results minute (docs/adr/0015): when a stage's results are published, the examination service
 * writes each applicant's own lookup answer to Redis, and the gateway answers lookups from there, so
 * they keep answering with the examination service stopped: the same answer it gave, only the
 * caller's own, within the per-applicant limit.
 */
const LIMIT = 5;
let stack: ServiceStack;
let redis: Redis;

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['gateway', 'examination'],
    env: {
      examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET, SEASON_SWEEP_MS: '300', RESULTS_LOOKUPS_PER_MINUTE: String(LIMIT) },
      gateway: { RESULTS_LOOKUPS_PER_MINUTE: String(LIMIT) },
    },
  });
  redis = new Redis(infra().redisUrl);
});

afterAll(async () => {
  redis?.disconnect();
  await stack?.stop();
});

/** One lookup as the page sends it, without the client's retrying of 503s. */
async function lookup(client: ApiClient, examId: string, query = '') {
  const response = await client.raw(`/api/exam/results/${examId}${query}`);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, retryAfter: response.headers.get('retry-after') };
}

it('answers published results from Redis with the examination service stopped: the same answer, only one’s own, within the limit', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  const [passer, failer, counter] = [
    applicantClient(stack.gatewayUrl),
    applicantClient(stack.gatewayUrl),
    applicantClient(stack.gatewayUrl),
  ];
  // The written exam was sat yesterday and marked (scoring itself is examination.integration-spec's matter).
  const { examId, applicationIds: ids } = await sittingExam(stack, officer, [passer, failer, counter]);
  await stack.query(
    'examination',
    `UPDATE examination.application SET written_result = CASE id WHEN $1 THEN 'pass' WHEN $2 THEN 'fail' ELSE 'absent' END
      WHERE exam_id = $3`,
    [ids[0], ids[1], examId],
  );

  // Before publication: no result, and nothing in the read model.
  const early = await lookup(passer, examId);
  expect([early.status, early.body.written]).toEqual([200, { published: false, publishAt: null }]);
  const key = `${stack.redisKeyPrefix}published:${publishedResultKey(SEOUL, passer.userId, examId)}`;
  expect(await redis.get(key)).toBeNull();

  const publishAt = new Date(Date.now() + 2000).toISOString();
  expect((await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt })).status).toBe(201);
  // At the instant the season sweep announces the results and publishes each applicant's answer.
  const entry = await eventually(() => redis.get(key).then((v) => v ?? undefined), { what: 'published result in Redis' });
  expect(JSON.parse(entry)).toMatchObject({ examId, written: 'pass' });
  expect(entry).not.toMatch(/1998-04-12|010-1234|김응시/);
  expect(await redis.ttl(key)).toBeGreaterThan(30 * 86_400);

  // What the examination service itself answers each of them (asked directly, with their own token).
  const fromService = async (client: { userId: string }) => {
    const direct = new ApiClient(stack.url('examination'), tokenFor({ role: 'applicant', tenantId: SEOUL, userId: client.userId }));
    const answer = await direct.get(`/results/${examId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const before = { passer: await fromService(passer), failer: await fromService(failer) };
  // The gateway answers the same while the service runs.
  expect((await lookup(passer, examId)).body).toEqual(before.passer);
  expect(before.passer).toMatchObject({ written: { published: true, publishAt, result: 'pass' }, final: { published: false } });
  expect(before.failer.written.result).toBe('fail');

  await stack.kill('examination');

  // The same answers, from Redis alone.
  const after = { passer: await lookup(passer, examId), failer: await lookup(failer, examId) };
  expect(after.passer).toEqual({ status: 200, body: before.passer, retryAfter: null });
  expect(after.failer).toEqual({ status: 200, body: before.failer, retryAfter: null });
  // Whose result is answered comes from the token, never from the request.
  const asking = await lookup(failer, examId, `?userId=${passer.userId}&tenantId=${SEOUL}`);
  expect(asking.body).toEqual(before.failer);
  // Someone without a published result is not answered anyone's: the gateway asks the (stopped) service.
  const stranger = await lookup(applicantClient(stack.gatewayUrl), examId);
  expect(stranger.status).toBeGreaterThanOrEqual(500);
  expect(JSON.stringify(stranger.body)).not.toMatch(/10100|pass|fail/);

  // The per-applicant limit still applies, at the gateway: LIMIT a minute, then 429 with Retry-After.
  const answers = [];
  for (let i = 0; i <= LIMIT; i++) answers.push(await lookup(counter, examId));
  expect(answers.map((a) => a.status)).toEqual([...Array(LIMIT).fill(200), 429]);
  expect(answers[0].body.written).toMatchObject({ published: true, result: 'absent' });
  expect([answers[LIMIT].body.code, answers[LIMIT].body.params, answers[LIMIT].retryAfter]).toEqual([
    'RATE_LIMITED',
    { retryAfterSeconds: 60 },
    '60',
  ]);
  // Other applicants keep their own allowance.
  expect((await lookup(passer, examId)).status).toBe(200);
});
