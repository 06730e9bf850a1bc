import { ApiClient, ServiceStack, sleep } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { applicantClient, applicationBody, openExamBody, PASSWORD } from './helpers';

/**
 * The waiting room in front of exam applications, in short: more applicants submit at once than the
 * rate lets in, through two gateway instances sharing one Redis. Nobody is answered 5xx; those beyond
 * the rate get a place and are let in in arrival order; each admitted submission succeeds, exactly once.
 */
const APPLICANTS = 40;
const RATE = 2;
const BURST = 5;
let stack: ServiceStack;

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['gateway', 'examination'],
    instances: { gateway: 2 },
    env: {
      // A fixed rate (no following of the service's answers), so that the turns below are what the rate foretells.
      gateway: {
        WAITING_ROOM_RATE: String(RATE),
        WAITING_ROOM_BURST: String(BURST),
        WAITING_ROOM_TARGET_MS: '0',
        WAITING_ROOM_PASS_SECONDS: '120',
      },
    },
  });
});

afterAll(async () => {
  await stack?.stop();
});

interface Answer {
  status: number;
  body: any;
  pass: string | null;
}

/** One submission as the page sends it, every answer seen as it came (no retrying of 503s here). */
async function send(client: ApiClient, body: object, key: string, pass?: string): Promise<Answer> {
  const response = await client.raw('/api/exam/applications', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(pass ? { 'x-waiting-room-pass': pass } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, pass: response.headers.get('x-waiting-room-pass') };
}

it('lets a burst in, queues the rest in arrival order, and lets each in at the rate with no 5xx', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  const exam = (await officer.post('/api/exam/exams', openExamBody(7))).body;
  await officer.post(`/api/exam/exams/${exam.id}/positions`, {
    jobSeries: 'general_admin',
    jobSeriesKo: '일반행정',
    grade: 9,
    openings: 10,
  });
  const [position] = (await officer.get(`/api/exam/exams/${exam.id}`)).body.positions as { id: string }[];

  const applicants = Array.from({ length: APPLICANTS }, () => ({ client: applicantClient(stack.gatewayUrl), key: randomUUID() }));
  const body = applicationBody(exam.id, position.id);
  const statuses: number[] = [];
  const first = await Promise.all(applicants.map((a) => send(a.client, body, a.key)));
  statuses.push(...first.map((a) => a.status));

  const admitted = first.filter((a) => a.status === 201);
  const queued = first.map((answer, i) => ({ answer, applicant: applicants[i] })).filter((q) => q.answer.status === 429);
  expect(admitted.length + queued.length).toBe(APPLICANTS);
  expect(admitted.length).toBeGreaterThanOrEqual(BURST);
  expect(admitted.every((a) => a.pass)).toBe(true);
  expect(queued.length).toBeGreaterThan(0);
  for (const { answer } of queued) {
    expect(answer.body).toMatchObject({
      code: 'WAITING_ROOM.QUEUED',
      // The whole place, with a pass that opens at the turn: nobody need ask for it again meanwhile.
      params: {
        ticket: expect.any(Number),
        ahead: expect.any(Number),
        estimatedWaitSeconds: expect.any(Number),
        admittedPerSecond: RATE,
        pass: expect.any(String),
        passSeconds: expect.any(Number),
      },
    });
  }
  // Each queued applicant has a number of their own, after the ones let in at once.
  const byPlace = [...queued].sort((a, b) => a.answer.body.params.ticket - b.answer.body.params.ticket);
  expect(new Set(byPlace.map((q) => q.answer.body.params.ticket)).size).toBe(queued.length);
  expect(byPlace[0].answer.body.params.ticket).toBeGreaterThan(BURST);

  // Asking again (a reload) keeps the place; and a pass works only for its own holder.
  const last = byPlace[byPlace.length - 1];
  const again = await last.applicant.client.get('/api/waiting-room/exam-applications');
  const askedAt = Date.now();
  expect(again.body).toMatchObject({ queued: true, admitted: false, admittedPerSecond: RATE, ticket: last.answer.body.params.ticket });
  expect(again.body.ahead).toBeLessThanOrEqual(last.answer.body.params.ahead);
  // The place comes with a pass that opens at the holder's turn: before it, it lets nobody in, and changes nothing.
  expect(again.body.estimatedWaitSeconds).toBeGreaterThan(2);
  const early = await send(last.applicant.client, body, last.applicant.key, again.body.pass);
  const earlyAt = Date.now();
  expect([early.status, early.body.code]).toEqual([429, 'WAITING_ROOM.QUEUED']);
  expect(early.body.params.ticket).toBe(last.answer.body.params.ticket);
  expect(early.body.params.estimatedWaitSeconds).toBeGreaterThan(0);
  // A newcomer with someone else's pass joins the back of the queue like anyone else.
  const borrowed = await send(applicantClient(stack.gatewayUrl), body, randomUUID(), admitted[0].pass!);
  expect(borrowed.status).toBe(429);

  // While the room drains, whoever is let in arrived before everyone still waiting.
  // (The last holder is left out here: they come back with the pass they were given, below.)
  const done = new Set<number>([byPlace.length - 1]);
  const deadline = Date.now() + 120_000;
  while (done.size < byPlace.length && Date.now() < deadline) {
    // Read from the back of the queue to its front: admission only moves on meanwhile, so a later
    // place read as admitted before an earlier one read as waiting would be a real breach of order.
    const places: { body: any }[] = new Array(byPlace.length);
    for (let i = byPlace.length - 1; i >= 0; i--) places[i] = await byPlace[i].applicant.client.get('/api/waiting-room/exam-applications');
    const flags = places.map((p) => p.body.admitted as boolean);
    const firstWaiting = flags.indexOf(false);
    if (firstWaiting !== -1) expect(flags.slice(firstWaiting).every((f) => !f)).toBe(true);
    for (let i = 0; i < byPlace.length; i++) {
      if (!flags[i] || done.has(i)) continue;
      const { applicant } = byPlace[i];
      const submitted = await send(applicant.client, body, applicant.key, places[i].body.pass);
      statuses.push(submitted.status);
      expect(submitted.status).toBe(201);
      done.add(i);
    }
    await sleep(200);
  }
  expect(done.size).toBe(byPlace.length);

  // Having waited out the turn the early refusal told, without asking again, the pass it carried lets the last holder in.
  await sleep(
    Math.max(
      0,
      askedAt + again.body.estimatedWaitSeconds * 1000 - Date.now(),
      earlyAt + early.body.params.estimatedWaitSeconds * 1000 - Date.now(),
    ),
  );
  const atTheirTurn = await send(last.applicant.client, body, last.applicant.key, early.body.params.pass);
  statuses.push(atTheirTurn.status);
  expect(atTheirTurn.status).toBe(201);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);

  // Each applicant's application exists exactly once.
  const rows = await stack.query(
    'examination',
    'SELECT count(*)::int AS n, count(DISTINCT applicant_id)::int AS people FROM examination.application WHERE exam_id = $1',
    [exam.id],
  );
  expect(rows).toEqual([{ n: APPLICANTS, people: APPLICANTS }]);
});

it('shows nobody a place they do not hold, and only applicants the room at all, however the route is spelled', async () => {
  const newcomer = applicantClient(stack.gatewayUrl);
  expect((await newcomer.get('/api/waiting-room/exam-applications')).body).toMatchObject({ queued: false, admitted: false, ahead: 0 });
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  expect((await officer.get('/api/waiting-room/exam-applications')).status).toBe(403);
  expect((await new ApiClient(stack.gatewayUrl).get('/api/waiting-room/exam-applications')).status).toBe(401);

  // The room's door seats only applicants: a submission without a token, or an officer's, is refused in full.
  expect((await send(new ApiClient(stack.gatewayUrl), {}, randomUUID())).status).toBe(401);
  expect((await send(officer, {}, randomUUID())).status).toBe(403);
  // However the route is spelled, the door stands in front of it: let in (with a pass) or queued, never past it unseen.
  const spelledOtherwise = await newcomer.raw('/API/Exam/Applications/', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: '{}',
  });
  expect(spelledOtherwise.status === 429 || spelledOtherwise.headers.get('x-waiting-room-pass') !== null).toBe(true);
});
