import { CoursePublishedV1, EventContract, EventEnvelope, PlanApprovedV1, Topics } from '@baeum/contracts';
import {
  COMPLETIONS_2021_HEADER,
  Completions2021Course,
  completions2021Courses,
  completions2021Lines,
  DemoAgencies,
  DemoTenants,
  seoulHrd2022,
} from '@baeum/source-data';
import { JwtService } from '@nestjs/jwt';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { atLeast, BenchReport, runBench } from '../report';
import { args } from '../load';
import { BenchStack, BROKERS, JWT_SECRET } from './bench-stack';

/**
 * LMS completion records imported per second through the enrollment service — the file streamed
 * over HTTP, every row checked, batches of 5,000 inserted with the import's progress, re-imports
 * skipped — against PostgreSQL's COPY of the same rows into a table of the same shape and
 * indexes, in the same run. The file is the Seoul center's 2021 completions at full scale
 * (113 general courses with 19,773 completions, 191 e-learning courses with 701,273), and the
 * results report printed at the end must give the source's figures.
 *
 *   npm run bench:enrollment-import [-- --scale 1]
 */
const SCALE = Number(args().get('scale') ?? 1);
const TENANT = DemoTenants.seoul.id;
const [total, general, eLearning] = seoulHrd2022.work_report.training_results_2021.results_table.rows;
const AGENCIES = DemoAgencies.filter((a) => a.tenant === 'seoul').map((a) => a.code);
const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256' } });
const token = jwt.sign({ sub: randomUUID(), tid: TENANT, role: 'course_manager', agency: null, name: '벤치' }, { expiresIn: 3600 });
const f = (x: number) => Math.round(x).toLocaleString('en-US');

/** The courses the bench's catalog publishes: as many codes of each type as the source ran. */
const codes = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);

/** The LMS file (the demo's generator, as the LMS exports it) and the same rows as COPY wants them. */
async function writeFiles(dir: string, all: Completions2021Course[]) {
  const lms = createWriteStream(join(dir, 'lms-2021.csv'));
  const copy = createWriteStream(join(dir, 'copy-2021.csv'));
  const write = (stream: NodeJS.WritableStream, text: string) =>
    stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', resolve));
  await write(lms, COMPLETIONS_2021_HEADER);
  const importId = randomUUID();
  let n = 0;
  for (const row of completions2021Lines(all, AGENCIES)) {
    n++;
    await write(lms, `${row}\r\n`);
    await write(copy, `${TENANT},${importId},${row}\n`);
  }
  await Promise.all([new Promise((r) => lms.end(r)), new Promise((r) => copy.end(r))]);
  return { lmsFile: join(dir, 'lms-2021.csv'), copyFile: join(dir, 'copy-2021.csv'), rows: n };
}

async function api<T>(stack: BenchStack, method: string, path: string, body?: unknown): Promise<T> {
  const call = () =>
    fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  // A kept-alive connection the server has just closed fails once; a new one does not.
  const response = await call().catch(call);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface ImportView {
  id: string;
  status: string;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
}

/** Streams the file to a new import, printing its progress as the page's progress bar shows it. */
async function runImport(stack: BenchStack, file: string): Promise<{ view: ImportView; seconds: number }> {
  const totalBytes = statSync(file).size;
  const job = await api<ImportView>(stack, 'POST', '/completion-imports', { fileName: 'lms-2021.csv', totalBytes });
  const started = performance.now();
  let done = false;
  const progress = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 2000));
      const now = await api<ImportView>(stack, 'GET', `/completion-imports/${job.id}`);
      if (!done) process.stdout.write(`    ${((100 * now.bytesRead) / now.totalBytes).toFixed(0)}% — ${f(now.rowsRead)} rows read\n`);
    }
  })();
  const response = await fetch(`${stack.url}/completion-imports/${job.id}/content`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const view = (await response.json()) as ImportView;
  // Timed at the answer, not after the progress printer's next look (up to 2 s later).
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await progress;
  if (view.status !== 'finished') throw new Error(`import ended ${view.status}: ${JSON.stringify(view)}`);
  return { view, seconds };
}

async function publish<P>(stack: BenchStack, events: { contract: EventContract<P>; payload: P }[]) {
  const producer = new Kafka({ clientId: 'enrollment-bench', brokers: BROKERS.split(','), logLevel: logLevel.ERROR }).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  for (const { contract, payload } of events) {
    const envelope: EventEnvelope<P> = {
      id: randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: new Date().toISOString(),
      tenantId: TENANT,
      source: 'curriculum',
      correlationId: randomUUID(),
      causationId: null,
      payload,
    };
    await producer.send({
      topic: stack.topicPrefix + contract.topic,
      messages: [{ key: contract.keyOf(payload), value: JSON.stringify(envelope) }],
    });
  }
  await producer.disconnect();
}

async function main() {
  const stack = await BenchStack.start('import');
  const dir = mkdtempSync(join(tmpdir(), 'baeum-import-bench-'));
  try {
    const all = completions2021Courses(
      { general: codes('G2021', general.actual.courses), e_learning: codes('E2021', eLearning.actual.courses) },
      SCALE,
    );
    // Curriculum's catalog and its 2021 plan versions, as its events bring them.
    await publish(
      stack,
      all.map((c) => ({
        contract: CoursePublishedV1,
        payload: {
          courseId: randomUUID(),
          fiscalYear: 2021,
          code: c.code,
          nameKo: c.code,
          nameEn: c.code,
          educationType: c.educationType,
          fieldCode: c.educationType === 'general' ? 'JOB' : 'E-JOB',
          deliveryMode: c.educationType === 'general' ? 'face_to_face' : 'e_learning',
          hours: 10,
          status: 'continued',
          openToOtherProvinces: false,
          completionMinAttendancePercent: 80,
          completionRequiresAssessment: false,
        } as CoursePublishedV1,
      })),
    );
    const plan = (kind: 'original' | 'changed', versionNo: number, key: 'plan_original' | 'plan_changed') => ({
      contract: PlanApprovedV1,
      payload: {
        planVersionId: randomUUID(),
        fiscalYear: 2021,
        kind,
        versionNo,
        courses: total[key].courses,
        sessions: 0,
        trainees: total[key].trainees,
        byEducationType: [
          { educationType: 'general' as const, courses: general[key].courses, sessions: 0, trainees: general[key].trainees },
          { educationType: 'e_learning' as const, courses: eLearning[key].courses, sessions: 0, trainees: eLearning[key].trainees },
        ],
      },
    });
    await publish(stack, [plan('original', 1, 'plan_original'), plan('changed', 2, 'plan_changed')]);
    for (let n = 0; n < all.length;) {
      await new Promise((r) => setTimeout(r, 500));
      ({
        rows: [{ n }],
      } = await stack.db.query(`SELECT count(*)::int AS n FROM enrollment.course`));
    }

    const { lmsFile, copyFile, rows } = await writeFiles(dir, all);
    console.log(
      `Baeum completion import benchmark: ${f(rows)} LMS completion records ` +
        `(${(statSync(lmsFile).size / 1e6).toFixed(1)} MB), the Seoul center's 2021 ` +
        `completions${SCALE === 1 ? '' : ` × ${SCALE}`}`,
    );
    // Each measured write starts from a checkpoint of its own: one that earlier runs' WAL would
    // bring on mid-way (it slows every write after it by a quarter) falls on neither by chance.
    await stack.db.query('CHECKPOINT');
    const first = await runImport(stack, lmsFile);
    const ours = rows / first.seconds;
    const again = await runImport(stack, lmsFile);

    await stack.db.query(`CREATE SCHEMA ref; CREATE TABLE ref.completion_record (LIKE enrollment.completion_record INCLUDING ALL)`);
    await stack.db.query('CHECKPOINT');
    let started = performance.now();
    execFileSync('psql', [
      stack.databaseUrl,
      '-q',
      '-c',
      `\\copy ref.completion_record (tenant_id, import_id, course_code, agency_code, ` +
        `employee_no, trainee_name, completed_on, progress_percent) FROM '${copyFile}' ` +
        `CSV`,
    ]);
    const copy = rows / ((performance.now() - started) / 1000);

    console.log(
      `\n  enrollment service, streamed and checked: ${f(ours)} rows/s ` +
        `(${first.seconds.toFixed(1)} s; ${f(first.view.imported)} imported, ` +
        `${first.view.rejected} refused)`,
    );
    console.log(
      `  the same file again: ${again.seconds.toFixed(1)} s, ${f(again.view.imported)} imported, ${f(again.view.duplicates)} already there`,
    );
    console.log(`  reference, PostgreSQL COPY of the same rows into a table of the same shape and indexes: ${f(copy)} rows/s`);
    console.log(`  ratio: ${(ours / copy).toFixed(2)}`);
    new BenchReport('completion-import').row({
      name: `completion records streamed, checked and imported (${f(rows)} rows)`,
      figure: { value: ours, unit: 'rows/s' },
      reference: { value: copy, unit: 'rows/s', what: 'PostgreSQL COPY of the same rows, same shape and indexes' },
      aim: [atLeast('ratio', 0.6)],
    });

    started = performance.now();
    const report = await api<{
      rows: {
        id: string;
        planOriginal: { courses: number; trainees: number };
        planChanged: { courses: number; trainees: number };
        actual: { courses: number; trainees: number };
      }[];
    }>(stack, 'GET', '/reports/results?year=2021');
    console.log(`\n  the 2021 results report (${((performance.now() - started) / 1000).toFixed(1)} s), against the source's table:`);
    const source = { total, general, e_learning: eLearning } as const;
    for (const row of report.rows) {
      const printed = source[row.id as keyof typeof source];
      const figures = (x: { courses: number; trainees: number }) => `${f(x.courses)} / ${f(x.trainees)}`;
      const same =
        SCALE !== 1 ||
        (figures(row.planOriginal) === figures(printed.plan_original) &&
          figures(row.planChanged) === figures(printed.plan_changed) &&
          figures(row.actual) === figures(printed.actual));
      console.log(
        `    ${printed.label_ko.padEnd(5)} plan ${figures(row.planOriginal)} → ` +
          `${figures(row.planChanged)}; actual ${figures(row.actual)}  ` +
          `${same ? 'as printed' : `printed ${figures(printed.actual)}`}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await stack.stop();
  }
}

runBench(main);
