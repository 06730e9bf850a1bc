import {
  ApiClient,
  budgetLinesReplicated,
  EmbeddedProcess,
  eventually,
  launchChromium,
  repoRoot,
  saveScreenshot,
  signInToApp,
} from '@baeum/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * `npm start`'s embedded mode: PGlite and the outbox-log transport in one process. The walking
 * skeleton through the gateway, the web app in headless Chromium, and a restart that keeps data.
 */
const PASSWORD = 'Baeum!2022';
let dataDir: string;
let embedded: EmbeddedProcess;
let browser: Browser | undefined;
let cohortId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'baeum-embedded-'));
  const started = await EmbeddedProcess.start(dataDir);
  embedded = started.process;
  process.stdout.write(`embedded mode ready in ${(started.readyMs / 1000).toFixed(1)} s (first start, empty data folder)\n`);
  // The seeded budget lines reach curriculum through the outbox log; the tests schedule cohorts on them.
  await budgetLinesReplicated(async (_service, sql) => {
    const db = new Client({ connectionString: readFileSync(join(dataDir, 'postgres-url'), 'utf8') });
    await db.connect();
    try {
      return (await db.query(sql)).rows;
    } finally {
      await db.end();
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts on an empty data folder without logging an error, in lines a person reads', async () => {
  // Every service has migrated and its consumers have polled the others' logs by now (the budget lines arrived).
  expect(embedded.log).toContain('배움 Baeum is ready');
  expect(embedded.log).not.toMatch(/\bERROR\b|"level":\s*"?(error|50)/);
  expect(embedded.log.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);
});

it('runs the walking skeleton: a scheduled cohort gets its seats and its commitment', async () => {
  const manager = await new ApiClient(embedded.url).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  const course = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER');
  const created = await manager.post('/api/cohorts', {
    courseId: course.id,
    startDate: '2027-03-02',
    endDate: '2027-03-06',
    capacity: 40,
    estimatedCost: 15_500_000,
    budgetLineCode: 'NEWCOMER',
  });
  expect(created.status).toBe(201);
  cohortId = created.body.id;
  const view = await eventually(
    async () => {
      const { body } = await manager.get(`/api/cohorts/${cohortId}`);
      return body.committedAmount !== null && body.seatsFree !== null ? body : undefined;
    },
    { what: 'seats and commitment in embedded mode' },
  );
  expect(view).toMatchObject({ seatsFree: 40, committedAmount: '15500000' });
  const trainee = await new ApiClient(embedded.url).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
  expect((await trainee.post('/api/cohorts', {})).status).toBe(403);
  expect((await new ApiClient(embedded.url).get('/api/cohorts')).status).toBe(401);
});

it('lets a course manager sign in and schedule a cohort in the web app, in Korean', async () => {
  browser = await launchChromium();
  const page = await browser.newPage({ locale: 'ko-KR', viewport: { width: 1366, height: 900 } });
  await signInToApp(page, embedded.url, 'manager@seoul-hrd.example', PASSWORD);
  await page.locator('form[data-testid="cohort-form"]').waitFor({ timeout: 120_000 });
  expect(await page.getByTestId('current-user').textContent()).toContain('김교육');

  // A bad form is refused with the field named, in Korean, beside the field.
  await page.getByTestId('cohort-capacity').fill('0');
  await page.getByTestId('cohort-form-submit').click();
  await page.getByTestId('cohort-capacity-error').filter({ hasText: '1 이상으로 입력하세요.' }).waitFor();

  await page.locator('[data-testid="cohort-course-year"] option[value="2022"]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.getByTestId('cohort-course-year').selectOption('2022');
  await page
    .locator('[data-testid="cohort-course"] option[value="c0a00000-0000-4000-8000-000000000204"]')
    .waitFor({ state: 'attached', timeout: 120_000 });
  await page.getByTestId('cohort-course').selectOption('c0a00000-0000-4000-8000-000000000204'); // 핵심가치 교육과정 (demo seed)
  await page.getByTestId('cohort-start').fill('2027-04-05');
  await page.getByTestId('cohort-end').fill('2027-04-05');
  await page.getByTestId('cohort-capacity').fill('50');
  await page.getByTestId('cohort-cost').fill('3250000');
  await page.getByTestId('cohort-budget-line').selectOption('CORE-VALUES');
  await page.getByTestId('cohort-form-submit').click();
  await page.getByTestId('cohort-form-status').locator('[role="status"]', { hasText: '핵심가치 교육과정' }).waitFor({ timeout: 120_000 });

  // The new cohort shows with its committed budget and free seats once finance and enrollment have heard of it.
  const row = page.getByTestId('cohort-row').filter({ hasText: '핵심가치 교육과정' }).filter({ hasText: '2027. 4. 5.' });
  await row.getByTestId('cohort-committed').filter({ hasText: '3,250,000원' }).waitFor({ timeout: 120_000 });
  await row.getByTestId('cohort-seats-free').filter({ hasText: '50' }).waitFor({ timeout: 120_000 });
  await saveScreenshot(page, join(process.env.BAEUM_SCREENSHOT_DIR ?? dataDir, 'cohorts.png'));
});

it('keeps its data across a restart', async () => {
  expect(await embedded.stop()).toBe(0);
  const restarted = await EmbeddedProcess.start(dataDir);
  embedded = restarted.process;
  const manager = await new ApiClient(embedded.url).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  const { body } = await manager.get(`/api/cohorts/${cohortId}`);
  expect(body).toMatchObject({ id: cohortId, seatsFree: 40, committedAmount: '15500000' });
  const all = await manager.get('/api/cohorts');
  expect(all.body.length).toBeGreaterThanOrEqual(2);
  process.stdout.write(
    `embedded mode restarted in ${(restarted.readyMs / 1000).toFixed(1)} s; resident memory ${embedded.residentMb()} MB\n`,
  );
});

/** The dead-letter tool on the embedded log: list, fix the cause, replay. */
it('dead-letters what it cannot consume and replays it on request', async () => {
  const db = new Client({ connectionString: readFileSync(join(dataDir, 'postgres-url'), 'utf8') });
  await db.connect();
  const dlq = (...args: string[]) =>
    promisify(execFile)(process.execPath, [
      join(repoRoot(), 'dist', 'libs', 'messaging', 'src', 'cli', 'dead-letters.js'),
      ...args,
      '--embedded',
      dataDir,
    ]);
  try {
    const cohortId = randomUUID();
    const envelope = {
      id: randomUUID(),
      type: 'curriculum.cohort.scheduled',
      version: 1,
      occurredAt: new Date().toISOString(),
      tenantId: '5e0a0000-0000-4000-8000-000000000001',
      source: 'test',
      correlationId: randomUUID(),
      causationId: null,
      payload: {
        cohortId,
        courseId: randomUUID(),
        courseCode: 'ICT',
        courseNameKo: '정보통신',
        startDate: '2031-02-03',
        endDate: '2031-02-04',
        capacity: 20,
        estimatedCost: '700000',
        budgetLineCode: 'ICT',
      },
    };
    // A broken envelope and an event finance cannot book yet (no 2031 budget) enter the log.
    await db.query(
      `INSERT INTO curriculum.outbox (id, topic, key, type, envelope)
       VALUES ($1, 'curriculum.cohort', 'poison', 'x', '{"id": "x"}'), ($2, 'curriculum.cohort', $3, $4, $5)`,
      [randomUUID(), envelope.id, cohortId, envelope.type, JSON.stringify(envelope)],
    );
    const letters = await eventually(
      async () => {
        const { stdout } = await dlq('list', 'finance');
        const found = stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line));
        return found.length === 2 ? found : undefined;
      },
      { what: 'two dead letters in finance' },
    );
    expect(letters.map((l) => l.error)).toEqual([
      expect.stringContaining('invalid envelope'),
      expect.stringContaining('does not exist for fiscal year 2031'),
    ]);
    // Enrollment had no reason to refuse the good event.
    expect((await db.query('SELECT capacity FROM enrollment.cohort_seats WHERE cohort_id = $1', [cohortId])).rows).toEqual([
      { capacity: 20 },
    ]);

    await db.query(
      `INSERT INTO finance.budget_line (id, tenant_id, fiscal_year, code, name_ko, name_en, amount)
       VALUES ($1, $2, 2031, 'ICT', '정보통신', 'ICT', 10000000)`,
      [randomUUID(), envelope.tenantId],
    );
    await dlq('replay', 'finance', letters[1].position);
    const booked = await eventually(
      async () => {
        const { rows } = await db.query('SELECT amount::text FROM finance.commitment WHERE cohort_id = $1', [cohortId]);
        return rows.length ? rows : undefined;
      },
      { what: 'the replayed commitment' },
    );
    expect(booked).toEqual([{ amount: '700000' }]);
  } finally {
    await db.end();
  }
});
