import {
  focusComesTo,
  ApiClient,
  clientAs,
  eventually,
  launchChromium,
  overflowingElements,
  saveScreenshot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  watchPage,
  WEB_APP_ENV,
} from '@baeum/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

/**
 * The curriculum screens of the web app (apps/web) in a real browser against the whole system:
 * the flows the old pages had (scheduling with a room clash, the calendar, scheduling in Korean
 * with its seats and commitment), the user test's findings fixed, a plan import, a survey answered
 * on a phone, and every screen opened by every role that may (axe, no failed call) or may not.
 */
const PASSWORD = 'Baeum!2022';
const SEOUL = 'seoul-hrd';
const SEJONG = 'sejong-edu';
const shots = process.env.BAEUM_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
/** Waits in the page are generous: the tests share two busy cores with others. */
const WAIT_MS = 90_000;

let stack: ServiceStack;
let browser: Browser;
let manager: ApiClient;
let planner: ApiClient;
let sejong: ApiClient;
/** A Seoul cohort (ICT in 창의관 전산실 1, 2027-12-06 ~ 07, 10:00–16:00): the clash of the first flow, and the cohort of the smoke test. */
let bookedCohortId: string;
let surveyId: string;

const courseId = async (code: string, year = 2022) =>
  (await manager.get(`/api/courses?fiscalYear=${year}&q=${code}`)).body.find((c: { code: string }) => c.code === code).id as string;
const roomId = async (code: string) => (await manager.get('/api/rooms')).body.find((r: { code: string }) => r.code === code).id as string;
const seoulDate = (days = 0) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  stack = await ServiceStack.start({ env: { gateway: WEB_APP_ENV } });
  browser = await launchChromium();
  const gateway = new ApiClient(stack.gatewayUrl);
  [manager, planner, sejong] = await Promise.all([
    gateway.signIn(SEOUL, 'manager@seoul-hrd.example', PASSWORD),
    gateway.signIn(SEOUL, 'planner@seoul-hrd.example', PASSWORD),
    gateway.signIn(SEJONG, 'manager@sejong-edu.example', PASSWORD),
  ]);
  const booked = await manager.post('/api/cohorts', {
    courseId: await courseId('ICT'),
    startDate: '2027-12-06',
    endDate: '2027-12-07',
    capacity: 20,
    estimatedCost: 1_500_000,
    roomId: await roomId('PC-1'),
    dailyStartTime: '10:00',
    dailyEndTime: '16:00',
  });
  expect(booked.status).toBe(201);
  bookedCohortId = booked.body.id;
  const leadership = await manager.post('/api/cohorts', {
    courseId: await courseId('LEADERSHIP'),
    startDate: '2027-04-12',
    endDate: '2027-04-16',
    capacity: 40,
    estimatedCost: 22_000_000,
  });
  expect(leadership.status).toBe(201);
  const survey = await manager.post('/api/demand-surveys', {
    titleKo: '2027년 AI 연수 사전 수요조사',
    titleEn: '2027 AI training pre-survey',
    opensOn: seoulDate(-1),
    closesOn: seoulDate(30),
  });
  expect(survey.status).toBe(201);
  surveyId = survey.body.id;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newPage(width = 1280, lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await browser.newPage({ locale: 'ko-KR', viewport: { width, height: 900 } });
  page.setDefaultTimeout(WAIT_MS);
  if (lang === 'en')
    await page.addInitScript(() =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('baeum.lang', 'en'),
    );
  return page;
}

const signIn = (page: Page, email: string, tenant = SEOUL) => signInToApp(page, stack.gatewayUrl, email, PASSWORD, tenant);
const open = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}${path}`);
/** Every "loading" line of the page is gone. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll(
        '.state-line[role="status"]',
      ).length === 0,
    undefined,
    { timeout: WAIT_MS },
  );
const mainText = (page: Page) => page.locator('main').innerText();
const activeTestId = (page: Page) =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
      ).document.activeElement?.getAttribute('data-testid') ?? null,
  );
const shot = (page: Page, name: string) => saveScreenshot(page, join(shots, `web-curriculum-${name}.png`));
/** Requests the page sent, by method and path. */
function requestsOf(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.method()} ${new URL(request.url()).pathname}`));
  return sent;
}
/** Whether an element shows whole inside the viewport and its own box (nothing cut off or scrolled away). */
const fullyVisible = (locator: Locator) =>
  locator.evaluate((el: any) => {
    const box = el.getBoundingClientRect();
    const width = (globalThis as any).document.documentElement.clientWidth;
    return box.width > 0 && box.left >= 0 && box.right <= width + 1 && el.scrollWidth <= el.clientWidth + 1;
  });

describe('the old flows on the new pages', () => {
  const clashFlow =
    'schedules a cohort, meets a room clash named beside the room, resolves it with another room, and shows both on the calendar';
  it(clashFlow, async () => {
    const excel = await courseId('IT-EXCEL');
    const pc1 = await roomId('PC-1');
    const pc2 = await roomId('PC-2');
    const page = await newPage();
    const watch = watchPage(page);
    watch.expect(409, '/api/cohorts');
    await signIn(page, 'manager@seoul-hrd.example');
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    await page.locator('[data-testid="cohort-course-year"] option[value="2022"]').waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course-year').selectOption('2022');
    await page.locator(`[data-testid="cohort-course"] option[value="${excel}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course').selectOption(excel);
    await page.getByTestId('cohort-start').fill('2027-12-07');
    await page.getByTestId('cohort-end').fill('2027-12-08');
    await page.getByTestId('cohort-daily-start').fill('13:00');
    await page.getByTestId('cohort-daily-end').fill('17:00');
    await page.getByTestId('cohort-capacity').fill('24');
    await page.getByTestId('cohort-cost').fill('1800000');
    // The course brought its budget line along; the cost reads as won.
    expect(await page.getByTestId('cohort-budget-line').inputValue()).toBe('ICT');
    expect(await page.getByTestId('cohort-cost-preview').textContent()).toBe('1,800,000원');
    await page.getByTestId('cohort-room').selectOption(pc1);
    await page.getByTestId('cohort-form-submit').click();

    // Refused: the room field says what it is booked for, and has the focus.
    const roomError = page.getByTestId('cohort-room-error');
    await roomError.waitFor();
    const text = (await roomError.textContent()) ?? '';
    expect(text).toContain('창의관 전산실 1은');
    expect(text).toContain('메타버스를 활용한 가상오피스 구현 1기');
    expect(text).toContain('10:00–16:00');
    expect(await page.getByTestId('cohort-room').getAttribute('aria-invalid')).toBe('true');
    await focusComesTo(page, 'cohort-room');
    expect(await page.getByTestId('cohort-form-summary').textContent()).toBe('1개 항목을 확인하세요: 강의실');

    // Another computer room is free at those hours: the problem goes with the choice.
    await page.getByTestId('cohort-room').selectOption(pc2);
    await roomError.waitFor({ state: 'detached' });
    await page.getByTestId('cohort-form-submit').click();
    const status = page.getByTestId('cohort-form-status');
    await status.locator('[role="status"]', { hasText: '편성했습니다' }).waitFor();
    expect(await status.textContent()).toContain('업무에 바로 쓰는 엑셀 1기(2027. 12. 7. ~ 2027. 12. 8.)를 편성했습니다.');
    const row = page.getByTestId('cohort-row').filter({ hasText: '업무에 바로 쓰는 엑셀' }).filter({ hasText: '창의관 전산실 2' });
    await row.waitFor();
    expect(await row.textContent()).toContain('2027. 12. 7. ~ 2027. 12. 8.');
    // Seats and the commitment arrive by events; the table asks again until they are there.
    await row.getByTestId('cohort-committed').filter({ hasText: '1,800,000원' }).waitFor();
    await row.getByTestId('cohort-seats-free').filter({ hasText: '24' }).waitFor();
    await shot(page, 'cohorts');

    // The calendar shows both cohorts on the shared day.
    await open(page, '/calendar?month=2027-12');
    const day = page.locator('.cal-day[data-date="2027-12-07"]');
    await day.locator('li').nth(1).waitFor();
    expect(await day.textContent()).toMatch(/가상오피스.*엑셀|엑셀.*가상오피스/s);
    expect(await page.locator('.cal-day[data-date="2027-12-08"] li').count()).toBe(1);
    // The months turn by keyboard too.
    await page.getByTestId('calendar-next').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('calendar-month').filter({ hasText: '2028년 1월' }).waitFor();
    await page.getByTestId('calendar-prev').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('calendar-month').filter({ hasText: '2027년 12월' }).waitFor();
    // One room's calendar shows its own cohorts only.
    await page.getByTestId('calendar-filter').selectOption(`room:${pc2}`);
    await page.waitForURL(/room=/);
    await page.locator('.cal-day[data-date="2027-12-06"]').waitFor();
    await settled(page);
    expect(await page.locator('.cal-day[data-date="2027-12-06"] li').count()).toBe(0);
    expect(await page.locator('.cal-day[data-date="2027-12-07"] li').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'calendar');
    expect(watch.problems()).toEqual([]);
    await page.close();

    const [found] = await stack.query(
      'curriculum',
      `SELECT count(*)::int AS n FROM curriculum.cohort WHERE room_id = $1 AND start_date = '2027-12-07'`,
      [pc2],
    );
    expect(found.n).toBe(1);
  });

  const koreanFlow =
    'lets a course manager sign in and schedule a cohort in Korean; a bad form is refused with the field named; seats and commitment show';
  it(koreanFlow, async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await signIn(page, 'manager@seoul-hrd.example');
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('김교육');

    await page.getByTestId('cohort-capacity').fill('0');
    await page.getByTestId('cohort-form-submit').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await page.getByTestId('cohort-capacity-error').textContent()).toBe('1 이상으로 입력하세요.');

    await page.getByTestId('cohort-course-year').selectOption('2022');
    await page.locator('[data-testid="cohort-course"] option[value="c0a00000-0000-4000-8000-000000000204"]').waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course').selectOption('c0a00000-0000-4000-8000-000000000204'); // 핵심가치 교육과정
    await page.getByTestId('cohort-start').fill('2027-04-05');
    await page.getByTestId('cohort-end').fill('2027-04-05');
    await page.getByTestId('cohort-capacity').fill('50');
    await page.getByTestId('cohort-cost').fill('3250000');
    await page.getByTestId('cohort-budget-line').selectOption('CORE-VALUES');
    await page.getByTestId('cohort-form-submit').click();
    await page.getByTestId('cohort-form-status').locator('[role="status"]', { hasText: '핵심가치 교육과정' }).waitFor();

    const row = page.getByTestId('cohort-row').filter({ hasText: '핵심가치 교육과정' }).filter({ hasText: '2027. 4. 5.' });
    await row.waitFor();
    await row.getByTestId('cohort-committed').filter({ hasText: '3,250,000원' }).waitFor();
    await row.getByTestId('cohort-seats-free').filter({ hasText: '50' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});

describe("the user test's findings, fixed", () => {
  it('(a) an empty or negative cost and an empty capacity: one problem per field, beside it, in words, and nothing sent', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    const sent = requestsOf(page);
    await signIn(page, 'manager@seoul-hrd.example');
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    // By keyboard: Enter in a field sends the form.
    await page.getByTestId('cohort-capacity').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('cohort-capacity-error').waitFor();
    for (const field of ['cohort-capacity', 'cohort-cost']) {
      expect(await page.getByTestId(`${field}-error`).textContent()).toBe('입력하세요.');
      expect(await page.locator(`[data-field]:has([data-testid="${field}"]) .form-hint-invalid`).count()).toBe(1);
    }
    await page.getByTestId('cohort-cost').fill('-1');
    await page.getByTestId('cohort-cost-error').filter({ hasText: '0 이상으로 입력하세요.' }).waitFor();
    expect(await page.getByTestId('cohort-capacity-error').textContent()).toBe('입력하세요.');
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('cohort-cost-error').filter({ hasText: 'Enter 0 or more.' }).waitFor();
    expect(await page.getByTestId('cohort-capacity-error').textContent()).toBe('Enter a value.');
    const text = await mainText(page);
    expect(text).not.toMatch(/estimatedCost|capacity must|100000000000/);
    expect(sent.filter((r) => r === 'POST /api/cohorts')).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it('(b) in English at 1366 px the cohort table shows every status and every action whole, with nothing to scroll', async () => {
    for (const [width, lang] of [
      [1366, 'en'],
      [1280, 'ko'],
      [1280, 'en'],
    ] as const) {
      const page = await newPage(width, lang);
      const watch = watchPage(page);
      await signIn(page, 'manager@seoul-hrd.example');
      await page.getByTestId('cohort-row').first().waitFor();
      await settled(page);
      const wrap = page.locator('[data-testid="cohort-list"] .scroll-box');
      expect({ width, lang, scrolls: await wrap.evaluate((el: any) => el.scrollWidth > el.clientWidth + 1) }).toEqual({
        width,
        lang,
        scrolls: false,
      });
      const rows = page.getByTestId('cohort-row');
      const count = await rows.count();
      expect(count).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        expect({ width, lang, row: i, status: await fullyVisible(row.getByTestId('cohort-status')) }).toEqual({
          width,
          lang,
          row: i,
          status: true,
        });
        for (const badge of await row.locator('[data-testid="cohort-status"] .krds-badge').all())
          expect(await fullyVisible(badge)).toBe(true);
        const edit = row.getByTestId('cohort-edit');
        if ((await edit.count()) > 0)
          expect({ width, lang, row: i, edit: await fullyVisible(edit) }).toEqual({ width, lang, row: i, edit: true });
      }
      expect(await overflowingElements(page)).toEqual([]);
      if (width === 1366) {
        expect(await page.getByTestId('cohort-status').first().textContent()).toBe('Scheduled');
        await saveScreenshot(page, join(shots, 'web-curriculum-cohorts-en-1366.png'));
      }
      expect(watch.problems()).toEqual([]);
      await page.close();
    }
    // On a tablet the table may scroll in its own box; nothing else sticks out.
    const tablet = await newPage(800);
    await signIn(tablet, 'manager@seoul-hrd.example');
    await tablet.getByTestId('cohort-row').first().waitFor();
    await settled(tablet);
    expect(await overflowingElements(tablet)).toEqual([]);
    await tablet.close();
  });

  it('(c) the plans page in English says 상시 and 계속 in English, and has no Korean but names', async () => {
    const page = await newPage(1280, 'en');
    const watch = watchPage(page);
    await signIn(page, 'planner@seoul-hrd.example');
    await open(page, '/plans');
    await page.getByTestId('plan-summary').waitFor();
    await page.getByTestId('plan-quarters').waitFor();
    await page.getByTestId('plan-yoy').waitFor();
    await settled(page);
    const summary = await page.getByTestId('plan-summary').innerText();
    expect(summary).toContain('Always open');
    expect(await page.getByTestId('plan-restructuring').innerText()).toContain('Continued');
    expect(await page.getByTestId('plan-quarters').innerText()).toContain('Always open');
    // 2-6's two programmes follow their line, each planned and held, in English.
    const future = await page.getByTestId('plan-quarters-RETIRE-FUTURE').innerText();
    expect(future).toContain('Happy Future Design course (RETIRE-FUTURE)');
    expect(future).toContain('1 sessions, 125');
    expect(future).toMatch(/held: \d+ cohorts, \d+ confirmed/);
    expect(future).toMatch(/booked cost ₩[\d,]+/);
    expect(await page.getByTestId('restructuring-notes').innerText()).toContain('counted as continued');
    const text = await mainText(page);
    expect(text).not.toContain('상시');
    expect(text).not.toContain('계속');
    expect(text.match(/[가-힣]+/g) ?? []).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it('(d) Korean particles follow the plan names: 당초를, 변경을 — never "을(를)"', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await signIn(page, 'planner@seoul-hrd.example');
    await open(page, '/plans');
    await page.locator('form[data-testid="plan-create"]').waitFor();
    await page.getByTestId('plan-new-year').fill('2031');
    await page.getByTestId('plan-new-kind').selectOption('original');
    await page.getByTestId('plan-create-submit').click();
    const created = page.getByTestId('plan-create-status');
    await created.locator('[role="status"]', { hasText: '만들었습니다' }).waitFor();
    expect(await created.textContent()).toBe('2031년 계획 당초를 만들었습니다.');

    const row = page.getByTestId('plan-version-row').filter({ hasText: '2031년 계획 당초' });
    await row.getByTestId('plan-approve').click();
    await page.getByTestId('plan-approve-confirm').getByText('2031년 계획 당초를 확정할까요?').waitFor();
    await page.getByTestId('plan-approve-confirm-confirm').click();
    await row.getByTestId('plan-approve-status').locator('[role="status"]', { hasText: '확정했습니다' }).waitFor();
    expect(await row.getByTestId('plan-approve-status').textContent()).toBe('2031년 계획 당초를 확정했습니다.');

    // A change of the approved year: 변경을.
    await page.getByTestId('plan-new-year').fill('2031');
    await page.getByTestId('plan-new-kind').selectOption('changed');
    await page.getByTestId('plan-create-submit').click();
    await page.locator('[data-testid="plan-create-status"]:has-text("변경"), [data-testid="plan-new-kind-error"]').first().waitFor();
    expect(await created.textContent()).toBe('2031년 계획 변경을 만들었습니다.');
    // The draft of 2022 is read as 계획안: 을.
    await page.getByTestId('plan-version-row').filter({ hasText: '2022년 계획(안)' }).getByTestId('plan-approve').click();
    await page.getByTestId('plan-approve-confirm').getByText('2022년 계획(안)을 확정할까요?').waitFor();
    await page.getByTestId('plan-approve-confirm-close').click();
    expect(await mainText(page)).not.toContain('을(를)');
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("(e) another institute's planner sees no Seoul note on its plans, and the page asks for no report that cannot exist", async () => {
    const page = await newPage();
    const watch = watchPage(page);
    const sent = requestsOf(page);
    await signIn(page, 'manager@sejong-edu.example', SEJONG);
    await open(page, '/plans');
    await page.getByTestId('plan-summary').waitFor();
    await page.getByTestId('plan-quarters').waitFor();
    await page.getByTestId('plan-restructuring').waitFor();
    await settled(page);
    // The previous year has no plan: said quietly, without a failed request.
    expect(await page.getByTestId('plan-yoy-absent').textContent()).toBe('2025년도 당초 계획이 없어 전년 대비 증감을 낼 수 없습니다.');
    expect(sent.filter((r) => r.includes('year-on-year'))).toEqual([]);
    // The Seoul report's notes concern Seoul's plans only.
    const notes = (await page.locator('.cur-notes').allInnerTexts()).join(' ');
    expect(notes).not.toMatch(/원문|125|1-3|u-지식여행/);
    expect(await page.getByTestId('restructuring-notes').count()).toBe(0);
    expect(await mainText(page)).not.toContain('인재개발원');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);

    // Seoul's plans keep their source notes.
    await page.getByTestId('sign-out').click();
    await signIn(page, 'planner@seoul-hrd.example');
    await open(page, '/plans');
    // (The comparison opens on the latest years: bring in the 2022 plan, whose figures the source printed.)
    const plan2022 = page.getByTestId('plan-version-row').filter({ hasText: '2022년 계획(안)' }).getByTestId('plan-compare');
    if ((await plan2022.getAttribute('aria-pressed')) !== 'true') await plan2022.click();
    await page.getByTestId('restructuring-notes').waitFor();
    expect(await page.getByTestId('restructuring-notes').textContent()).toContain('125개');
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it("(f) the edit address of another institute's cohort says not found, with no form", async () => {
    const page = await newPage();
    const watch = watchPage(page);
    watch.expect(404, `/api/cohorts/${bookedCohortId}`);
    const sent = requestsOf(page);
    await signIn(page, 'manager@sejong-edu.example', SEJONG);
    await open(page, `/cohorts/${bookedCohortId}/edit`);
    const missing = page.getByTestId('cohort-edit-error');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('찾는 항목이 없습니다');
    expect(await page.locator('form[data-testid="cohort-form"]').count()).toBe(0);
    expect(await page.getByTestId('cohort-summary').count()).toBe(0);
    // An address that cannot be a cohort's is not found either, without asking.
    await open(page, '/cohorts/not-a-cohort/edit');
    await page.getByTestId('cohort-edit-error').waitFor();
    expect(sent.filter((r) => r.includes('/api/') && r.includes('not-a-cohort'))).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  const changeClash =
    '(g) a room clash on a change is named beside the room with the clashing cohort, in English too, and another room resolves it';
  it(changeClash, async () => {
    const created = await manager.post('/api/cohorts', {
      courseId: await courseId('IT-EXCEL'),
      startDate: '2027-12-06',
      endDate: '2027-12-06',
      capacity: 20,
      estimatedCost: 900_000,
      roomId: await roomId('PC-2'),
      dailyStartTime: '13:00',
      dailyEndTime: '15:00',
    });
    expect(created.status).toBe(201);
    const page = await newPage(1280, 'en');
    const watch = watchPage(page);
    watch.expect(409, `/api/cohorts/${created.body.id}`);
    await signIn(page, 'manager@seoul-hrd.example');
    await open(page, `/cohorts/${created.body.id}/edit`);
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    await page.getByTestId('cohort-room').selectOption(await roomId('PC-1'));
    await page.getByTestId('cohort-reason').fill('더 큰 전산실로 / a larger room');
    await page.getByTestId('cohort-form-submit').click();
    const error = page.getByTestId('cohort-room-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      '창의관 전산실 1 is booked at those hours by A virtual office in the metaverse, cohort 1 (6 Dec ' +
        '2027 – 7 Dec 2027, 10:00–16:00). Choose another room or time.',
    );
    expect(await activeTestId(page)).toBe('cohort-room');
    await page.getByTestId('lang-toggle').click();
    await error.filter({ hasText: '창의관 전산실 1은 같은 시간에 메타버스를 활용한 가상오피스 구현 1기' }).waitFor();

    await page.getByTestId('cohort-room').selectOption(await roomId('BAEUM-201'));
    await error.waitFor({ state: 'detached' });
    await page.getByTestId('cohort-form-submit').click();
    await page.getByTestId('cohort-form-status').locator('[role="status"]', { hasText: '변경했습니다' }).waitFor();
    expect((await manager.get(`/api/cohorts/${created.body.id}`)).body.roomNameKo).toBe('배움관 201호');

    // Cancelling asks first, with a reason, and the page then says the cohort is closed.
    await page.getByTestId('cohort-cancel-reason').fill('최소 인원 미달');
    await page.getByTestId('cohort-cancel-submit').click();
    await page.getByTestId('cohort-cancel-confirm-confirm').click();
    await page.getByTestId('cohort-closed').waitFor();
    expect(await page.getByTestId('cohort-summary').textContent()).toContain('최소 인원 미달');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'cohort-edit');
    expect(watch.problems()).toEqual([]);
    await page.close();
  });
});

describe('more of what the old pages did', () => {
  it('imports a plan: a bad file is refused row by row in words and imports nothing, the right one imports', async () => {
    const draft = await planner.post('/api/plans', { fiscalYear: 2030, kind: 'original' });
    expect(draft.status).toBe(201);
    const template = await (await planner.raw('/api/plans/import-template?format=csv')).text();
    const lines = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const bad = [...lines, lines[2]].join('\r\n');
    const page = await newPage();
    const watch = watchPage(page);
    watch.expect(400, `/api/plans/${draft.body.id}/import`);
    await signIn(page, 'planner@seoul-hrd.example');
    await open(page, '/plans');
    await page.locator(`[data-testid="plan-import-version"] option[value="${draft.body.id}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('plan-import-version').selectOption(draft.body.id);
    await page
      .getByTestId('plan-import-file-input')
      .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await page.getByTestId('plan-import-file-submit').click();
    const errorRow = page.getByTestId('import-error-row');
    await errorRow.first().waitFor();
    expect(await errorRow.count()).toBe(1);
    expect(await errorRow.first().textContent()).toBe('4과정코드: 3행과 같은 과정코드(EL-AI-ETHICS)입니다.');
    expect(await page.getByTestId('plan-import-file-status').textContent()).toContain(
      '1개 행에 고칠 점이 있어 아무것도 가져오지 않았습니다',
    );
    expect((await planner.get(`/api/plans/${draft.body.id}`)).body.lines).toEqual([]);

    await page
      .getByTestId('plan-import-file-input')
      .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await page.getByTestId('plan-import-file-submit').click();
    await page.getByTestId('plan-import-file-status').locator('[role="status"]', { hasText: '가져왔습니다' }).waitFor();
    expect(await errorRow.count()).toBe(0);
    // The versions table counts the imported courses.
    await page
      .getByTestId('plan-version-row')
      .filter({ hasText: '2030년 계획 당초' })
      .locator('td')
      .nth(2)
      .filter({ hasText: /^2$/ })
      .waitFor();
    expect((await planner.get(`/api/plans/${draft.body.id}`)).body.lines).toHaveLength(2);
    expect(watch.problems()).toEqual([]);
    await shot(page, 'plans');
    await page.close();
  });

  it('lets a trainee answer a demand survey on a phone, and staff see the answer counted', async () => {
    const page = await newPage(360);
    const watch = watchPage(page);
    await signIn(page, 'trainee@seoul-hrd.example');
    await open(page, '/surveys');
    const form = page.locator('form[data-testid="answer"]');
    await form.waitFor();
    // KRDS draws its own box over the native one: the label takes the click.
    await page.getByTestId('answer-hard').check({ force: true });
    await page.getByTestId('answer-earliest').fill('10:00');
    await page.getByTestId('answer-latest').fill('09:00');
    await page.getByTestId('answer-submit').click();
    expect(await page.getByTestId('answer-latest-error').textContent()).toBe(
      '가장 늦은 종료 시각은 가장 이른 시작 시각(10:00)보다 늦어야 합니다.',
    );
    await page.getByTestId('answer-latest').fill('16:00');
    await page.getByTestId('answer-days-tue').check({ force: true });
    await page.getByTestId('answer-constraints-childcare').check({ force: true });
    expect(await overflowingElements(page)).toEqual([]);
    await shot(page, 'survey-answer-phone');
    await page.getByTestId('answer-submit').click();
    await page.getByTestId('answer-thanks').waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.close();

    const staff = await newPage();
    const staffWatch = watchPage(staff);
    await signIn(staff, 'manager@seoul-hrd.example');
    await open(staff, `/surveys/${surveyId}`);
    await staff.getByTestId('share-childcare-hard').waitFor();
    expect(await staff.getByTestId('share-childcare-hard').textContent()).toContain('100%');
    expect(await staff.getByTestId('suggestion-all').textContent()).toContain('10:00–16:00');
    await staff.getByTestId('suggestion-all-schedule').click();
    await staff.getByTestId('cohort-suggested-hours').waitFor();
    expect(await staff.getByTestId('cohort-daily-start').inputValue()).toBe('10:00');
    expect(await staff.getByTestId('cohort-daily-end').inputValue()).toBe('16:00');
    expect(staffWatch.problems()).toEqual([]);
    await staff.close();
  });
});

/** Every screen of the domain, who may open it, and what shows when its data is there. */
const SCREENS: { name: string; path: () => string; roles: string[]; ready: string[] }[] = [
  {
    name: 'cohorts',
    path: () => '/cohorts',
    roles: ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin'],
    ready: ['[data-testid="cohort-table"]'],
  },
  {
    name: 'cohort-edit',
    path: () => `/cohorts/${bookedCohortId}/edit`,
    roles: ['admin', 'planner', 'course_manager'],
    ready: ['[data-testid="cohort-summary"]', 'form[data-testid="cohort-form"]'],
  },
  {
    name: 'calendar',
    path: () => '/calendar?month=2027-12',
    roles: ['admin', 'planner', 'course_manager'],
    ready: ['table[data-testid="calendar"]', '.cal-day[data-date="2027-12-06"] li'],
  },
  { name: 'catalog', path: () => '/catalog', roles: ['admin', 'planner', 'course_manager'], ready: ['table[data-testid="catalog-table"]'] },
  {
    name: 'course',
    path: () => '/catalog/c0a00000-0000-4000-8000-000000000201',
    roles: ['admin', 'planner', 'course_manager'],
    ready: ['[data-testid="course-facts"]', '[data-testid="course-plans-table"]'],
  },
  {
    name: 'plans',
    path: () => '/plans',
    roles: ['admin', 'planner', 'course_manager', 'finance_officer'],
    ready: ['table[data-testid="plan-summary"]', 'table[data-testid="plan-modes"]', '[data-testid="plan-by-version"]'],
  },
  {
    name: 'resources',
    path: () => '/resources',
    roles: ['admin', 'planner', 'course_manager'],
    ready: ['table[data-testid="rooms-table"]', 'table[data-testid="instructors-table"]'],
  },
  {
    name: 'surveys',
    path: () => '/surveys',
    roles: ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin', 'trainee'],
    ready: ['main h1'],
  },
  {
    name: 'survey-results',
    path: () => `/surveys/${surveyId}`,
    roles: ['admin', 'planner', 'course_manager'],
    ready: ['[data-testid="survey-shares"]', '[data-testid="chart-days-table"]'],
  },
];
const ACCOUNTS: Record<string, string> = {
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
/** Screens a trainee or an applicant opens are checked at a phone's width as well. */
const PHONE_ROLES = ['trainee', 'applicant'];

describe('every curriculum screen for every role', () => {
  it('renders with its data, no failed call and no serious axe violation for each role that may open it, forbidden to others', async () => {
    const seen: string[] = [];
    for (const [role, email] of Object.entries(ACCOUNTS)) {
      const widths = PHONE_ROLES.includes(role) ? [1280, 360] : [1280];
      for (const width of widths) {
        const page = await newPage(width);
        const watch = watchPage(page);
        await signIn(page, email);
        for (const screen of SCREENS) {
          await open(page, screen.path());
          if (screen.roles.includes(role)) {
            for (const selector of screen.ready) await page.locator(selector).first().waitFor();
            await settled(page);
            expect({ role, screen: screen.name, width, problems: watch.problems() }).toEqual({
              role,
              screen: screen.name,
              width,
              problems: [],
            });
            expect({ role, screen: screen.name, width, axe: await seriousAxeViolations(page) }).toEqual({
              role,
              screen: screen.name,
              width,
              axe: [],
            });
            if (width === 360)
              expect({ role, screen: screen.name, overflowing: await overflowingElements(page) }).toEqual({
                role,
                screen: screen.name,
                overflowing: [],
              });
            seen.push(`${screen.name}:${role}${width === 360 ? '@360' : ''}`);
          } else {
            await page.getByTestId('forbidden').waitFor();
            if (width === 360)
              expect({ role, screen: screen.name, overflowing: await overflowingElements(page) }).toEqual({
                role,
                screen: screen.name,
                overflowing: [],
              });
          }
        }
        expect(watch.problems()).toEqual([]);
        await page.close();
      }
    }
    expect(seen).toHaveLength(SCREENS.reduce((n, s) => n + s.roles.length + s.roles.filter((r) => PHONE_ROLES.includes(r)).length, 0));
    process.stdout.write(`curriculum smoke: ${seen.length} screen × role checks: ${seen.join(', ')}\n`);
  }, 1_500_000);

  it('takes screenshots of the main screens', async () => {
    const page = await newPage();
    await signIn(page, 'planner@seoul-hrd.example');
    for (const [name, path, ready] of [
      ['catalog', '/catalog', 'table[data-testid="catalog-table"]'],
      ['course', '/catalog/c0a00000-0000-4000-8000-000000000302', '[data-testid="course-cohorts-table"]'],
      ['resources', '/resources', 'table[data-testid="instructors-table"]'],
      ['surveys', '/surveys', 'table[data-testid="surveys-table"]'],
      ['survey-results', `/surveys/${surveyId}`, '[data-testid="chart-days-table"]'],
    ] as const) {
      await open(page, path);
      await page.locator(ready).first().waitFor();
      await settled(page);
      await shot(page, name);
    }
    await page.close();
  }, 300_000);
});

describe('a cohort that has already ended', () => {
  it('is scheduled only after a confirmation and with its reason, which the cohort keeps', async () => {
    const excel = await courseId('IT-EXCEL');
    const page = await newPage();
    const watch = watchPage(page);
    const sent = requestsOf(page);
    await signIn(page, 'manager@seoul-hrd.example');
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    await page.locator('[data-testid="cohort-course-year"] option[value="2022"]').waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course-year').selectOption('2022');
    await page.locator(`[data-testid="cohort-course"] option[value="${excel}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course').selectOption(excel);
    expect(await page.getByTestId('cohort-past-reason').count()).toBe(0);
    await page.getByTestId('cohort-start').fill(seoulDate(-10));
    await page.getByTestId('cohort-end').fill(seoulDate(-9));
    await page.getByTestId('cohort-capacity').fill('12');
    await page.getByTestId('cohort-cost').fill('300000');
    // The dates are past: the reason is asked for, and nothing is sent without it.
    await page.getByTestId('cohort-past-reason').waitFor();
    await page.getByTestId('cohort-form-submit').click();
    await page.getByTestId('cohort-past-reason-error').filter({ hasText: '입력하세요' }).waitFor();
    expect(sent.filter((r) => r === 'POST /api/cohorts')).toEqual([]);
    await page.getByTestId('cohort-past-reason').fill('교육 종료 후 실적 입력');
    // Then a confirmation; declining sends nothing.
    await page.getByTestId('cohort-form-submit').click();
    const dialog = page.getByTestId('cohort-past-confirm');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('교육 기간이 이미 지났습니다');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(sent.filter((r) => r === 'POST /api/cohorts')).toEqual([]);
    await page.getByTestId('cohort-form-submit').click();
    await dialog.getByRole('button', { name: '등록' }).click();
    await page.getByTestId('cohort-form-status').filter({ hasText: '편성' }).waitFor();
    const recorded = (
      (await manager.get(`/api/cohorts?courseId=${excel}`)).body as { startDate: string; lateEntryReason: string | null }[]
    ).find((c) => c.startDate === seoulDate(-10));
    expect(recorded?.lateEntryReason).toBe('교육 종료 후 실적 입력');
    expect(watch.problems()).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('a cohort completed with one action (issue 13, finding 9)', () => {
  it('수료 처리 in 교육 운영 ends the cohort in 기수 현황 too, with no 교육 종료 처리 on its edit page', async () => {
    const created = await manager.post('/api/cohorts', {
      courseId: await courseId('NEWCOMER'),
      startDate: seoulDate(20),
      endDate: seoulDate(22),
      capacity: 10,
      estimatedCost: 900_000,
      applicationOpens: seoulDate(0),
    });
    expect([created.status, created.body.errors]).toEqual([201, undefined]);
    const cohortId = created.body.id as string;
    const trainee = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: '수료한다' });
    const applied = await eventually(
      async () => {
        const { status, body } = await trainee.post('/api/enrollment/applications', { cohortId });
        return status === 201 ? body : undefined;
      },
      { what: "the cohort's seats in enrollment" },
    );
    expect(applied.status).toBe('confirmed');
    // Its record was late: the training took place in the days just past.
    const moved = await manager.request('PATCH', `/api/cohorts/${cohortId}`, {
      startDate: seoulDate(-2),
      endDate: seoulDate(0),
      applicationOpens: seoulDate(-10),
      applicationCloses: seoulDate(-2),
      cancellationCloses: seoulDate(-3),
      minimumFillCutoff: seoulDate(-3),
      reason: '일정 변경 기록 / schedule recorded late',
    });
    expect([moved.status, moved.body.errors]).toEqual([200, undefined]);
    const sheet = await eventually(
      async () => {
        const { body } = await manager.get(`/api/enrollment/cohorts/${cohortId}/attendance`);
        return body.cohort?.endDate === seoulDate(0) ? body : undefined;
      },
      { what: 'the new dates in enrollment' },
    );
    const entries = sheet.days.map((d: string) => ({ applicationId: applied.id, day: d, mark: 'present' }));
    expect((await manager.request('PUT', `/api/enrollment/cohorts/${cohortId}/attendance`, { entries })).status).toBe(200);

    const page = await newPage();
    const watch = watchPage(page);
    await signIn(page, 'manager@seoul-hrd.example');
    await open(page, `/roster?cohort=${cohortId}`);
    await page.getByTestId('completion-run').click();
    await page.getByTestId('completion-status').filter({ hasText: '수료 1명, 미수료 0명' }).waitFor();
    // The screen's own 기수 현황 follows once curriculum has ended the cohort and said so.
    await page.getByTestId('roster-summary').filter({ hasText: '수료 처리 완료' }).waitFor();
    expect((await manager.get(`/api/cohorts/${cohortId}`)).body.status).toBe('completed');
    await open(page, `/cohorts/${cohortId}/edit`);
    await page.getByTestId('cohort-closed').filter({ hasText: '교육을 마친 기수입니다' }).waitFor();
    expect(await page.getByTestId('cohort-summary').textContent()).toContain('종료');
    expect(await page.getByTestId('cohort-close').count()).toBe(0);
    expect(watch.problems()).toEqual([]);
    await page.close();
  }, 300_000);
});

// Last in the file: it adds a later year, which the catalog and the cohort form then open on.
describe("a new year's catalog", () => {
  it('is carried forward from an earlier year by a planner, and the cohort form then offers that year', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    const sent = requestsOf(page);
    await signIn(page, 'planner@seoul-hrd.example');
    await open(page, '/catalog');
    await page.getByTestId('catalog-carry-open').click();
    await page.getByTestId('catalog-carry-from').selectOption('2022');
    // Not a later year: refused beside the field before anything is sent.
    await page.getByTestId('catalog-carry-to').fill('2021');
    await page.getByTestId('catalog-carry-submit').click();
    await page.getByTestId('catalog-carry-to-error').filter({ hasText: '뒤 연도로만' }).waitFor();
    expect(sent.filter((r) => r === 'POST /api/course-years')).toEqual([]);
    await page.getByTestId('catalog-carry-to').fill('2027');
    await page.getByTestId('catalog-carry-submit').click();
    const status = page.getByTestId('catalog-carry-status');
    await status.filter({ hasText: '2027년도 과정 목록을 만들었습니다' }).waitFor();
    const copied = Number(/과정 (\d+)개/.exec((await status.textContent()) ?? '')?.[1]);
    const source = (await planner.get('/api/courses?fiscalYear=2022')).body as { code: string }[];
    expect(copied).toBe(source.length);
    const carried = (await planner.get('/api/courses?fiscalYear=2027')).body as { code: string; yearStatus: string }[];
    expect(carried.map((c) => c.code).sort()).toEqual(source.map((c) => c.code).sort());
    expect(new Set(carried.map((c) => c.yearStatus))).toEqual(new Set(['continued']));
    // Again into the same year: the server refuses beside the field, in the page's language.
    watch.expect(409, '/api/course-years');
    await page.getByTestId('catalog-carry-submit').click();
    await page.getByTestId('catalog-carry-to-error').filter({ hasText: '이미 있습니다' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The course manager's cohort form offers the new year.
    await page.getByTestId('sign-out').click();
    await signIn(page, 'manager@seoul-hrd.example');
    await page.locator('form[data-testid="cohort-form"]').waitFor();
    await page.locator('[data-testid="cohort-course-year"] option[value="2027"]').waitFor({ state: 'attached' });
    expect(watch.problems()).toEqual([]);
    await page.close();
  }, 300_000);
});
