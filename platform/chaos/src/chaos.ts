import { deadLetterTopic } from '@baeum/contracts';
import { DemoTenants } from '@baeum/source-data';
import {
  ApiClient,
  applicantTokens,
  eventually,
  infra,
  providerCallback,
  repoRoot,
  SERVICE_NAMES,
  ServiceName,
  ServiceStack,
  sleep,
  startSeason,
  tokenFor,
} from '@baeum/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/**
 * The chaos run of issue 16: exam applications with their fees paid, cohorts scheduled and a rush
 * for each cohort's seats, driven through the gateway against two instances of every service while
 * each service's first instance is killed (SIGKILL) and relaunched, a Kafka broker is stopped and
 * started, and PostgreSQL is restarted. A request answered 2xx is acknowledged; one answered 5xx or
 * not at all is sent again with the same Idempotency-Key, as the page does. Afterwards every
 * acknowledged effect is looked for, exactly once, in the services' own databases.
 */
export interface ChaosSizes {
  applications: number;
  cohorts: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** Stops and starts one broker (the cluster's node 2, or the single broker). */
export interface BrokerControl {
  stop(): Promise<void> | void;
  start(): Promise<void> | void;
}

export interface Fault {
  kind: string;
  target: string;
  /** Seconds from the start of the load to the fault, and how long until the target answered again. */
  at: number;
  recovered: number;
}

export interface Check {
  what: string;
  expected: string;
  found: string;
  ok: boolean;
}

export interface ChaosReport {
  sizes: ChaosSizes;
  sent: number;
  acknowledged: number;
  retried: number;
  loadSeconds: number;
  faults: Fault[];
  checks: Check[];
  ok: boolean;
}

const WEBHOOK_SECRET = 'chaos-webhook-secret-0123456789abcdef0123';
const AGENCIES = ['SEOUL-PLANNING', 'SEOUL-WELFARE', 'GANGNAM-GU', 'MAPO-GU'];
/** Each cohort: 5 seats, 2 of them kept for MAPO-GU; 8 trainees rush for them. */
const CAPACITY = 5;
const QUOTA = { agencyCode: 'MAPO-GU', seats: 2 };
const RUSH = 8;
const SEOUL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' });
const day = (days: number) => SEOUL_DATE.format(new Date(Date.now() + days * 86_400_000));

/** PostgreSQL restarted as scripts/infra/up.sh starts it: the local Debian cluster on the stack's port. */
export function restartPostgres(): void {
  const port = new URL(infra().pgUrl).port || '5432';
  const cluster = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[2] === port);
  if (!cluster) throw new Error(`no local PostgreSQL cluster on port ${port} (pg_lsclusters)`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster[0], cluster[1], 'restart'], { stdio: 'ignore' });
}

/** Counts what the load driver sent and what was acknowledged. */
class Driver {
  constructor(private readonly log: (line: string) => void) {}

  sent = 0;
  acknowledged = 0;
  retried = 0;

  /**
   * Sends until answered (no 5xx, no dropped connection); the same request, so the same key, each
   * time. `settled` says which answers end the request (a 409 "already applied" to a retry means the
   * first try was applied); `null` from it means "not yet" (a cohort not yet heard of), tried again too.
   */
  async until<T>(
    send: () => Promise<{ status: number; body: T }>,
    settled: (answer: { status: number; body: T }) => boolean | null,
    what: string,
  ): Promise<{ status: number; body: T }> {
    for (let attempt = 1; ; attempt++) {
      this.sent++;
      const answer = await send().catch(() => ({ status: 0, body: undefined as T }));
      const done = answer.status !== 0 && answer.status < 500 ? settled(answer) : null;
      if (done) {
        this.acknowledged++;
        return answer;
      }
      if (done === false) throw new Error(`${what} refused: ${answer.status} ${JSON.stringify(answer.body)}`);
      this.retried++;
      // A request that keeps failing says how, so a stuck run shows what it is stuck on.
      if (attempt % 40 === 0)
        this.log(`  ${what}: still unanswered after ${attempt} tries (${answer.status} ${JSON.stringify(answer.body)?.slice(0, 160)})`);
      // Patient: a relaunch or a PostgreSQL restart on a busy machine takes tens of seconds.
      if (attempt >= 400) throw new Error(`${what}: no answer after ${attempt} attempts (${answer.status})`);
      await sleep(250 * Math.min(attempt, 8));
    }
  }
}

export async function runChaos(sizes: ChaosSizes, broker: BrokerControl, log: (line: string) => void): Promise<ChaosReport> {
  const instances: Partial<Record<ServiceName, number>> = Object.fromEntries(SERVICE_NAMES.map((s) => [s, 2]));
  const quiet: Partial<Record<ServiceName, Record<string, string>>> = Object.fromEntries(
    SERVICE_NAMES.map((s) => [s, { LOG_LEVEL: 'warn' }]),
  );
  log(`starting the stack: two instances of each of ${SERVICE_NAMES.length} services`);
  const season = await startSeason(2, {
    instances,
    env: { ...quiet, examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET } },
  });
  const { stack } = season;
  try {
    return await underLoad(stack, season.examId, season.positionIds, sizes, broker, log);
  } finally {
    await stack.stop().catch((error) => log(`stopping the stack: ${(error as Error).message}`));
  }
}

async function underLoad(
  stack: ServiceStack,
  examId: string,
  positionIds: string[],
  sizes: ChaosSizes,
  broker: BrokerControl,
  log: (line: string) => void,
): Promise<ChaosReport> {
  const gateway = stack.gatewayUrl;
  const manager = await new ApiClient(gateway).signIn('seoul-hrd', 'manager@seoul-hrd.example', 'Baeum!2022');
  const course = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER');
  const positions = (await manager.get(`/api/exam/exams/${examId}`)).body?.positions as { id: string; fee: string }[] | undefined;
  const fees = new Map<string, bigint>((positions ?? []).map((p) => [p.id, BigInt(p.fee)]));

  // Everyone's account before the load: a PostgreSQL restart must not catch a sign-up half made.
  const applicants = await applicantTokens(
    stack,
    Array.from({ length: sizes.applications }, () => randomUUID()),
  );
  const trainees = Array.from({ length: sizes.cohorts * RUSH }, (_, i) => ({
    userId: randomUUID(),
    role: 'trainee' as const,
    agencyCode: AGENCIES[i % AGENCIES.length],
    name: `교육생 ${i}`,
    tenantId: DemoTenants.seoul.id,
  }));
  for (let i = 0; i < trainees.length; i += 500) {
    await Promise.all(trainees.slice(i, i + 500).map((t) => stack.registerPerson(t)));
  }

  const driver = new Driver(log);
  const applied = new Map<string, { positionId: string }>();
  const paid = new Set<string>();
  const cohorts = new Map<string, { estimatedCost: bigint; trainees: string[] }>();

  const application = async (i: number) => {
    const client = new ApiClient(gateway, applicants[i]);
    const positionId = positionIds[i % positionIds.length];
    const key = randomUUID();
    const made = await driver.until(
      () =>
        client.request(
          'POST',
          '/api/exam/applications',
          { examId, positionId, nameKo: '김응시', birthDate: '1998-04-12', phone: '010-1234-5678' },
          { 'idempotency-key': key },
        ),
      (a) => a.status === 201 || (a.status === 409 ? null : false),
      'application',
    );
    const id = made.body.id as string;
    applied.set(id, { positionId });
    const checkoutKey = randomUUID();
    const checkout = await driver.until(
      () => client.request('POST', `/api/exam/applications/${id}/payments`, {}, { 'idempotency-key': checkoutKey }),
      (a) => a.status === 201 || (a.status === 409 ? null : false),
      'checkout',
    );
    const callback = providerCallback(WEBHOOK_SECRET, checkout.body.paymentId, checkout.body.amount);
    await driver.until(
      () => new ApiClient(gateway).post('/api/exam/payments/callback', callback),
      (a) => a.status === 200,
      'payment callback',
    );
    paid.add(id);
  };

  const cohort = async (i: number) => {
    const estimatedCost = 100_000 + ((i * 7919) % 900_000);
    const key = randomUUID();
    const made = await driver.until(
      () =>
        manager.request(
          'POST',
          '/api/cohorts',
          {
            courseId: course.id,
            startDate: day(40),
            endDate: day(41),
            capacity: CAPACITY,
            agencyQuotas: [QUOTA],
            estimatedCost,
            budgetLineCode: 'NEWCOMER',
            applicationOpens: day(0),
          },
          { 'idempotency-key': key },
        ),
      (a) => a.status === 201 || (a.status === 409 ? null : false),
      'cohort',
    );
    const cohortId = made.body.id as string;
    const rush = trainees.slice(i * RUSH, (i + 1) * RUSH);
    cohorts.set(cohortId, { estimatedCost: BigInt(estimatedCost), trainees: [] });
    // The rush: all at once, each trying again until enrollment has heard of the cohort and answered.
    await Promise.all(
      rush.map(async (trainee) => {
        const client = new ApiClient(gateway, tokenFor(trainee));
        let seatKey = randomUUID();
        // 404 until the cohort's event reaches enrollment: a real answer, kept under its key, so the next try takes a new key.
        const settled = (a: { status: number; body: { code?: string } }) => {
          if (a.status === 201 || (a.status === 409 && a.body?.code === 'APPLICATION.ALREADY_APPLIED')) return true;
          if (a.status === 404) seatKey = randomUUID();
          return a.status === 404 || a.status === 409 ? null : false;
        };
        await driver.until(
          () => client.request('POST', '/api/enrollment/applications', { cohortId }, { 'idempotency-key': seatKey }),
          settled,
          'seat application',
        );
        cohorts.get(cohortId)!.trainees.push(trainee.userId);
      }),
    );
  };

  // The work: every (ratio + 1)-th item a cohort, the others applications.
  const total = sizes.applications + sizes.cohorts;
  const every = Math.max(2, Math.round(total / Math.max(1, sizes.cohorts)));
  const items: (() => Promise<void>)[] = [];
  let a = 0;
  let c = 0;
  for (let i = 0; i < total; i++) {
    const isCohort = (c < sizes.cohorts && i % every === every - 1) || a >= sizes.applications;
    const n = isCohort ? c++ : a++;
    items.push(() => (isCohort ? cohort(n) : application(n)));
  }

  // The faults, in turn, spread over the load; the load past each fault's point waits for it to start, so each hits work in flight.
  const faults: { kind: string; target: string; inject: () => Promise<void> }[] = [
    ...SERVICE_NAMES.map((service) => ({
      kind: 'kill -9, relaunch',
      target: `${service} #0`,
      inject: async () => {
        await stack.kill(service, 'SIGKILL', 0);
        await sleep(1000);
        await stack.launch(service, {}, 0);
      },
    })),
    {
      kind: 'broker stop, start',
      target: 'Kafka broker 2',
      inject: async () => {
        await broker.stop();
        await sleep(10_000);
        await broker.start();
      },
    },
    {
      kind: 'PostgreSQL restart',
      target: 'PostgreSQL',
      inject: async () => {
        restartPostgres();
        // Answering again: every service ready through its own instances.
        // A wait that times out names the instance still not ready and what it answered, and for
        // one that did not answer at all, how its log ends (read once, when the wait gives up).
        let unanswered: { service: ServiceName; i: number } | undefined;
        try {
          await eventually(
            async () => {
              unanswered = undefined;
              for (const service of SERVICE_NAMES)
                for (let i = 0; i < stack.instanceCount(service); i++) {
                  const answer = await fetch(`${stack.instanceUrl(service, i)}/health/ready`).catch((error: Error) => error);
                  if (answer instanceof Error) {
                    unanswered = { service, i };
                    throw new Error(`${service} #${i}: ${answer.message}`);
                  }
                  if (answer.status !== 200) throw new Error(`${service} #${i}: ${answer.status} ${(await answer.text()).slice(0, 300)}`);
                }
              return true;
            },
            { timeoutMs: 180_000, intervalMs: 500, what: 'every instance ready after the PostgreSQL restart' },
          );
        } catch (error) {
          if (!unanswered) throw error;
          throw new Error(`${(error as Error).message}; its log ends:\n${stack.logTail(unanswered.service, 20, unanswered.i)}`);
        }
      },
    },
  ];
  const segment = (i: number) => Math.floor((i * (faults.length + 1)) / total);
  let faultsStarted = 0;
  const waitForFault = async (k: number) => {
    while (faultsStarted < k) await sleep(50);
  };
  let done = 0;
  let next = 0;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await waitForFault(segment(i));
      await items[i]();
      done++;
    }
  };
  const injected: Fault[] = [];
  const chaos = (async () => {
    for (let k = 0; k < faults.length; k++) {
      // Shortly before the load reaches the fault's point, so requests are in flight when it strikes.
      const point = Math.ceil(((k + 1) * total) / (faults.length + 1)) - sizes.concurrency;
      await eventually(async () => done >= point, { timeoutMs: 3_600_000, intervalMs: 50, what: `the load before fault ${k + 1}` });
      const at = seconds();
      faultsStarted = k + 1;
      log(`  ${at.toFixed(0)} s: ${faults[k].kind} ${faults[k].target} (${done} of ${total} done)`);
      await faults[k].inject();
      injected.push({ kind: faults[k].kind, target: faults[k].target, at, recovered: seconds() - at });
    }
  })();
  const progress = setInterval(() => log(`  ${seconds().toFixed(0)} s: ${done} of ${total} done, ${driver.retried} retried`), 30_000);
  try {
    await Promise.all([...Array.from({ length: sizes.concurrency }, worker), chaos]);
  } finally {
    clearInterval(progress);
  }
  const loadSeconds = seconds();
  log(`load done in ${loadSeconds.toFixed(0)} s; checking`);

  const checks = await verify(stack, { examId, fees, applied, paid, cohorts }, log);
  return {
    sizes,
    sent: driver.sent,
    acknowledged: driver.acknowledged,
    retried: driver.retried,
    loadSeconds,
    faults: injected,
    checks,
    ok: checks.every((check) => check.ok),
  };
}

interface Acknowledged {
  examId: string;
  fees: Map<string, bigint>;
  applied: Map<string, { positionId: string }>;
  paid: Set<string>;
  cohorts: Map<string, { estimatedCost: bigint; trainees: string[] }>;
}

const sum = (values: Iterable<bigint>) => [...values].reduce((total, v) => total + v, 0n);
const won = (amount: bigint | string) => `₩${BigInt(amount).toLocaleString('en-US')}`;

/** Every acknowledged effect looked for in the services' own databases once the stack has caught up. */
async function verify(stack: ServiceStack, ack: Acknowledged, log: (line: string) => void): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (what: string, expected: unknown, found: unknown) => {
    checks.push({ what, expected: String(expected), found: String(found), ok: String(expected) === String(found) });
  };

  // Caught up first: every outbox published, every consumer group at the end of its topics.
  const unpublished = async () => {
    let left = 0;
    for (const service of SERVICE_NAMES) {
      const [{ table }] = await stack.query(service, `SELECT to_regclass($1) IS NOT NULL AS table`, [`${service}.outbox`]);
      if (table) left += (await stack.query(service, `SELECT count(*)::int AS n FROM ${service}.outbox WHERE published_at IS NULL`))[0].n;
    }
    return left;
  };
  const kafka = new Kafka({ clientId: `chaos-check-${stack.runId}`, brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(stack.topicPrefix));
    const ends = new Map<string, Map<number, { low: bigint; high: bigint }>>();
    const lag = async () => {
      ends.clear();
      for (const topic of topics)
        ends.set(
          topic,
          new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { low: BigInt(p.low), high: BigInt(p.high) }])),
        );
      let behind = 0n;
      for (const service of SERVICE_NAMES) {
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId: stack.groupId(service) })) {
          for (const p of partitions) {
            const end = ends.get(topic)?.get(p.partition);
            if (!end) continue;
            behind += end.high - (BigInt(p.offset) < 0n ? end.low : BigInt(p.offset));
          }
        }
      }
      return behind;
    };
    const caughtUp = await eventually(
      async () => {
        const [left, behind] = [await unpublished(), await lag()];
        return left === 0 && behind === 0n ? { left, behind } : undefined;
      },
      { timeoutMs: 600_000, intervalMs: 2000, what: 'every outbox published and every consumer group caught up' },
    ).catch(async () => ({ left: await unpublished(), behind: await lag() }));
    check('outbox rows not published (all services)', 0, caughtUp.left);
    check('consumer lag (all groups, all topics)', 0, caughtUp.behind);
    const dlq = SERVICE_NAMES.map((s) => stack.topic(deadLetterTopic(s))).filter((t) => topics.includes(t));
    let letters = 0n;
    for (const topic of dlq) for (const p of await admin.fetchTopicOffsets(topic)) letters += BigInt(p.high) - BigInt(p.low);
    check('dead letters (all services)', 0, letters);
    // Each one shown with its error, as `npm run dlq -- list <service>` reads them, so it can be explained.
    if (letters > 0n)
      for (const service of SERVICE_NAMES) {
        const listed = execFileSync(
          process.execPath,
          [join(repoRoot(), 'dist', 'libs', 'messaging', 'src', 'cli', 'dead-letters.js'), 'list', service],
          {
            env: { ...process.env, KAFKA_BROKERS: infra().kafkaBrokers, KAFKA_TOPIC_PREFIX: stack.topicPrefix },
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        for (const line of listed.split('\n').filter(Boolean)) {
          const letter = JSON.parse(line) as { originalTopic?: string; key?: string; error?: string };
          log(`  dead letter of ${service}: ${letter.originalTopic} key ${letter.key}: ${letter.error?.slice(0, 300)}`);
        }
      }
  } finally {
    await admin.disconnect();
  }

  // Applications: each acknowledged one once, nothing else; each fee paid once.
  const applications = await stack.query(
    'examination',
    `SELECT id, status, fee_amount::text AS fee FROM examination.application WHERE exam_id = $1`,
    [ack.examId],
  );
  const ids = new Set(applications.map((r) => r.id as string));
  check('applications in examination', ack.applied.size, applications.length);
  check('acknowledged applications missing', 0, [...ack.applied.keys()].filter((id) => !ids.has(id)).length);
  check('applications never acknowledged', 0, applications.filter((r) => !ack.applied.has(r.id)).length);
  const paidRows = applications.filter((r) => r.status === 'paid');
  check('applications paid', ack.paid.size, paidRows.length);
  check('paid but not acknowledged paid', 0, paidRows.filter((r) => !ack.paid.has(r.id)).length);

  // Revenue: finance's collected fees, one entry per payment, equal to the fees paid to the won.
  const feesPaid = sum([...ack.paid].map((id) => ack.fees.get(ack.applied.get(id)!.positionId) ?? 0n));
  const [revenue] = await stack.query(
    'finance',
    `SELECT count(*)::int AS entries, count(DISTINCT cause_id)::int AS payments, coalesce(sum(amount), 0)::text AS total
       FROM finance.entry WHERE measure = 'collected' AND source_event_type = 'examination.fee.paid'`,
  );
  check('fee revenue entries in finance', ack.paid.size, revenue.entries);
  check('distinct payments booked', ack.paid.size, revenue.payments);
  check('fee revenue (sum of fees paid)', won(feesPaid), won(revenue.total));

  // Commitments: one per cohort, for its estimated cost.
  const cohortIds = [...ack.cohorts.keys()];
  const [committed] = await stack.query(
    'finance',
    `SELECT count(*)::int AS rows, count(DISTINCT cohort_id)::int AS cohorts, coalesce(sum(amount), 0)::text AS total
       FROM finance.commitment WHERE cohort_id = ANY($1::uuid[])`,
    [cohortIds],
  );
  const [strays] = await stack.query(
    'finance',
    `SELECT count(*)::int AS n FROM finance.commitment WHERE NOT (cohort_id = ANY($1::uuid[]))`,
    [cohortIds],
  );
  check('commitments in finance (one per cohort)', ack.cohorts.size, committed.rows);
  check('cohorts with a commitment', ack.cohorts.size, committed.cohorts);
  check('commitments for no acknowledged cohort', 0, strays.n);
  check('committed (sum of estimated costs)', won(sum([...ack.cohorts.values()].map((c) => c.estimatedCost))), won(committed.total));

  // Seats: each acknowledged seat application once; no cohort over capacity, no quota overrun.
  const seats = await stack.query(
    'enrollment',
    `SELECT a.cohort_id, t.user_id, a.status, a.agency_code FROM enrollment.application a
       JOIN enrollment.trainee t ON t.id = a.trainee_id WHERE a.cohort_id = ANY($1::uuid[])`,
    [cohortIds],
  );
  const seen = new Set(seats.map((s) => `${s.cohort_id} ${s.user_id}`));
  const acknowledgedSeats = [...ack.cohorts].flatMap(([cohortId, c]) => c.trainees.map((t) => `${cohortId} ${t}`));
  check('seat applications in enrollment', acknowledgedSeats.length, seats.length);
  check('acknowledged seat applications missing', 0, acknowledgedSeats.filter((k) => !seen.has(k)).length);
  check('seat applications twice', 0, seats.length - seen.size);
  const [over] = await stack.query(
    'enrollment',
    `SELECT count(*) FILTER (WHERE s.confirmed > s.capacity OR s.confirmed <> c.confirmed)::int AS capacity,
            count(*) FILTER (WHERE c.others > s.capacity - s.reserved_seats)::int AS quota,
            coalesce(sum(c.confirmed), 0)::int AS confirmed
       FROM enrollment.cohort_seats s
       JOIN (SELECT cohort_id, count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
                    count(*) FILTER (WHERE status = 'confirmed' AND agency_code <> $2) AS others
               FROM enrollment.application WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id) c ON c.cohort_id = s.cohort_id`,
    [cohortIds, QUOTA.agencyCode],
  );
  check('cohorts over capacity (or seat count off)', 0, over.capacity);
  check('cohorts past a quota (others in kept seats)', 0, over.quota);
  check('seats confirmed', ack.cohorts.size * Math.min(CAPACITY, RUSH), over.confirmed);
  for (const failed of checks.filter((c) => !c.ok)) log(`  FAILED ${failed.what}: expected ${failed.expected}, found ${failed.found}`);
  return checks;
}

/** The summary table the run prints (and deploy/README.md quotes). */
export function summaryTable(report: ChaosReport): string {
  const rows: [string, string, string][] = [
    [
      'load',
      `${report.sizes.applications.toLocaleString('en-US')} applications (fees paid), ${report.sizes.cohorts.toLocaleString('en-US')} cohorts × ${RUSH}-trainee seat rush`,
      `${report.loadSeconds.toFixed(0)} s, 2 instances of each service`,
    ],
    [
      'requests sent',
      report.sent.toLocaleString('en-US'),
      `${report.retried.toLocaleString('en-US')} unanswered (5xx/no connection), sent again`,
    ],
    ['requests acknowledged (2xx)', report.acknowledged.toLocaleString('en-US'), ''],
    ...report.faults.map((f): [string, string, string] => [
      `fault: ${f.kind}`,
      f.target,
      `at ${f.at.toFixed(0)} s, answering again after ${f.recovered.toFixed(0)} s`,
    ]),
    ...report.checks.map((c): [string, string, string] => [
      c.what,
      `expected ${c.expected}`,
      `found ${c.found}  ${c.ok ? 'ok' : 'FAILED'}`,
    ]),
    ['verdict', report.ok ? 'nothing lost, nothing duplicated' : 'SOMETHING LOST OR DUPLICATED', ''],
  ];
  const header: [string, string, string] = ['what', 'value', 'detail'];
  const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (r: [string, string, string]) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
