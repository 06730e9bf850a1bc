import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { below, BenchReport, runBench } from '../report';
import { args, call, closedLoop, fixedRate, RateResult } from '../load';
import { freePort } from '@baeum/testing';
import { applicantTokens, fmt, SEOUL, startSeason } from './season-stack';

/**
 * Results lookups (합격자 조회) through the gateway, answered from the results examination published
 * to Redis with per-applicant rate limits, with one and with two gateway instances (the gateway is
 * what answers them: one instance keeps one core busy, and a second takes the other); beside a bare
 * Node HTTP server, NestJS with one route and nothing else on Express and on Fastify (the framework's
 * own ceiling), and `redis-benchmark` GET, measured in the same run on the same machine. With two,
 * the load goes to each instance in turn, as a load balancer in front of them would. Two measures:
 * lookups per second and p99 latency at a fixed arrival rate (open loop), and the most lookups per
 * second 64 clients get (closed loop). Every applicant has looked up once before, as on result day
 * after the first minute.
 *
 *   npm run bench:examination   (both examination benchmarks), or after a build:
 *   node dist/bench/examination/results-lookup.js [--rate 3300 --seconds 10 --applicants 4000]
 */
const options = args();
/** The results minute of a national exam: about 200,000 lookups in a minute (issue 15), which the load generator here reaches. */
const RATE = Number(options.get('rate') ?? 3300);
const SECONDS = Number(options.get('seconds') ?? 10);
const APPLICANTS = Number(options.get('applicants') ?? 4000);
const CLIENTS = 64;
const CAPACITY_REQUESTS = 6000;
const REDIS_URL = new URL(process.env.BAEUM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

/** What a lookup answers, for the bare server to send back. */
const ANSWER = JSON.stringify({
  examId: randomUUID(),
  examTitleKo: '2032년도 제1회 서울특별시 지방공무원 임용시험',
  examTitleEn: 'Benchmark exam',
  examNumber: '10100001',
  positionLabelKo: '일반행정 9급',
  written: { published: true, publishAt: new Date().toISOString(), result: 'pass' },
  final: { published: false, publishAt: null },
});

interface Measured {
  atRate: RateResult;
  capacity: number;
}

/** A reference server started as its own process (`args` given its port), measured as the gateway is. */
async function referenceServer(args: (port: number) => string[]): Promise<Measured> {
  const port = await freePort();
  const child = spawn(process.execPath, args(port), { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout!.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`reference server ${args(port).join(' ')} exited (${code}) before it listened`)));
  });
  try {
    const url = `http://127.0.0.1:${port}/results`;
    const send = () => call(url).then((r) => r.status === 200);
    await closedLoop(16, 2000, send);
    const atRate = await fixedRate(RATE, SECONDS, send);
    return { atRate, capacity: (await closedLoop(CLIENTS, CAPACITY_REQUESTS * 4, send)).perSecond };
  } finally {
    child.kill();
  }
}

const bareNode = () =>
  referenceServer((port) => [
    '-e',
    `require('http').createServer((q, s) => { s.setHeader('content-type', ` +
      `'application/json'); s.end(${JSON.stringify(ANSWER)}); }).listen(${port}, ` +
      `'127.0.0.1', () => console.log('up'))`,
  ]);

/** NestJS with the one route and nothing else, on the adapter given: the framework's own ceiling. */
const bareNest = (adapter: 'express' | 'fastify') =>
  referenceServer((port) => [join(__dirname, 'bare-nest.js'), '--adapter', adapter, '--port', String(port), '--answer', ANSWER]);

function redisBenchmark(): number {
  const out = execFileSync(
    'redis-benchmark',
    ['-h', REDIS_URL.hostname, '-p', REDIS_URL.port || '6379', '-t', 'get', '-n', '100000', '-c', '50', '-q'],
    { encoding: 'utf8' },
  );
  const perSecond = Number(/GET: ([\d.]+) requests per second/.exec(out)?.[1]);
  if (!perSecond) throw new Error(`redis-benchmark said:\n${out}`);
  return perSecond;
}

async function throughGateway(gateways: number): Promise<Measured> {
  const season = await startSeason(1, { instances: { gateway: gateways } });
  try {
    // Published written results for every applicant, straight into examination's database.
    const applicants = Array.from({ length: APPLICANTS }, () => randomUUID());
    await season.stack.query(
      'examination',
      `INSERT INTO examination.application (id, tenant_id, exam_id, position_id, applicant_id, idempotency_key, status,
        name_ko, birth_date, phone, veterans_bonus_percent,
          accommodations, accommodation_status, fee_amount, submitted_at, updated_at, paid_at, payment_ref, exam_number, written_result)
       SELECT gen_random_uuid(), $1, $2, ($3::uuid[])[1 + u.i % 3], u.id, md5(u.i::text), 'paid', '김응시', '1998-04-12', '010-1234-5678', 0,
              '[]', 'none', 5000, now(), now(), now(), 'bench', lpad(u.i::text, 8, '0'), CASE WHEN u.i % 4 = 0 THEN 'pass' ELSE 'fail' END
         FROM unnest($4::uuid[]) WITH ORDINALITY AS u(id, i)`,
      [SEOUL, season.examId, season.positionIds, applicants],
    );
    await season.stack.query(
      'examination',
      `INSERT INTO examination.publication (exam_id, stage, tenant_id, publish_at, ` +
        `positions, passed) VALUES ($1, 'written', $2, now() - interval '1 minute', 3, ` +
        `$3)`,
      [season.examId, SEOUL, Math.floor(APPLICANTS / 4)],
    );
    const tokens = await applicantTokens(season.stack, applicants);
    const urls = Array.from({ length: gateways }, (_, g) => `${season.stack.instanceUrl('gateway', g)}/api/exam/results/${season.examId}`);
    const lookup = (i: number) =>
      call(urls[i % gateways], { headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } }).then((r) => r.status === 200);
    await closedLoop(16, APPLICANTS, lookup);
    const atRate = await fixedRate(RATE, SECONDS, (i) => lookup(i + 7));
    // Each applicant asks a few more times at most: well inside their limit of 60 a minute.
    return { atRate, capacity: (await closedLoop(CLIENTS, CAPACITY_REQUESTS, (i) => lookup(i + 13))).perSecond };
  } finally {
    await season.stack.stop();
  }
}

async function main() {
  process.stdout.write(
    `results lookups: ${fmt(RATE)}/s offered for ${SECONDS} s, then as many as ${CLIENTS} clients get; ${fmt(APPLICANTS)} applicants\n`,
  );
  const report = new BenchReport('results-lookup');
  const bare = await bareNode();
  process.stdout.write(
    `  reference  bare Node HTTP server           at ${fmt(RATE)}/s: ` +
      `${fmt(bare.atRate.perSecond)}/s, p99 ${fmt(bare.atRate.p99, 1)} ms; most ` +
      `${fmt(bare.capacity)}/s\n`,
  );
  // The framework's own ceiling, to tell its share of the gateway's time from the gateway's work.
  for (const adapter of ['express', 'fastify'] as const) {
    const nest = await bareNest(adapter);
    const label = `bare NestJS on ${adapter === 'express' ? 'Express' : 'Fastify'}`;
    process.stdout.write(
      `  reference  ${label.padEnd(31)} at ${fmt(RATE)}/s: ${fmt(nest.atRate.perSecond)}/s, ` +
        `p99 ${fmt(nest.atRate.p99, 1)} ms; most ${fmt(nest.capacity)}/s — ${fmt(nest.capacity / bare.capacity, 2)} of bare Node\n`,
    );
    report.row({
      name: `${label}, one route and nothing else, at ${fmt(RATE)}/s offered`,
      figure: { value: nest.atRate.perSecond, unit: 'lookups/s' },
      reference: { value: bare.atRate.perSecond, unit: 'lookups/s', what: `bare Node HTTP server at ${fmt(RATE)}/s` },
      measures: { p99: { value: nest.atRate.p99, unit: 'ms' } },
    });
    report.row({
      name: `${label}, one route and nothing else, most ${CLIENTS} clients get`,
      figure: { value: nest.capacity, unit: 'lookups/s' },
      reference: { value: bare.capacity, unit: 'lookups/s', what: `bare Node HTTP server, ${CLIENTS} clients` },
    });
  }
  const redis = redisBenchmark();
  process.stdout.write(`  reference  redis-benchmark GET (50 clients) ${fmt(redis)}/s\n`);
  for (const gateways of [1, 2]) {
    const r = await throughGateway(gateways);
    process.stdout.write(
      `  ${gateways} gateway instance${gateways > 1 ? 's' : ' '}  at ` +
        `${fmt(RATE)}/s: ${fmt(r.atRate.perSecond)}/s ` +
        `(${fmt(r.atRate.completed - r.atRate.ok)} not 200), p99 ${fmt(r.atRate.p99, 1)} ` +
        `ms — ratio ${fmt(r.atRate.perSecond / bare.atRate.perSecond, 2)} of bare Node ` +
        `(aim ≥ 0.50, p99 < 50 ms); most ${fmt(r.capacity)}/s — ` +
        `${fmt(r.capacity / bare.capacity, 2)} of bare Node, ` +
        `${fmt(r.capacity / redis, 3)} of redis GET\n`,
    );
    const gateway = `${gateways} gateway instance${gateways > 1 ? 's' : ''}`;
    // The aim: p99 under 50 ms at the offered rate (issue 15); the ceilings beside it are for information.
    report.row({
      name: `results lookups at ${fmt(RATE)}/s offered, ${gateway}`,
      figure: { value: r.atRate.perSecond, unit: 'lookups/s' },
      reference: { value: bare.atRate.perSecond, unit: 'lookups/s', what: `bare Node HTTP server at ${fmt(RATE)}/s` },
      measures: { p99: { value: r.atRate.p99, unit: 'ms' }, 'not 200': { value: r.atRate.completed - r.atRate.ok, unit: '' } },
      aim: [below('p99', 50)],
    });
    report.row({
      name: `results lookups, most ${CLIENTS} clients get, ${gateway}`,
      figure: { value: r.capacity, unit: 'lookups/s' },
      reference: { value: bare.capacity, unit: 'lookups/s', what: `bare Node HTTP server, ${CLIENTS} clients` },
    });
  }
}

runBench(main);
