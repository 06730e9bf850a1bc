import { publishedScoresKey } from '@baeum/service-kit';
import { ApiClient, eventually, infra, ServiceStack, tokenFor } from '@baeum/testing';
import Redis from 'ioredis';
import { applicantClient, applyAndPay, markWrittenExam, openExamBody, PASSWORD, SEOUL, WEBHOOK_SECRET, WrittenSheet } from './helpers';

/**
 * 성적 공개 (issue 14, items 3 and 5): once the written results are published, each candidate sees their
 * own scores by subject (with the veterans' bonus where they have it), total and average, their
 * position's pass mark and their rank among those of their position who sat; an absent candidate that
 * they were absent. Refused before publication; served from Redis with the examination service
 * stopped; only ever the caller's own, whatever they send; within the per-applicant limit.
 */
const LIMIT = 8;
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

/** One disclosure as the page asks for it, without the client's retrying of 503s. */
async function scores(client: ApiClient, examId: string, query = '') {
  const response = await client.raw(`/api/exam/results/${examId}/scores${query}`);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, retryAfter: response.headers.get('retry-after') };
}

it('discloses each candidate’s own scores, pass mark and rank once published, from Redis with the service stopped, and no one else’s', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  let exam = await officer.post(
    '/api/exam/exams',
    openExamBody(1 + Math.floor(Math.random() * 99), { year: 2092, subjects: ['국어', '영어', '한국사'] }),
  );
  for (let i = 0; i < 5 && exam.status === 409; i++)
    exam = await officer.post(
      '/api/exam/exams',
      openExamBody(1 + Math.floor(Math.random() * 99), { year: 2093, subjects: ['국어', '영어', '한국사'] }),
    );
  expect(exam.status).toBe(201);
  const examId: string = exam.body.id;
  const position = async (jobSeries: string, jobSeriesKo: string) => {
    const added = await officer.post(`/api/exam/exams/${examId}/positions`, { jobSeries, jobSeriesKo, grade: 9, openings: 1 });
    expect(added.status).toBe(201);
    return added.body.positions.find((p: { jobSeriesKo: string }) => p.jobSeriesKo === jobSeriesKo).id as string;
  };
  const admin = await position('general_admin', '일반행정');
  const welfare = await position('social_welfare', '사회복지');

  // 일반행정: the veteran (10%) tops it, then the first, the third fails; one absent. 사회복지: two.
  const veteran = applicantClient(stack.gatewayUrl);
  const [first, third, absent, social1, social2] = Array.from({ length: 5 }, () => applicantClient(stack.gatewayUrl));
  const sheets = new Map<string, WrittenSheet>();
  const candidate = async (client: ApiClient, positionId: string, scores: number[] | null, result: WrittenSheet['result'], bonus = 0) => {
    const overrides = bonus ? { veteransBonusPercent: bonus, trackEvidence: '서울북부보훈지청-2031-0113' } : {};
    sheets.set(await applyAndPay(client, examId, positionId, overrides), { scores, bonus, result });
  };
  await candidate(veteran, admin, [8000, 7550, 3900], 'fail', 10); // below 40 in 한국사: 과락, whatever the average
  await candidate(first, admin, [9000, 8500, 8000], 'pass');
  await candidate(third, admin, [6000, 5000, 7000], 'fail');
  await candidate(absent, admin, null, 'absent');
  await candidate(social1, welfare, [7000, 7000, 7000], 'pass');
  await candidate(social2, welfare, [6000, 6550, 6000], 'fail');

  // Numbered, sat yesterday and marked.
  expect(await markWrittenExam(stack, officer, examId, sheets)).toBe(6);
  await stack.query(
    'examination',
    `UPDATE examination.position SET written_cutoff = CASE id WHEN $1 THEN 8500 ELSE 7000 END WHERE exam_id = $2`,
    [admin, examId],
  );

  // Before publication: refused, and nothing in the read model.
  const early = await scores(first, examId);
  expect([early.status, early.body.code]).toEqual([409, 'SCORE_DISCLOSURE.NOT_PUBLISHED']);
  const stranger = await scores(applicantClient(stack.gatewayUrl), examId);
  expect([stranger.status, stranger.body.code]).toEqual([404, 'EXAM_RESULTS.NO_EXAM_NUMBER']);

  const publishAt = new Date(Date.now() + 2000).toISOString();
  expect((await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt })).status).toBe(201);
  const key = (client: { userId: string }) => `${stack.redisKeyPrefix}published:${publishedScoresKey(SEOUL, client.userId, examId)}`;
  const entry = await eventually(() => redis.get(key(social2)).then((v) => v ?? undefined), { what: 'published disclosure in Redis' });
  expect(entry).not.toMatch(/1998-04-12|010-1234|김응시|보훈지청/);
  expect(await redis.ttl(key(social2))).toBeGreaterThan(300 * 86_400);

  const answers = async () => ({
    veteran: await scores(veteran, examId),
    first: await scores(first, examId),
    third: await scores(third, examId),
    absent: await scores(absent, examId),
    social2: await scores(social2, examId),
  });
  const running = await answers();
  expect(running.veteran.status).toBe(200);
  expect(running.veteran.body).toMatchObject({
    examId,
    positionLabelKo: '일반행정 9급',
    result: 'fail',
    absent: false,
    subjects: [
      { nameKo: '국어', raw: 80, bonus: 10, withBonus: 90, belowMinimum: false },
      { nameKo: '영어', raw: 75.5, bonus: 10, withBonus: 85.5, belowMinimum: false },
      { nameKo: '한국사', raw: 39, bonus: 0, withBonus: 39, belowMinimum: true },
    ],
    bonusPercent: 10,
    total: 214.5,
    average: 71.5,
    passMark: 85,
    standing: { rank: 2, sat: 3 },
    passed: 1,
    publishedAt: publishAt,
  });
  expect(running.first.body).toMatchObject({ result: 'pass', average: 85, total: 255, standing: { rank: 1, sat: 3 }, passMark: 85 });
  expect(running.third.body).toMatchObject({ result: 'fail', average: 60, standing: { rank: 3, sat: 3 } });
  expect(running.absent.body).toMatchObject({ result: 'absent', absent: true, subjects: [], total: null, standing: null, passMark: 85 });
  expect(running.social2.body).toMatchObject({
    positionLabelKo: '사회복지 9급',
    average: 61.83,
    passMark: 70,
    standing: { rank: 2, sat: 2 },
    passed: 1,
  });

  // The service's own answer (asked directly, with the caller's token) is the same composition.
  const direct = new ApiClient(stack.url('examination'), tokenFor({ role: 'applicant', tenantId: SEOUL, userId: veteran.userId }));
  expect((await direct.get(`/results/${examId}/scores`)).body).toEqual(running.veteran.body);

  await stack.kill('examination');

  // The same answers from Redis alone; whose they are comes from the token, never from the request.
  expect(await answers()).toEqual(running);
  const asking = await scores(third, examId, `?userId=${first.userId}&tenantId=${SEOUL}&applicantId=${first.userId}`);
  expect(asking.body).toEqual(running.third.body);
  // Someone without a published disclosure is answered no one's: the gateway asks the (stopped) service.
  const outsider = await scores(applicantClient(stack.gatewayUrl), examId);
  expect(outsider.status).toBeGreaterThanOrEqual(500);
  expect(JSON.stringify(outsider.body)).not.toMatch(/10[12]00|국어|average/);

  // After the disclosure period: refused at the gateway, 410 SCORE_DISCLOSURE.CLOSED.
  const ended = { ...JSON.parse(entry), disclosureEndsAt: new Date(Date.now() - 60_000).toISOString() };
  await redis.set(key(social2), JSON.stringify(ended), 'EX', 600);
  const closed = await scores(social2, examId);
  expect([closed.status, closed.body.code]).toEqual([410, 'SCORE_DISCLOSURE.CLOSED']);

  // The per-applicant limit holds at the gateway: LIMIT a minute, then 429 with Retry-After (one not yet asking).
  const counted = [];
  for (let i = 0; i <= LIMIT; i++) counted.push(await scores(social1, examId));
  expect(counted.map((a) => a.status)).toEqual([...Array(LIMIT).fill(200), 429]);
  expect(counted[0].body).toMatchObject({ result: 'pass', standing: { rank: 1, sat: 2 } });
  expect([counted[LIMIT].body.code, counted[LIMIT].body.params, counted[LIMIT].retryAfter]).toEqual([
    'RATE_LIMITED',
    { retryAfterSeconds: 60 },
    '60',
  ]);
});
