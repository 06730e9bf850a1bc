import { JwtService } from '@nestjs/jwt';
import { DemoTenants } from '@baeum/source-data';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { atLeast, BenchReport, runBench } from '../report';
import { args, call } from '../load';
import { BenchStack, databaseCpuMs, DB_POOL, JWT_SECRET, PGBENCH_SECONDS, pool } from './bench-stack';

/**
 * Confirmed seats per second in a rush: trainees applying at once through the enrollment service
 * (HTTP, token check, eligibility and overlap checks, the cohort's seat lock, the outbox) against
 * pgbench running the equivalent conditional update in the same database, in the same run:
 *
 *   UPDATE cohort SET confirmed = confirmed + 1 WHERE id = :c AND confirmed < capacity;
 *   INSERT application; INSERT outbox row; COMMIT
 *
 * Then the issue's rush as it happens: 1,000 trainees of 5 agencies for 30 seats with quotas.
 *
 *   npm run bench:enrollment-seats [-- --cohorts 20 --applications 6000 --in-flight 32 --past-cohorts 2000]
 */
const options = args();
const COHORTS = Number(options.get('cohorts') ?? 20);
const APPLICATIONS = Number(options.get('applications') ?? 6000);
const IN_FLIGHT = Number(options.get('in-flight') ?? 32);
const PAST_COHORTS = Number(options.get('past-cohorts') ?? 2000);
const TENANT = DemoTenants.seoul.id;
const AGENCIES = ['SEOUL-PLANNING', 'SEOUL-WELFARE', 'GANGNAM-GU', 'MAPO-GU', 'SEOUL-METRO'];
const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256' } });

/** Cohorts straight into the replica (as the cohort events would leave them), each on a day of its own so none overlap. */
let daysUsed = 0;
async function cohorts(
  stack: BenchStack,
  n: number,
  capacity: number,
  quotas: { agencyCode: string; seats: number }[] = [],
): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const reserved = quotas.reduce((sum, q) => sum + q.seats, 0);
  await stack.db.query(
    `INSERT INTO enrollment.cohort_seats (cohort_id, tenant_id, course_id, course_code, course_name_ko, start_date, end_date,
      daily_start_time, daily_end_time, application_closes, cancellation_closes, capacity, reserved_seats)
     SELECT id, $2, gen_random_uuid(), 'RUSH', '러시 과정', current_date + $5::int + n::int, current_date + $5::int + n::int,
       '09:00', '18:00', current_date + 300, current_date + 300, $3, $4
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [ids, TENANT, capacity, reserved, 400 + daysUsed],
  );
  daysUsed += n;
  for (const q of quotas)
    await stack.db.query(`INSERT INTO enrollment.cohort_agency_quota (cohort_id, agency_code, seats) SELECT unnest($1::uuid[]), $2, $3`, [
      ids,
      q.agencyCode,
      q.seats,
    ]);
  return ids;
}

/**
 * An institute some years in: past cohorts (about five years of Seoul's) and their applications,
 * then every table analyzed. The service keeps its statements prepared and PostgreSQL plans them
 * from these statistics, as on a production database, rather than from empty tables.
 */
async function history(stack: BenchStack, cohortCount: number, perCohort: number): Promise<void> {
  await stack.db.query(
    `INSERT INTO enrollment.cohort_seats (cohort_id, tenant_id, course_id, course_code, start_date, end_date, application_closes,
       cancellation_closes, capacity, confirmed, status)
     SELECT gen_random_uuid(), $1, gen_random_uuid(), 'PAST-' || n, d, d + 2, d - 7, d - 7, $3, $3, 'completed'
       FROM generate_series(1, $2::int) n, LATERAL (SELECT current_date - 30 - (n % 1800) AS d) past`,
    [TENANT, cohortCount, perCohort],
  );
  await stack.db.query(
    `INSERT INTO enrollment.application (id, tenant_id, cohort_id, trainee_id, trainee_tenant_id, agency_code, trainee_name, via,
       approval_required, status, applied_at, confirmed_at)
     SELECT gen_random_uuid(), c.tenant_id, c.cohort_id, gen_random_uuid(), c.tenant_id, ($2::text[])[1 + n % 5], '지난 교육생',
       'application', 'none', 'confirmed', c.start_date - 10, c.start_date - 10
       FROM enrollment.cohort_seats c, generate_series(1, $1::int) n WHERE c.course_code LIKE 'PAST-%'`,
    [perCohort, AGENCIES],
  );
}

/** Trainees with accounts (their records already here) and their tokens. */
async function trainees(stack: BenchStack, n: number): Promise<string[]> {
  const users = Array.from({ length: n }, () => randomUUID());
  await stack.db.query(
    `INSERT INTO enrollment.trainee (id, tenant_id, user_id, agency_code, name) ` +
      `SELECT gen_random_uuid(), $2, u, ($3::text[])[1 + (n % 5)], '교육생 ' || n FROM ` +
      `unnest($1::uuid[]) WITH ORDINALITY AS t(u, n)`,
    [users, TENANT, AGENCIES],
  );
  return users.map((sub, i) =>
    jwt.sign({ sub, tid: TENANT, role: 'trainee', agency: AGENCIES[(i + 1) % 5], name: `교육생 ${i + 1}` }, { expiresIn: 3600 }),
  );
}

async function apply(stack: BenchStack, token: string, cohortId: string): Promise<string> {
  // node:http over keep-alive rather than fetch: the load generator shares the two cores with the service.
  const answer = await call(`${stack.url}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ cohortId }),
  });
  if (answer.status !== 201) throw new Error(`application answered ${answer.status}: ${answer.body}`);
  return (JSON.parse(answer.body) as { status: string }).status;
}

async function main() {
  const stack = await BenchStack.start('seats');
  try {
    const f = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(
      `Baeum enrollment seat benchmark: ${APPLICATIONS} applications over ${COHORTS} ` +
        `cohorts, ${IN_FLIGHT} in flight, service pool and pgbench ${DB_POOL} connections`,
    );
    await history(stack, PAST_COHORTS, 30);
    const tokens = await trainees(stack, APPLICATIONS / COHORTS + 1000);
    await stack.db.query('ANALYZE');

    // Warm-up (JIT, connections), then every application takes a seat: the confirmation path alone.
    const warm = await cohorts(stack, 1, 1_000_000);
    await pool(200, IN_FLIGHT, async (i) => void (await apply(stack, tokens[i], warm[0])));
    const open = await cohorts(stack, COHORTS, 1_000_000);
    const perCohort = APPLICATIONS / COHORTS;
    const cpuBefore = stack.cpuMs();
    const databaseCpuBefore = databaseCpuMs();
    let started = performance.now();
    await pool(APPLICATIONS, IN_FLIGHT, async (i) => {
      // Every trainee applies to every cohort once, and neighbouring requests differ in both.
      const trainee = i % perCohort;
      const status = await apply(stack, tokens[trainee], open[(Math.floor(i / perCohort) + trainee) % COHORTS]);
      if (status !== 'confirmed') throw new Error(`expected a seat, got ${status}`);
    });
    const ours = APPLICATIONS / ((performance.now() - started) / 1000);
    const cpuPerApplication = (stack.cpuMs() - cpuBefore) / APPLICATIONS;
    const databaseCpuPerApplication = (databaseCpuMs() - databaseCpuBefore) / APPLICATIONS;

    await stack.db
      .query(`CREATE SCHEMA rush; CREATE TABLE rush.cohort (id int PRIMARY KEY, capacity int NOT NULL, confirmed int NOT NULL DEFAULT 0);
      CREATE TABLE rush.application (id uuid PRIMARY KEY, cohort_id int NOT NULL, trainee_id uuid NOT NULL,
        status text NOT NULL, applied_at timestamptz NOT NULL);
      -- The outbox's shape, indexes and commit notification, on a channel nobody listens to: on the service's
      -- own channel its relay would wake for every pgbench transaction and load the reference with empty looks.
      CREATE TABLE rush.outbox (LIKE enrollment.outbox INCLUDING ALL);
      CREATE FUNCTION rush.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN PERFORM pg_notify('baeum_outbox_rush', ''); RETURN NULL; END $$;
      CREATE TRIGGER outbox_notify AFTER INSERT ON rush.outbox FOR EACH STATEMENT EXECUTE FUNCTION rush.outbox_notify();
      INSERT INTO rush.cohort (id, capacity) SELECT n, 1000000000 FROM generate_series(1, ${COHORTS}) n`);
    const [{ envelope }] = (
      await stack.db.query(`SELECT envelope::text FROM enrollment.outbox WHERE type = 'enrollment.seat.confirmed' LIMIT 1`)
    ).rows;
    const databaseCpuBeforeReference = databaseCpuMs();
    const reference = stack.pgbench(`\\set c random(1, ${COHORTS})
BEGIN;
UPDATE rush.cohort SET confirmed = confirmed + 1 WHERE id = :c AND confirmed < capacity;
INSERT INTO rush.application (id, cohort_id, trainee_id, status, applied_at) VALUES (gen_random_uuid(), :c,
  gen_random_uuid(), 'confirmed', now());
INSERT INTO rush.outbox (id, topic, key, type, envelope, published_at) VALUES (gen_random_uuid(), 'enrollment.seat',
  :c::text, 'enrollment.seat.confirmed', '${envelope.replace(/'/g, "''")}', now());
COMMIT;
`);
    const databaseCpuPerTransaction = (databaseCpuMs() - databaseCpuBeforeReference) / (reference * PGBENCH_SECONDS);
    console.log(`\nEvery application takes a seat (${COHORTS} cohorts)`);
    console.log(
      `  enrollment service: ${f(ours)} confirmed seats/s (${cpuPerApplication.toFixed(1)} ms of its CPU and ` +
        `${databaseCpuPerApplication.toFixed(1)} ms of PostgreSQL's per application)`,
    );
    console.log(
      `  reference, pgbench of the conditional update + application + outbox insert: ${f(reference)} seats/s ` +
        `(${databaseCpuPerTransaction.toFixed(1)} ms of PostgreSQL's CPU per transaction)`,
    );
    console.log(`  ratio: ${(ours / reference).toFixed(2)}`);
    new BenchReport('seat-rush').row({
      name: `confirmed seats through the enrollment service, ${COHORTS} cohorts`,
      figure: { value: ours, unit: 'seats/s' },
      reference: {
        value: reference,
        unit: 'tx/s',
        what: `pgbench of the conditional update + application + outbox insert, ${DB_POOL} clients`,
      },
      measures: {
        'service CPU': { value: cpuPerApplication, unit: 'ms/application' },
        'PostgreSQL CPU': { value: databaseCpuPerApplication, unit: 'ms/application' },
        'PostgreSQL CPU under pgbench': { value: databaseCpuPerTransaction, unit: 'ms/tx' },
      },
      aim: [atLeast('ratio', 0.5)],
    });

    // The issue's rush: 1,000 trainees of 5 agencies at once for 30 seats, 23 of them reserved by quotas.
    const [rush] = await cohorts(stack, 1, 30, [
      { agencyCode: 'SEOUL-PLANNING', seats: 8 },
      { agencyCode: 'SEOUL-WELFARE', seats: 6 },
      { agencyCode: 'GANGNAM-GU', seats: 5 },
      { agencyCode: 'MAPO-GU', seats: 4 },
    ]);
    started = performance.now();
    const outcomes = await Promise.all(tokens.slice(0, 1000).map((t) => apply(stack, t, rush)));
    const seconds = (performance.now() - started) / 1000;
    const confirmed = outcomes.filter((o) => o === 'confirmed').length;
    const { rows } = await stack.db.query(
      `SELECT agency_code, count(*)::int AS n FROM enrollment.application WHERE ` +
        `cohort_id = $1 AND status = 'confirmed' GROUP BY 1 ORDER BY 1`,
      [rush],
    );
    console.log(
      `\n1,000 applications at once for 30 seats with quotas: all answered in ` +
        `${seconds.toFixed(1)} s (${f(1000 / seconds)} applications/s)`,
    );
    console.log(
      `  ${confirmed} confirmed, ${outcomes.length - confirmed} waitlisted; per ` +
        `agency: ${rows.map((r) => `${r.agency_code} ${r.n}`).join(', ')}`,
    );
  } finally {
    await stack.stop();
  }
}

runBench(main);
