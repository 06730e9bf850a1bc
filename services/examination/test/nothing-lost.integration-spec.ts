import { ApiClient, eventually, infra, ServiceStack, sleep } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { applicantClient, applicationBody, openExamBody, PASSWORD, providerCallback, WEBHOOK_SECRET } from './helpers';

/**
 * Exam season with two examination instances sharing one database and one consumer group: thousands
 * of applicants apply and pay while an instance is killed (SIGKILL, mid-request) and restarted.
 * Clients retry what failed with the same idempotency key, as the page does. Afterwards every
 * acknowledged application exists exactly once, every fee paid is in the outbox exactly once, and
 * finance, booking revenue from those events, holds exactly the fees paid, to the won.
 */
const APPLICANTS = Number(process.env.BAEUM_NOTHING_LOST_APPLICANTS ?? 3000);
const CONCURRENCY = 32;
let stack: ServiceStack;

beforeAll(async () => {
  stack = await ServiceStack.start({
    instances: { examination: 2 },
    env: { examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET, SEASON_SWEEP_MS: '500' } },
  });
});

afterAll(async () => {
  await stack?.stop();
});

/** Sends until the service answers (not a 5xx or a dropped connection); the same request each time. */
async function untilAnswered(send: () => Promise<{ status: number; body: any }>, failures: { count: number }) {
  for (let attempt = 1; ; attempt++) {
    const answer = await send().catch(() => ({ status: 0, body: null }));
    if (answer.status !== 0 && answer.status < 500) return answer;
    failures.count++;
    if (attempt >= 50) throw new Error(`no answer after ${attempt} attempts: ${answer.status} ${JSON.stringify(answer.body)}`);
    await sleep(100 * Math.min(attempt, 10));
  }
}

// Its own time limit: thousands of applications through two instances, one killed, on a busy two-core machine.
it(
  'keeps every acknowledged application exactly once, and every fee paid once in ' +
    'examination and in finance, through an instance killed and restarted',
  async () => {
    const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
    const exam = (await officer.post('/api/exam/exams', openExamBody(1))).body;
    for (const [jobSeries, jobSeriesKo, grade] of [
      ['general_admin', '일반행정', 9],
      ['social_welfare', '사회복지', 9],
      ['computing', '전산', 7],
    ] as const) {
      await officer.post(`/api/exam/exams/${exam.id}/positions`, { jobSeries, jobSeriesKo, grade, openings: 10 });
    }
    const positions = (await officer.get(`/api/exam/exams/${exam.id}`)).body.positions as { id: string; fee: string }[];

    const acknowledged = new Map<string, { applicationId: string; fee: bigint }>();
    const paid = new Set<string>();
    const failures = { count: 0 };
    // A call the killed instance did not answer is 503 with Retry-After, which the client itself asks again.
    const shedBefore = ApiClient.overloadAnswers;
    let next = 0;
    const worker = async () => {
      while (next < APPLICANTS) {
        const i = next++;
        const applicant = applicantClient(stack.gatewayUrl);
        const position = positions[i % positions.length];
        const key = randomUUID();
        const applied = await untilAnswered(
          () => applicant.request('POST', '/api/exam/applications', applicationBody(exam.id, position.id), { 'idempotency-key': key }),
          failures,
        );
        if (applied.status !== 201) throw new Error(`application refused: ${applied.status} ${JSON.stringify(applied.body)}`);
        acknowledged.set(applicant.userId, { applicationId: applied.body.id, fee: BigInt(position.fee) });
        // Two in three pay; the rest leave theirs unpaid.
        if (i % 3 === 2) continue;
        const checkout = await untilAnswered(() => applicant.post(`/api/exam/applications/${applied.body.id}/payments`, {}), failures);
        if (checkout.status !== 201) throw new Error(`checkout refused: ${checkout.status} ${JSON.stringify(checkout.body)}`);
        const callback = providerCallback(checkout.body.paymentId, checkout.body.amount);
        const confirmed = await untilAnswered(
          () => new ApiClient(stack.gatewayUrl).post('/api/exam/payments/callback', callback),
          failures,
        );
        if (confirmed.status !== 200) throw new Error(`callback refused: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
        paid.add(applied.body.id);
      }
    };

    // Kill one instance without warning a third of the way in, bring it back, then kill and restart the other.
    const chaos = (async () => {
      await eventually(async () => acknowledged.size >= APPLICANTS / 3, {
        timeoutMs: 300_000,
        intervalMs: 20,
        what: 'a third of the applications',
      });
      const killed = await stack.kill('examination', 'SIGKILL', 0);
      const atKill = acknowledged.size;
      await sleep(1500);
      await stack.launch('examination', {}, 0);
      await eventually(async () => acknowledged.size >= (APPLICANTS * 2) / 3, {
        timeoutMs: 300_000,
        intervalMs: 20,
        what: 'two thirds of the applications',
      });
      await stack.kill('examination', 'SIGKILL', 1);
      await sleep(1500);
      await stack.launch('examination', {}, 1);
      return { killed, atKill };
    })();
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const { killed, atKill } = await chaos;
    process.stdout.write(
      `nothing lost: ${APPLICANTS} applications (${paid.size} paid) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s with 2 instances; instance 0 ` +
        `killed at ${atKill} acknowledged, then instance 1; ${failures.count} request(s) ` +
        `failed and ${ApiClient.overloadAnswers - shedBefore} were answered 503, and were retried\n`,
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(failures.count + ApiClient.overloadAnswers - shedBefore).toBeGreaterThan(0);
    expect(acknowledged.size).toBe(APPLICANTS);

    // Every acknowledged application exists, exactly once, for its applicant.
    const rows = await stack.query(
      'examination',
      `SELECT id, applicant_id, status, fee_amount::text AS fee FROM examination.application WHERE exam_id = $1`,
      [exam.id],
    );
    expect(rows).toHaveLength(APPLICANTS);
    const byApplicant = new Map(rows.map((r) => [r.applicant_id, r]));
    expect(byApplicant.size).toBe(APPLICANTS);
    for (const [applicantId, { applicationId }] of acknowledged) expect(byApplicant.get(applicantId)?.id).toBe(applicationId);
    expect(
      rows
        .filter((r) => r.status === 'paid')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...paid].sort());

    // One submitted event per application; one fee-paid event per payment, to the won.
    const events = await stack.query(
      'examination',
      `SELECT type, key, envelope->'payload'->>'amount' AS amount FROM examination.outbox WHERE envelope->'payload'->>'examId' = $1`,
      [exam.id],
    );
    const submitted = events.filter((e) => e.type === 'examination.application.submitted');
    expect(submitted).toHaveLength(APPLICANTS);
    expect(new Set(submitted.map((e) => e.key)).size).toBe(APPLICANTS);
    const fees = events.filter((e) => e.type === 'examination.fee.paid');
    expect(new Set(fees.map((e) => e.key)).size).toBe(fees.length);
    expect(fees.map((e) => e.key).sort()).toEqual([...paid].sort());
    const expectedRevenue = [...acknowledged.values()].filter((a) => paid.has(a.applicationId)).reduce((sum, a) => sum + a.fee, 0n);
    expect(fees.reduce((sum, e) => sum + BigInt(e.amount), 0n)).toBe(expectedRevenue);

    // Both instances came back, consume in one group, and the relay published everything.
    await eventually(
      async () =>
        (await stack.query('examination', 'SELECT count(*)::int AS n FROM examination.outbox WHERE published_at IS NULL'))[0].n === 0,
      { timeoutMs: 60_000, what: 'the outbox to drain' },
    );

    // Finance booked every fee once, from the events: its revenue equals the fees paid, to the won.
    const booked = await eventually(
      async () => {
        const [row] = await stack.query(
          'finance',
          `SELECT count(*)::int AS entries, count(DISTINCT cause_id)::int AS applications, coalesce(sum(amount), 0)::text AS revenue
           FROM finance.entry WHERE measure = 'collected' AND source_event_type = 'examination.fee.paid' AND cause_id = ANY($1::uuid[])`,
          [[...paid]],
        );
        return row.entries >= paid.size ? row : undefined;
      },
      { timeoutMs: 120_000, what: 'finance to book every fee paid' },
    );
    expect(booked).toEqual({ entries: paid.size, applications: paid.size, revenue: String(expectedRevenue) });
    const admin = new Kafka({ clientId: 'nothing-lost-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR }).admin();
    await admin.connect();
    try {
      // A rejoin waits for every member to finish its batch (up to the rebalance timeout, 60 s), and a
      // busy machine can need more than one: the wait is sized for that, and says what it last saw.
      const members = await eventually(
        async () => {
          const { groups } = await admin.describeGroups([stack.groupId('examination')]);
          if (groups[0].state === 'Stable' && groups[0].members.length === 2) return groups[0].members;
          throw new Error(`group ${groups[0].state} with ${groups[0].members.length} member(s)`);
        },
        { timeoutMs: 180_000, intervalMs: 500, what: 'both instances in the consumer group' },
      );
      expect(members).toHaveLength(2);
    } finally {
      await admin.disconnect();
    }
    // The per-position counters, kept by that group from the events, agree with the applications.
    await eventually(
      async () => {
        const view = (await officer.get(`/api/exam/exams/${exam.id}`)).body.positions as { id: string; applicants: number; paid: number }[];
        const counts = await stack.query(
          'examination',
          `SELECT position_id, count(*)::int AS applicants, count(*) FILTER (WHERE status ` +
            `= 'paid')::int AS paid FROM examination.application WHERE exam_id = $1 AND ` +
            `status <> 'cancelled' GROUP BY position_id`,
          [exam.id],
        );
        return view.every((p) => counts.some((c) => c.position_id === p.id && c.applicants === p.applicants && c.paid === p.paid));
      },
      { timeoutMs: 90_000, what: 'position counters to match' },
    );
  },
  600_000,
);
