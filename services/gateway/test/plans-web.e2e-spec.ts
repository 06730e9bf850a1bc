import { seoulHrd2022 } from '@baeum/source-data';
import {
  newAppPage,
  seriousAxeViolations,
  settled,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
  type ServiceStack,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';

/**
 * The work report's plans in a real browser against the whole system: the exam officer reads
 * 4-2's career recruitment plan and 4-3's assessment plan of 2022 with the source's figures per
 * quarter beside what was held, from the menu, in Korean and English, axe clean; the finance
 * officer reads 2-7's international training and 3-3's facility projects under the execution
 * report's quarterly table, and the planner 2-7's international courses per quarter on the plans page.
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let browser: Browser;

type Row = { metric: string; total: number; q1: number; q2: number; q3: number; q4: number };
const programme = (id: string) => seoulHrd2022.work_report.programs.find((p) => p.id === id) as unknown as Record<string, any>;
const printed = (id: string, metric: string): Row => programme(id).quarterly_plan.rows.find((r: Row) => r.metric === metric);
const quarters = (row: Row) => [row.q1, row.q2, row.q3, row.q4];
const thousands = (n: number) => n.toLocaleString('en-US');

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function signedIn(email: string, lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang });
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);
  return page;
}

const cells = async (page: Page, prefix: string) =>
  Promise.all(['q1', 'q2', 'q3', 'q4', 'total'].map(async (q) => (await page.getByTestId(`${prefix}-${q}`).textContent())?.trim()));

it("shows 4-2's career recruitment plan of 2022 per quarter as the source prints it, beside the exams held", async () => {
  const page = await signedIn('exam@seoul-hrd.example');
  const watch = watchPage(page);
  await page.getByTestId('nav-exam-recruitment-plan').click();
  await page.getByTestId('exam-recruitment-plan').waitFor();
  await page.getByTestId('recruitment-plan-year').selectOption('2022');
  await page.waitForURL(/fiscalYear=2022/);
  await page.getByTestId('recruitment-plan-table').waitFor();
  await settled(page);
  const selections = printed('4-2', 'selections');
  const rounds = printed('4-2', 'rounds');
  expect(await cells(page, 'recruitment-plan-table-plannedSelections')).toEqual(
    [...quarters(selections), selections.total].map((n) => `${n}명`),
  );
  expect(await cells(page, 'recruitment-plan-table-plannedRounds')).toEqual([...quarters(rounds), rounds.total].map((n) => `${n}회`));
  expect(await page.getByTestId('recruitment-plan-table-heldRounds').isVisible()).toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});

it("shows 4-3's assessment plan of 2022 per grade and quarter, grade 5's cells without a quarter named, in Korean and English", async () => {
  const rows = programme('4-3').assessment.quarterly_plan.rows as Record<string, any>[];
  const grade = (g: number) => rows.find((r) => r.grade === g)!;
  const page = await signedIn('exam@seoul-hrd.example');
  const watch = watchPage(page);
  await page.goto(`${stack.gatewayUrl}/exam-assessment-plan?fiscalYear=2022`);
  await page.getByTestId('assessment-plan-4').waitFor();
  await settled(page);
  const four = grade(4);
  expect(await cells(page, 'assessment-plan-4-planned')).toEqual([
    ...['q1', 'q2', 'q3', 'q4'].map((q) => (four[q].rounds === null ? four[q].printed : `${four[q].rounds}회(${four[q].candidates}명)`)),
    `${four.total.rounds}회(${four.total.candidates}명)`,
  ]);
  const five = grade(5);
  expect(await page.getByTestId('assessment-plan-5-planned-total').textContent()).toBe(
    `${five.total.rounds}회(${thousands(five.total.candidates)}명)`,
  );
  expect(await page.getByTestId('assessment-plan-5-unplaced').textContent()).toContain(
    five.quarter_cells_in_order.map((c: { rounds: number; candidates: number }) => `${c.rounds}회(${c.candidates}명)`).join(', '),
  );
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();

  const english = await signedIn('exam@seoul-hrd.example', 'en');
  await english.goto(`${stack.gatewayUrl}/exam-assessment-plan?fiscalYear=2022`);
  await english.getByTestId('assessment-plan-4').waitFor();
  await settled(english);
  expect(await english.getByTestId('assessment-plan-4-planned-q2').textContent()).toBe('3 (60 candidates)');
  expect(await english.getByTestId('page-title').textContent()).toContain('Competency assessment plan 2022');
  expect(await untranslatedKorean(english)).toEqual([]);
  expect(await seriousAxeViolations(english)).toEqual([]);
  await english.context().close();
});

it("shows 2-7's international training budget and 3-3's facility projects per quarter under the execution report", async () => {
  const page = await signedIn('finance@seoul-hrd.example');
  const watch = watchPage(page);
  await page.goto(`${stack.gatewayUrl}/finance-report?fiscalYear=2022&asOf=2022-12-31`);
  await page.getByTestId('report-programmes').waitFor();
  await settled(page);
  const budget = printed('2-7', 'budget_thousand_krw');
  const planOf = async (key: string) =>
    Promise.all([1, 2, 3, 4].map(async (q) => (await page.getByTestId(`programme-plan-${key}-q${q}`).textContent())!.split('/')[1].trim()));
  expect(await planOf('2-7-budget')).toEqual(quarters(budget).map(thousands));
  expect(await page.getByTestId('programme-plan-2-7-budget-plan').textContent()).toBe(thousands(budget.total));
  expect(await page.getByTestId('programme-plan-2-7-budget-actual').textContent()).toBe('본 예산 밖');
  expect(await planOf('3-3-counts')).toEqual(quarters(printed('3-3', 'projects')).map(String));
  expect(await planOf('3-3-budget')).toEqual(quarters(printed('3-3', 'budget_thousand_krw')).map(thousands));
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});

it("shows 2-7's international courses per quarter beside the plan's lines, out of its totals", async () => {
  const page = await signedIn('planner@seoul-hrd.example');
  const watch = watchPage(page);
  await page.goto(`${stack.gatewayUrl}/plans`);
  await page.getByTestId('plan-quarters-apart').waitFor();
  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  const sessions = quarters(printed('2-7', 'sessions'));
  const trainees = quarters(printed('2-7', 'trainees'));
  const row = await page.getByTestId('plan-quarters-apart-row').first().innerText();
  for (const [q, n] of sessions.entries()) expect(row).toContain(`${n}회 ${trainees[q]}명`);
  expect(row).toContain(`${printed('2-7', 'sessions').total}회 ${printed('2-7', 'trainees').total}명`);
  // The budget to spend per quarter (예산집행 계획, printed in thousands of won) under each quarter's plan.
  for (const inThousands of quarters(printed('2-7', 'budget_thousand_krw')))
    expect(row).toContain(`예산 ${thousands(inThousands * 1000)}원`);
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});
