import { examinationService } from '@baeum/examination';
import { migrateService } from '@baeum/service-kit';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { atLeast, BenchReport, runBench } from '../report';
import { args, call, closedLoop } from '../load';
import { applicantTokens, applicationBody, fmt, SEOUL, startSeason } from './season-stack';

/**
 * Accepted applications per second through the gateway (gateway → examination → PostgreSQL, with
 * the submitted event in the outbox and the relay publishing it to Kafka), with one and with two
 * examination instances, beside pgbench running the same transaction (the position and exam read,
 * the application insert with its idempotency check, the outbox insert) on a database of the same
 * schema, measured in the same run on the same machine.
 *
 *   npm run bench:examination   (both examination benchmarks), or after a build:
 *   node dist/bench/examination/applications.js [--applications 4000 --concurrency 32 --pg-clients 16 --pg-seconds 15]
 */
const options = args();
const APPLICATIONS = Number(options.get('applications') ?? 4000);
const CONCURRENCY = Number(options.get('concurrency') ?? 32);
const PG_CLIENTS = Number(options.get('pg-clients') ?? 16);
const PG_SECONDS = Number(options.get('pg-seconds') ?? 15);
const PG_URL = process.env.BAEUM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The submission transaction as examination runs it, for pgbench. */
function pgbenchScript(examId: string, positionIds: string[]): string {
  const envelope = JSON.stringify({
    id: randomUUID(),
    type: 'examination.application.submitted',
    version: 1,
    occurredAt: new Date().toISOString(),
    tenantId: SEOUL,
    source: 'examination',
    correlationId: randomUUID(),
    causationId: null,
    payload: {
      applicationId: randomUUID(),
      examId,
      positionId: positionIds[0],
      jobSeries: 'general_admin',
      grade: 9,
      feeAmount: '5000',
      submittedAt: new Date().toISOString(),
    },
  });
  return `\\set pos random(1, ${positionIds.length})
SELECT e.title_ko, e.title_en, p.job_series_ko, e.application_opens_at, e.application_closes_at, e.year,
  e.residency_region_ko, e.residency_cutoff_on::text, p.min_age, p.track, p.fee, p.job_series, p.grade
  FROM examination.position p JOIN examination.exam e ON e.id = p.exam_id
 WHERE p.id = (ARRAY[${positionIds.map((id) => `'${id}'`).join(',')}]::uuid[])[:pos] AND p.exam_id = '${examId}' AND
   p.tenant_id = '${SEOUL}';
BEGIN;
INSERT INTO examination.application (id, tenant_id, exam_id, position_id, applicant_id, idempotency_key, status, name_ko,
  birth_date, phone, resident_since,
  residency_years, track_evidence, veterans_bonus_percent, accommodations, accommodation_status, fee_amount, submitted_at,
    updated_at, paid_at, payment_ref)
VALUES (gen_random_uuid(), '${SEOUL}', '${examId}', (ARRAY[${positionIds.map((id) => `'${id}'`).join(',')}]::uuid[])[:pos],
  gen_random_uuid(), md5(random()::text), 'pending_payment', '김응시', '1998-04-12', '010-1234-5678', NULL,
  NULL, NULL, 0, '[]', 'none', 5000, now(), now(), NULL, NULL) ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO examination.outbox (id, topic, key, type, envelope) VALUES (gen_random_uuid(), 'examination.application',
  gen_random_uuid()::text, 'examination.application.submitted', '${envelope.replace(/'/g, "''")}');
COMMIT;
`;
}

/** pgbench on a fresh database with examination's schema (its own migrations) and one exam. */
async function pgbenchReference(): Promise<number> {
  const database = `baeum_bench_exam_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = withDatabase(PG_URL, database);
  const dir = mkdtempSync(join(tmpdir(), 'baeum-bench-exam-'));
  try {
    await migrateService(examinationService, {
      DATABASE_URL: url,
      REDIS_URL: 'memory',
      MESSAGING_TRANSPORT: 'embedded',
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    const db = new Client({ connectionString: url });
    await db.connect();
    const examId = randomUUID();
    const positionIds = [randomUUID(), randomUUID(), randomUUID()];
    await db.query(
      `INSERT INTO examination.exam (id, tenant_id, kind, year, round_no, title_ko, title_en, announced_on,
        application_opens_at, application_closes_at, cancellation_closes_at, written_exam_on, result_on, selection_planned,
        selection_tentative, budget_line_code)
       VALUES ($1, $2, 'open', 2032, 1, '벤치마크 시험', 'Benchmark exam', current_date, now() - interval '1 hour', now() +
         interval '6 hours', now() + interval '7 hours', current_date + 40, current_date + 80, 30, false, 'RECRUITMENT-EXAMS')`,
      [examId, SEOUL],
    );
    for (const [i, id] of positionIds.entries()) {
      await db.query(
        `INSERT INTO examination.position (id, tenant_id, exam_id, seq, job_series, ` +
          `job_series_ko, grade, openings, track, min_age, fee) VALUES ($1, $2, $3, $4, ` +
          `'general_admin', '일반행정', 9, 10, 'general', 18, 5000)`,
        [id, SEOUL, examId, i + 1],
      );
    }
    await db.end();
    const script = join(dir, 'submit.sql');
    writeFileSync(script, pgbenchScript(examId, positionIds));
    const out = execFileSync('pgbench', ['-n', '-c', String(PG_CLIENTS), '-j', '2', '-T', String(PG_SECONDS), '-f', script, url], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1]);
    if (!tps) throw new Error(`pgbench said:\n${out}`);
    return tps;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

async function throughGateway(instances: number): Promise<{ perSecond: number; p99: number }> {
  const season = await startSeason(instances);
  try {
    const url = `${season.stack.gatewayUrl}/api/exam/applications`;
    const warm = 300;
    const tokens = await applicantTokens(
      season.stack,
      Array.from({ length: APPLICATIONS + warm }, () => randomUUID()),
    );
    const refused = new Map<string, number>();
    const submit = (i: number) =>
      call(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: applicationBody(season, i),
      }).then((r) => {
        if (r.status !== 201)
          refused.set(`${r.status} ${r.body.slice(0, 120)}`, (refused.get(`${r.status} ${r.body.slice(0, 120)}`) ?? 0) + 1);
        return r.status === 201;
      });
    await closedLoop(CONCURRENCY, warm, submit);
    const measured = await closedLoop(CONCURRENCY, APPLICATIONS, (i) => submit(warm + i));
    for (const [answer, count] of refused) process.stdout.write(`    not accepted ×${count}: ${answer}\n`);
    return measured;
  } finally {
    await season.stack.stop();
  }
}

async function main() {
  process.stdout.write(
    `applications: ${fmt(APPLICATIONS)} through the gateway by ${CONCURRENCY} clients; pgbench ${PG_CLIENTS} clients for ${PG_SECONDS} s\n`,
  );
  const report = new BenchReport('applications');
  const reference = await pgbenchReference();
  process.stdout.write(`  reference  pgbench, the same transaction   ${fmt(reference)} tx/s\n`);
  for (const instances of [1, 2]) {
    const { perSecond, p99 } = await throughGateway(instances);
    process.stdout.write(
      `  ${instances} examination instance${instances > 1 ? 's' : ' '}  accepted ` +
        `through the gateway ${fmt(perSecond)} applications/s (p99 ${fmt(p99)} ms)  ` +
        `ratio ${fmt(perSecond / reference, 2)} of pgbench (aim ≥ 0.40)\n`,
    );
    // The aim is one instance's; a second is for information (it adds capacity only where the cores allow).
    report.row({
      name: `accepted applications through the gateway, ${instances} examination instance${instances > 1 ? 's' : ''}`,
      figure: { value: perSecond, unit: 'applications/s' },
      reference: { value: reference, unit: 'tx/s', what: `pgbench of the same transaction, ${PG_CLIENTS} clients` },
      measures: { p99: { value: p99, unit: 'ms' } },
      aim: instances === 1 ? [atLeast('ratio', 0.4)] : undefined,
    });
  }
}

runBench(main);
