import { SeoulBudgetLineCodes, seoulHrd2022 } from '@baeum/source-data';
import {
  focusComesTo,
  ApiClient,
  launchChromium,
  overflowingElements,
  saveScreenshot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  watchPage,
  WEB_APP_ENV,
} from '@baeum/testing';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

/**
 * The finance screens of the web app (apps/web) in a real browser against the whole system: the
 * execution report of 2022-01-31 with its charts and downloads (the old page's flow), the budget
 * book, a line's ledger and every action on it, the quarterly plan editor, the findings of the
 * user test each shown fixed, and a smoke test of every screen for every role with axe.
 */
const PASSWORD = 'Baeum!2022';
const shots = process.env.BAEUM_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
/** A year with a book that no other test here reads the figures of: the line and plan flows change it. */
const WORK_YEAR = 2027;
const HANGUL = /[가-힣]/;

let stack: ServiceStack;
let browser: Browser;
let finance: ApiClient;

const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date()));

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // As the old page's test did: January 2022 is booked here, through the API, not by the demo seed.
  stack = await ServiceStack.start({ env: { gateway: WEB_APP_ENV, finance: { SEED_DEMO_EXECUTION: 'false' } } });
  finance = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'finance@seoul-hrd.example', PASSWORD);
  await bookJanuary2022();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The commitments behind the work report's 2022-01-31 execution figures, as the old test booked them. */
async function bookJanuary2022(): Promise<void> {
  type SourceRow = { level: string; id: string; label_ko: string; executed: number; children?: SourceRow[] };
  const rows = (node: SourceRow): SourceRow[] => [node, ...(node.children ?? []).flatMap(rows)];
  const codes: Record<string, string> = SeoulBudgetLineCodes;
  const commit = async (code: string, amount: number, bookedOn: string, reason: string) => {
    const { status, body } = await finance.post(`/api/finance/books/2022/lines/${code}/commitments`, { amount, bookedOn, reason });
    expect([code, status]).toEqual([code, 201]);
    return body;
  };
  for (const unit of rows(seoulHrd2022.work_report.budget_2022.expenditure.tree as SourceRow).filter(
    (r) => r.level === 'unit' && r.executed > 0,
  )) {
    const won = unit.executed * 1000;
    const parts = won > 100_000_000 ? [won - 60_000_000, 60_000_000] : [won];
    for (const [i, amount] of parts.entries())
      await commit(codes[unit.id], amount, `2022-01-${String(10 + i * 10)}`, `1월 원인행위 ${i + 1} — ${unit.label_ko}`);
  }
  const mistaken = await commit('NEWCOMER', 5_000_000, '2022-01-12', '중복 계약');
  expect(
    (
      await finance.post(`/api/finance/commitments/${mistaken.id}/releases`, {
        amount: 5_000_000,
        bookedOn: '2022-01-20',
        reason: '중복 계약 해제',
      })
    ).status,
  ).toBe(201);
  await commit('ELEARNING', 1_000_000, '2022-02-03', '2월 콘텐츠 라이선스');
}

async function newPage(options: { width?: number; lang?: 'ko' | 'en' } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ko-KR',
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  if (options.lang === 'en')
    await context.addInitScript(() =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('baeum.lang', 'en'),
    );
  return context.newPage();
}

async function signedIn(email: string, options: { width?: number; lang?: 'ko' | 'en' } = {}): Promise<Page> {
  const page = await newPage(options);
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);
  return page;
}

const open = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}${path}`);

/** Waits until nothing on the page says it is loading (tables, charts, the screen itself). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document } = globalThis as any;
    return !Array.from(document.querySelectorAll('.state-line') as ArrayLike<{ textContent: string }>).some((e) =>
      /불러오는 중|Loading/.test(e.textContent ?? ''),
    );
  });
}

/** Waits until the element is wholly inside the window (the page scrolls smoothly to it). */
async function seenInWindow(locator: Locator): Promise<void> {
  await locator.evaluate(
    (el: any) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const box = el.getBoundingClientRect();
          // A pixel's fraction past the edge is still in view.
          if (box.top >= -1 && box.bottom <= (globalThis as any).innerHeight + 1) return resolve();
          if (Date.now() - started > 10_000)
            return reject(new Error(`not in the window: top ${box.top}, bottom ${box.bottom}, window ${(globalThis as any).innerHeight}`));
          (globalThis as any).requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** The page's own words: headings, column heads, labels, buttons, captions and hints. */
const uiWords = (page: Page) =>
  page.locator('main').locator('h1, h2, h3, thead th, label, button, legend, caption, figcaption, .form-hint, dt').allInnerTexts();

/** A screenshot of the whole page from its top (the header sticks, so a scrolled page would show it midway). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (globalThis as any).scrollTo({ top: 0, behavior: 'instant' }));
  await saveScreenshot(page, join(shots, name));
}

const text = async (locator: Locator) => (await locator.textContent())?.trim();
const mainText = (page: Page) => page.locator('main').innerText();

describe('the execution report (예산 집행 현황)', () => {
  it('shows the 2022-01-31 table and its charts with their figures, and downloads it as .xlsx and CSV, in Korean', async () => {
    const page = await signedIn('finance@seoul-hrd.example');
    const watch = watchPage(page);
    await page.getByTestId('nav-finance-report').click();
    await page.getByTestId('report-year').locator('option[value="2022"]').waitFor({ state: 'attached' });
    await page.getByTestId('report-year').selectOption('2022');
    await page.getByTestId('report-asof').fill('2022-01-31');
    await page.getByTestId('report-query-submit').click();
    await page.waitForURL(/fiscalYear=2022&asOf=2022-01-31/);

    const total = page.getByTestId('report-row-TOTAL');
    await total.getByTestId('report-executed').filter({ hasText: '1,272,398' }).waitFor();
    expect(await text(total.getByTestId('report-execution-rate'))).toBe('9.1%');
    expect(await text(page.getByTestId('report-row-ASSESSMENT-OPS').getByTestId('report-execution-rate'))).toBe('0.02%');
    expect(await text(page.getByTestId('report-notes'))).toContain('0.02%');
    expect(await text(page.getByTestId('report-headline'))).toContain('14,019백만원');
    expect(await text(page.getByTestId('page-title'))).toBe('2022회계연도 예산 집행 현황');

    // Execution over time: January has begun, February not; the plan is there at each quarter's end.
    const months = page.getByTestId('report-chart-table').locator('tbody tr');
    await months.first().waitFor();
    expect(await months.count()).toBe(12);
    const cells = async (row: number) => months.nth(row).locator('td').allTextContents();
    expect((await cells(0))[0]).toBe('1,272,398');
    expect(await cells(1)).toEqual(['', '']);
    for (const quarterEnd of [2, 5, 8, 11]) expect((await cells(quarterEnd))[1]).toMatch(/^\d{1,3}(,\d{3})+$/);
    await shoot(page, 'web-finance-report.png');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('예산집행현황_2022_2022-01-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    expect(workbook.worksheets[0].getRow(2).getCell(8).value).toBe(1272398);
    await page.getByTestId('report-download-status').getByRole('status').filter({ hasText: '내려받았습니다' }).waitFor();

    await page.getByTestId('report-csv-table').selectOption('quarterly');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-csv').click()]);
    expect(csv.suggestedFilename()).toBe('예산집행현황_2022_2022-01-31_분기별.csv');
    const content = readFileSync((await csv.path())!, 'utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    expect(content).toContain(
      '신임자과정 운영,Newcomer (new appointee) course operation,NEWCOMER,204638,60000,272877,0,131837,0,67228,0,676580,60000,29.3%',
    );
    // 2-6's two programmes follow their line, each with its own plan (and what its own cohorts booked).
    expect(content).toContain('└ 2-6 퇴직 예정 공무원 제2인생 설계 지원 — 행복한 미래설계,');
    expect(content).toContain('RETIREMENT-PLANNING (RETIRE-FUTURE),113768,');
    expect(content).toContain('RETIREMENT-PLANNING (RETIRE-SECOND),8547,');
    const future = page.getByTestId('report-quarter-RETIREMENT-PLANNING/RETIRE-FUTURE');
    expect(await text(future)).toContain('행복한 미래설계');
    expect(await text(future)).toContain('113,768');
    expect(await text(page.getByTestId('report-quarter-RETIREMENT-PLANNING/RETIRE-SECOND'))).toContain('인생이모작 준비');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('finding (c): in English every word is English, the charts’ unit too, and nothing is clipped at 1366 px', async () => {
    const page = await signedIn('finance@seoul-hrd.example', { width: 1366, lang: 'en' });
    const watch = watchPage(page);
    await open(page, '/finance-report?fiscalYear=2022&asOf=2022-01-31');
    await page.getByTestId('report-row-TOTAL').getByTestId('report-executed').filter({ hasText: '1,272,398' }).waitFor();
    await page.getByTestId('report-quarter-chart-table').waitFor();
    await settled(page);
    expect(await text(page.getByTestId('page-title'))).toBe('Budget execution, FY 2022');
    expect(await text(page.getByTestId('report-headline'))).toContain('14,019 million won');
    const chart = page.getByTestId('report-chart');
    expect(await chart.locator('figcaption').textContent()).toBe(
      'Executed to each month’s end and planned to each quarter’s end, FY 2022 (as of 31 Jan 2022)',
    );
    expect(await chart.locator('thead th').first().textContent()).toContain('(thousand won)');
    expect(await chart.innerText()).not.toMatch(HANGUL);
    expect(await page.getByTestId('report-quarter-chart').innerText()).not.toMatch(HANGUL);
    expect(await mainText(page)).not.toMatch(HANGUL);
    expect(await overflowingElements(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await shoot(page, 'web-finance-report-en.png');
    await page.context().close();
  });

  it('finding (d): both charts are the kit’s Chart.js figures with their figures as a table beside them', async () => {
    const page = await signedIn('finance@seoul-hrd.example');
    await open(page, '/finance-report?fiscalYear=2022&asOf=2022-01-31');
    for (const id of ['report-chart', 'report-quarter-chart']) {
      await page.getByTestId(id).locator('canvas').waitFor();
      expect(
        await page.getByTestId(id).evaluate((figure: any) => figure.tagName === 'FIGURE' && figure.classList.contains('baeum-chart')),
      ).toBe(true);
      expect(await page.getByTestId(`${id}-table`).locator('caption').textContent()).toContain('(표)');
    }
    // Plan against actual by quarter: every line's figures added up, the actual of Q1 is January's.
    const quarters = page.getByTestId('report-quarter-chart-table').locator('tbody tr');
    expect(await quarters.count()).toBe(4);
    expect(await quarters.first().locator('th').textContent()).toBe('1분기');
    expect((await quarters.first().locator('td').allTextContents())[1]).toBe('1,272,398');
    expect((await quarters.first().locator('td').allTextContents())[0]).toMatch(/^\d{1,3}(,\d{3})+$/);
    expect(await quarters.nth(1).locator('td').nth(1).textContent()).toBe('0');
    await page.context().close();
  });
});

describe('the budget book (예산서)', () => {
  it('shows the year’s tree with what each line committed, links each line to its page, and keeps its booking rules', async () => {
    const page = await signedIn('finance@seoul-hrd.example');
    const watch = watchPage(page);
    await page.getByTestId('nav-finance-book').click();
    await page.getByTestId('book-year').selectOption('2022');
    await page.waitForURL(/fiscalYear=2022/);
    const newcomer = page.getByTestId('book-row-NEWCOMER');
    await newcomer.getByTestId('book-committed').filter({ hasText: '60,000,000' }).waitFor();
    // January's commitments and February's one: the book counts every entry, whatever its date.
    expect(await text(page.getByTestId('book-row-TOTAL').getByTestId('book-committed'))).toBe('1,273,398,000');
    expect(await text(page.getByTestId('book-rules'))).toContain('TRAINEE-MEALS');

    // The rules: the meal line from the year's expenditure lines, the cost in whole won.
    await page.getByTestId('book-rules-meal-cost').fill('8500.5');
    await page.getByTestId('book-rules-form-submit').click();
    expect(await text(page.getByTestId('book-rules-meal-cost-error'))).toBe('정수로 입력하세요.');
    await page.getByTestId('book-rules-meal-cost').fill('8500');
    await page.getByTestId('book-rules-form-submit').click();
    await page.getByTestId('book-rules-form-status').filter({ hasText: '저장했습니다.' }).waitFor();
    await page.getByTestId('book-rules').filter({ hasText: '8,500원' }).waitFor();
    await shoot(page, 'web-finance-book.png');

    await page.getByTestId('book-line-NEWCOMER').click();
    await page.getByTestId('line-committed').filter({ hasText: '60,000,000원' }).waitFor();
    expect(page.url()).toContain('/finance-book/2022/lines/NEWCOMER');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('opens a new fiscal year carried forward, refusing one that is open already beside its field', async () => {
    const page = await signedIn('planner@seoul-hrd.example');
    const watch = watchPage(page);
    await open(page, `/finance-book?fiscalYear=${WORK_YEAR}`);
    await page.getByTestId('book-expenditure').waitFor();
    await page.getByTestId('book-open-year').fill(String(WORK_YEAR));
    await page.getByTestId('book-open-copy-from').fill(String(WORK_YEAR));
    await page.getByTestId('book-open-submit').click();
    expect(await text(page.getByTestId('book-open-year-error'))).toBe(`${WORK_YEAR}회계연도 예산서는 이미 편성되어 있습니다.`);
    expect(await text(page.getByTestId('book-open-copy-from-error'))).toBe('편성할 회계연도와 다른 연도를 적으세요.');

    await page.getByTestId('book-open-year').fill(String(WORK_YEAR + 1));
    await page.getByTestId('book-open-copy-from').fill('');
    await page.getByTestId('book-open-submit').click();
    await page
      .getByTestId('book-open-status')
      .filter({ hasText: `${WORK_YEAR + 1}회계연도 예산서를 편성했습니다.` })
      .waitFor();
    await page.waitForURL(new RegExp(`fiscalYear=${WORK_YEAR + 1}`));
    await page
      .getByTestId('book-origin')
      .filter({ hasText: `${WORK_YEAR}회계연도 예산서를 이어 편성했습니다` })
      .waitFor();
    expect(
      await page
        .getByTestId('book-year')
        .locator(`option[value="${WORK_YEAR + 1}"]`)
        .count(),
    ).toBe(1);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe("a line's page", () => {
  const findingE =
    'finding (e): commits, pays, reverses, amends and sets the control — each outcome beside ' +
    'its action and in the window, every figure fresh';
  it(findingE, async () => {
    const page = await signedIn('finance@seoul-hrd.example');
    const watch = watchPage(page);
    await open(page, `/finance-book/${WORK_YEAR}/lines/NEWCOMER`);
    await page.getByTestId('line-summary').waitFor();
    const budget = Number((await text(page.getByTestId('line-amount')))!.replace(/\D/g, ''));

    await page.getByTestId('line-commit-amount').fill('3300000');
    await page.getByTestId('line-commit-booked-on').fill(`${WORK_YEAR - 1}-12-31`);
    await page.getByTestId('line-commit-reason').fill('교재 인쇄 계약');
    await page.getByTestId('line-commit-submit').click();
    expect(await text(page.getByTestId('line-commit-booked-on-error'))).toBe(`${WORK_YEAR}년 중의 날짜를 입력하세요.`);
    await page.getByTestId('line-commit-booked-on').fill(`${WORK_YEAR}-03-02`);
    await page.getByTestId('line-commit-submit').click();
    const committed = page.getByTestId('line-commit-status');
    await committed.filter({ hasText: '원인행위를 등록했습니다.' }).waitFor();
    await seenInWindow(committed);
    expect(await text(page.getByTestId('line-committed'))).toBe('3,300,000원');
    expect(await page.getByTestId('line-commitment').count()).toBe(1);

    // Paying more than is unpaid is refused beside the amount, in words with the amounts.
    const commitment = await page
      .getByTestId('line-action-commitment')
      .locator('option', { hasText: '교재 인쇄 계약' })
      .getAttribute('value');
    await page.getByTestId('line-action-commitment').selectOption(commitment!);
    await page.getByTestId('line-action-kind').selectOption('payments');
    await page.getByTestId('line-action-amount').fill('5000000');
    await page.getByTestId('line-action-reason').fill('대금 지급');
    await page.getByTestId('line-action-submit').click();
    expect(await text(page.getByTestId('line-action-amount-error'))).toBe('지출할 수 있는 금액은 3,300,000원입니다 (요청 5,000,000원).');
    await page.getByTestId('line-action-amount').fill('1300000');
    await page.getByTestId('line-action-date').fill(`${WORK_YEAR}-03-20`);
    await page.getByTestId('line-action-submit').click();
    const paid = page.getByTestId('line-action-status');
    await paid.filter({ hasText: '지출을 기록했습니다.' }).waitFor();
    await seenInWindow(paid);
    expect(await text(page.getByTestId('line-paid'))).toBe('1,300,000원');

    // The correction button of the payment's row chooses it in the correction form and moves there.
    await page.getByTestId('line-entry').filter({ hasText: '대금 지급' }).getByTestId('entry-reverse').click();
    await focusComesTo(page, 'line-reversal-reason');
    expect(await page.getByTestId('line-reversal-entry').evaluate((select: any) => select.selectedOptions[0].textContent)).toContain(
      '대금 지급',
    );
    await page.getByTestId('line-reversal-reason').fill('지출일 착오');
    await page.getByTestId('line-reversal-submit').click();
    const reversed = page.getByTestId('line-reversal-status');
    await reversed.filter({ hasText: '반대 전표를 기록했습니다.' }).waitFor();
    await seenInWindow(reversed);
    expect(await text(page.getByTestId('line-paid'))).toBe('0원');
    await page.getByTestId('line-entry').filter({ hasText: '대금 지급' }).filter({ hasText: '정정됨' }).waitFor();

    // Amendments: not below what is committed; then a supplementary budget, low on the page.
    await page.getByTestId('line-amend-amount').fill(String(-budget));
    await page.getByTestId('line-amend-effective-on').fill(`${WORK_YEAR}-06-30`);
    await page.getByTestId('line-amend-reason').fill('감액');
    await page.getByTestId('line-amend-submit').click();
    expect(await text(page.getByTestId('line-amend-amount-error'))).toBe(
      `예산현액을 집행액 3,300,000원보다 적게 줄일 수 없습니다 (변경 후 0원).`,
    );
    await page.getByTestId('line-amend-amount').fill('20000000');
    await page.getByTestId('line-amend-reason').fill('제1회 추가경정예산');
    await page.getByTestId('line-amend-submit').click();
    const amended = page.getByTestId('line-amend-status');
    await amended.filter({ hasText: '예산을 변경했습니다.' }).waitFor();
    await seenInWindow(amended);
    expect(Number((await text(page.getByTestId('line-amount')))!.replace(/\D/g, ''))).toBe(budget + 20_000_000);
    await page.getByTestId('line-amendment').filter({ hasText: '제1회 추가경정예산' }).waitFor();

    // The last form of the page: budget control and officer.
    await page.getByTestId('line-settings-control').selectOption('stop');
    const officer = await page.getByTestId('line-settings-officer').locator('option', { hasText: '최재무' }).getAttribute('value');
    await page.getByTestId('line-settings-officer').selectOption(officer!);
    await page.getByTestId('line-settings-submit').click();
    const saved = page.getByTestId('line-settings-status');
    await saved.filter({ hasText: '저장했습니다.' }).waitFor();
    await seenInWindow(saved);
    await page.getByTestId('line-officer').filter({ hasText: '최재무' }).waitFor();
    await page.getByTestId('line-summary').filter({ hasText: '집행 중지' }).waitFor();

    // A stop line refuses what it has no room for, beside the amount, naming the room left.
    await page.getByTestId('line-commit-amount').fill(String(budget + 20_000_000));
    await page.getByTestId('line-commit-reason').fill('대형 계약');
    await page.getByTestId('line-commit-submit').click();
    const refused = page.getByTestId('line-commit-amount-error');
    await refused.waitFor();
    expect(await text(refused)).toMatch(
      new RegExp(
        `^예산 잔액이 부족합니다\\. ${WORK_YEAR}회계연도 NEWCOMER 사업\\(집행 중지\\)의 잔액은 [\\d,]+원, 요청액은 [\\d,]+원입니다\\.$`,
      ),
    );

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await shoot(page, 'web-finance-line.png');
    await page.context().close();
  });
});

describe('the quarterly plan (분기별 집행계획)', () => {
  const findingB =
    'finding (b): opens on the first line of this year, with the year and the line in the address, or on the line the address names';
  it(findingB, async () => {
    const page = await signedIn('finance@seoul-hrd.example');
    const watch = watchPage(page);
    const year = thisYear();
    const first = (await finance.get(`/api/finance/books/${year}`)).body.expenditure.find(
      (row: { level: string }) => row.level === 'unit',
    ).code;
    await page.getByTestId('nav-finance-plan').click();
    await page.waitForURL(new RegExp(`/finance-plan\\?fiscalYear=${year}&code=${first}$`));
    await page.getByTestId('plan-row').first().waitFor();
    expect(await page.getByTestId('plan-line').inputValue()).toBe(first);
    expect(await page.getByTestId('plan-year').inputValue()).toBe(String(year));

    await open(page, '/finance-plan?fiscalYear=2022&code=NEWCOMER');
    await page.getByTestId('plan-0-labelKo').waitFor();
    expect(await page.getByTestId('plan-0-labelKo').inputValue()).toBe('2-1 신임자 교육과정 운영');
    expect(await page.getByTestId('plan-line').inputValue()).toBe('NEWCOMER');
    expect(await text(page.getByTestId('plan-totals'))).toContain('예산현액 676,580,000원');

    // Choosing another line moves the address with it; the year keeps the line when it has one.
    await page.getByTestId('plan-line').selectOption('ELEARNING');
    await page.waitForURL(/fiscalYear=2022&code=ELEARNING$/);
    await page.getByTestId('plan-editor').filter({ hasText: 'ELEARNING' }).waitFor();
    await page.getByTestId('plan-year').selectOption(String(WORK_YEAR));
    await page.waitForURL(new RegExp(`fiscalYear=${WORK_YEAR}&code=ELEARNING$`));
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it("finding (a): shows each problem beside its own row and field, in words, and saves a plan the line's page then shows", async () => {
    const page = await signedIn('planner@seoul-hrd.example');
    const watch = watchPage(page);
    // A line without a plan yet: its editor starts empty.
    await open(page, `/finance-plan?fiscalYear=${WORK_YEAR}&code=TRAINING-EQUIPMENT`);
    await page.getByTestId('plan-table-empty').waitFor();
    const rows = 0;
    await page.getByTestId('plan-add-row').click();
    await focusComesTo(page, `plan-${rows}-labelKo`);
    await page.getByTestId(`plan-${rows}-q3`).fill('-5');
    await page.getByTestId(`plan-${rows}-q4`).fill('');
    await page.getByTestId('plan-submit').click();

    expect(await text(page.getByTestId(`plan-${rows}-labelKo-error`))).toBe('입력하세요.');
    expect(await text(page.getByTestId(`plan-${rows}-q3-error`))).toBe('0 이상으로 입력하세요.');
    expect(await text(page.getByTestId(`plan-${rows}-q4-error`))).toBe('입력하세요.');
    expect(await text(page.getByTestId('plan-reason-error'))).toBe('입력하세요.');
    const row = page.getByTestId('plan-row').nth(rows);
    expect(await row.getByTestId(`plan-${rows}-q3-error`).count()).toBe(1);
    expect(await text(page.getByTestId('plan-summary'))).toBe(
      `4개 항목을 확인하세요: ${rows + 1}행 사업명 (국문), ${rows + 1}행 3분기, ${rows + 1}행 4분기, 사유`,
    );
    expect(await page.getByTestId('plan').innerText()).not.toMatch(/reason:|q\d:|rows\.|labelKo/);

    // Over the current budget: said in words beside the save button, nothing sent.
    await page.getByTestId(`plan-${rows}-labelKo`).fill('4-1 정보화 장비 교체');
    await page.getByTestId(`plan-${rows}-q3`).fill('999999999999');
    await page.getByTestId(`plan-${rows}-q4`).fill('0');
    await page.getByTestId('plan-reason').fill('장비 교체 계획 추가');
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('plan-status').filter({ hasText: '분기 금액을 줄이세요.' }).waitFor();
    expect(await text(page.getByTestId('plan-status'))).toMatch(
      /^계획 합계 [\d,]+원이 예산현액 [\d,]+원을 넘습니다\. 분기 금액을 줄이세요\.$/,
    );

    await page.getByTestId(`plan-${rows}-q3`).fill('1000000');
    expect(await text(page.getByTestId('plan-totals'))).toBe('계획 합계 1,000,000원 · 예산현액 105,787,000원 · 미계획 104,787,000원');
    await page.getByTestId('plan-submit').click();
    const status = page.getByTestId('plan-status');
    await status.filter({ hasText: '분기별 계획을 저장했습니다.' }).waitFor();
    await seenInWindow(status);
    await page.getByTestId('plan-last-revision').filter({ hasText: '장비 교체 계획 추가' }).waitFor();
    await shoot(page, 'web-finance-plan.png');

    await page.getByTestId('plan-to-line').click();
    await page.getByTestId('line-plan').filter({ hasText: '4-1 정보화 장비 교체' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe('every finance screen, for every role', () => {
  type Screen = { name: string; path: string; ready: string; roles: string[] };
  const READERS = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer'];
  const KEEPERS = ['admin', 'planner', 'finance_officer'];
  const screens: Screen[] = [
    { name: 'book', path: '/finance-book?fiscalYear=2022', ready: 'book-expenditure', roles: READERS },
    { name: 'line', path: '/finance-book/2022/lines/NEWCOMER', ready: 'line-entries', roles: READERS },
    { name: 'revenue line', path: '/finance-book/2022/lines/REVENUE-RECURRING', ready: 'line-summary', roles: READERS },
    { name: 'plan', path: '/finance-plan?fiscalYear=2022&code=NEWCOMER', ready: 'plan-table', roles: KEEPERS },
    { name: 'report', path: '/finance-report?fiscalYear=2022&asOf=2022-01-31', ready: 'report-quarter-chart-table', roles: READERS },
  ];
  const people: Record<string, string> = {
    admin: 'admin@seoul-hrd.example',
    planner: 'planner@seoul-hrd.example',
    course_manager: 'manager@seoul-hrd.example',
    exam_officer: 'exam@seoul-hrd.example',
    finance_officer: 'finance@seoul-hrd.example',
    agency_admin: 'agency@seoul-hrd.example',
    trainee: 'trainee@seoul-hrd.example',
    applicant: 'applicant@seoul-hrd.example',
    assessor: 'assessor@seoul-hrd.example',
  };

  it.each(Object.keys(people))(
    'as %s: opens each screen it may, with nothing amiss and no serious axe violation, and is told it may not open the others',
    async (role) => {
      const page = await signedIn(people[role]);
      const watch = watchPage(page);
      for (const screen of screens) {
        await open(page, screen.path);
        if (screen.roles.includes(role)) {
          await page.getByTestId(screen.ready).waitFor();
          await settled(page);
          expect([screen.name, await page.getByTestId('forbidden').count()]).toEqual([screen.name, 0]);
          expect([screen.name, await seriousAxeViolations(page)]).toEqual([screen.name, []]);
        } else {
          await page.getByTestId('forbidden').waitFor();
        }
        expect([screen.name, watch.problems()]).toEqual([screen.name, []]);
      }
      // The menu offers the screens the role may open, and no other.
      const menu = async (path: string) => page.locator(`[data-testid="nav-${path}"]`).count();
      expect([await menu('finance-book'), await menu('finance-plan'), await menu('finance-report')]).toEqual(
        [READERS, KEEPERS, READERS].map((roles) => (roles.includes(role) ? 1 : 0)),
      );
      await page.context().close();
    },
    600_000,
  );

  it.each([
    { width: 1280, lang: 'ko' as const },
    { width: 1024, lang: 'ko' as const },
    { width: 768, lang: 'ko' as const },
    { width: 1366, lang: 'en' as const },
  ])(
    'fits a staff member’s screen at $width px in $lang: nothing sticks out past the window',
    async ({ width, lang }) => {
      const page = await signedIn('finance@seoul-hrd.example', { width, lang });
      const watch = watchPage(page);
      for (const screen of screens) {
        await open(page, screen.path);
        await page.getByTestId(screen.ready).waitFor();
        await settled(page);
        expect([screen.name, await overflowingElements(page)]).toEqual([screen.name, []]);
        // In English the page's own words are English (names and reasons people typed in Korean stay as they are).
        if (lang === 'en') expect([screen.name, (await uiWords(page)).filter((words) => HANGUL.test(words))]).toEqual([screen.name, []]);
      }
      if (width === 768) await shoot(page, 'web-finance-report-tablet.png');
      expect(watch.problems()).toEqual([]);
      await page.context().close();
    },
    600_000,
  );
});
