import {
  focusComesTo,
  ApiClient,
  newAppPage,
  overflowingElements,
  settled,
  shoot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';

/**
 * The competency assessment screens of the web app (apps/web) in a real browser against the whole
 * system: the officer creates a round, adds a candidate, declares a conflict and assigns the
 * assessors; an assessor rates by keyboard alone (a score out of range named in Korean beside its
 * field); the officer consolidates and the candidate reads their feedback; then every screen for
 * each of its roles, in Korean and English, on a phone where the screen is a trainee's or assessor's.
 */
const PASSWORD = 'Baeum!2022';
const HANGUL = /[가-힣]/;

const OFFICER = 'exam@seoul-hrd.example';
const ASSESSORS = ['assessor@seoul-hrd.example', 'assessor2@seoul-hrd.example', 'assessor3@seoul-hrd.example'];
const TRAINEE = 'trainee@seoul-hrd.example';

let stack: ServiceStack;
let browser: Browser;
let officer: ApiClient;
/** The demo's grade 5 round, in which the demo trainee is a candidate. */
let demoRound: { id: string; candidates: { id: string; employeeNo: string; userId: string | null }[] };

const seoulYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date()));

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', OFFICER, PASSWORD);
  const { body: rounds } =
    await officer.get<{ id: string; targetGrade: number; roundNo: number; year: number }[]>('/api/exam/assessment-rounds');
  const demo = rounds.find((r) => r.targetGrade === 5 && r.roundNo === 1 && r.year === seoulYear())!;
  demoRound = (await officer.get(`/api/exam/assessment-rounds/${demo.id}`)).body;
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function signedIn(email: string, options: { width?: number; lang?: 'ko' | 'en' } = {}): Promise<Page> {
  const page = await newAppPage(browser, options);
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);
  return page;
}

const open = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}${path}`);

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent())?.trim();
/** The page's own words: headings, column heads, labels, buttons, captions and hints. */
const uiWords = (page: Page) =>
  page.locator('main').locator('h1, h2, h3, thead th, label, button, legend, caption, .form-hint, dt').allInnerTexts();
const focusedTestId = (page: Page) =>
  page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-testid') as string | null);

describe('a competency assessment from round to feedback', () => {
  let newRoundId = '';

  it('lets the officer create a round, add a candidate, declare a conflict and assign the assessors', async () => {
    const page = await signedIn(OFFICER);
    const watch = watchPage(page);
    await page.getByTestId('nav-exam-assessments').click();
    await page.getByTestId('rounds-table').waitFor();
    await page.getByTestId('round-grade').selectOption('4');
    await page.getByTestId('round-year').fill(String(seoulYear() + 1));
    await page.getByTestId('round-no').fill('1');
    await page.getByTestId('round-held-on').fill(`${seoulYear() + 1}-05-18`);
    await page.getByTestId('round-threshold').fill('2.75');
    await page.getByTestId('round-new-submit').click();
    await page.waitForURL(/\/exam-assessments\/[0-9a-f-]{36}$/);
    newRoundId = page.url().split('/').pop()!;
    await page.getByTestId('round-summary').filter({ hasText: '2.75' }).waitFor();
    expect(await text(page, 'page-title')).toBe(`${seoulYear() + 1}년 4급 1회차`);

    // A bad agency code is named beside its field, in Korean; then the candidate is added.
    await page.getByTestId('candidate-employee-no').fill('S2016-00777');
    await page.getByTestId('candidate-name').fill('강승진');
    await page.getByTestId('candidate-agency').fill('mapo gu');
    await page.getByTestId('candidate-add-submit').click();
    expect(await text(page, 'candidate-agency-error')).toMatch(HANGUL);
    // Of an agency none of the assessors but 한평가 (external) belongs to: after the conflict two remain.
    await page.getByTestId('candidate-agency').fill('GANGNAM-GU');
    await page.getByTestId('candidate-add-submit').click();
    await page.getByTestId('candidate-S2016-00777').first().waitFor();

    // The same official twice: the service's coded answer beside the employee number.
    await page.getByTestId('candidate-employee-no').fill('S2016-00777');
    await page.getByTestId('candidate-name').fill('강승진');
    await page.getByTestId('candidate-agency').fill('GANGNAM-GU');
    watch.expect(409, `/api/exam/assessment-rounds/${newRoundId}/candidates`);
    await page.getByTestId('candidate-add-submit').click();
    await page.getByTestId('candidate-employee-no-error').filter({ hasText: HANGUL }).waitFor();

    // A conflict of interest, listed once declared.
    await page.getByTestId('conflict-assessor').selectOption({ label: '한평가' });
    await page.getByTestId('conflict-employee-no').selectOption('S2016-00777');
    await page.getByTestId('conflict-reason').fill('전 소속 부서장');
    await page.getByTestId('conflict-declare-submit').click();
    await page.getByTestId('conflict-declare-status').filter({ hasText: '신고했습니다' }).waitFor();
    await page.getByTestId('conflict-S2016-00777').first().filter({ hasText: '한평가' }).waitFor();

    await page.getByTestId('round-assign').click();
    await page
      .getByTestId('round-steps-status')
      .filter({ hasText: /평가위원 \d+명에게 \d+건을 배정했습니다\./ })
      .waitFor();
    await page.getByTestId('round-state').filter({ hasText: '평정 중' }).waitFor();
    expect(await page.getByTestId('candidate-add').count()).toBe(0);
    expect(await text(page, 'candidate-S2016-00777')).toMatch(/0 \/ \d+/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-assessments-round.png');

    await page.getByTestId('round-back').click();
    await page
      .getByTestId(`round-4-${seoulYear() + 1}-1`)
      .first()
      .waitFor();
    await shoot(page, 'web-exam-assessments-rounds.png');
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('lets an assessor rate by keyboard alone, a score out of range named in Korean beside its field', async () => {
    expect((await officer.post(`/api/exam/assessment-rounds/${demoRound.id}/assignments`, {})).status).toBe(200);
    const assessor = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', ASSESSORS[0], PASSWORD);
    const { body: tasks } = await assessor.get<
      { candidateId: string; round: { id: string }; technique: { code: string }; competencies: { code: string }[] }[]
    >('/api/exam/assessments/assignments/mine');
    const trainee = demoRound.candidates.find((c) => c.userId !== null)!;
    const task =
      tasks.find((t) => t.round.id === demoRound.id && t.candidateId === trainee.id) ?? tasks.find((t) => t.round.id === demoRound.id)!;
    const formId = `rating-${task.candidateId}-${task.technique.code}-form`;

    const page = await signedIn(ASSESSORS[0]);
    const watch = watchPage(page);
    await page.getByTestId('nav-exam-rating').click();
    const form = page.getByTestId(formId);
    await form.waitFor();
    const first = task.competencies[0].code;
    await form.getByTestId(`rating-score-${first}`).focus();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    expect(await form.getByTestId(`rating-score-${first}-error`).textContent()).toBe('5 이하로 입력하세요.');
    expect(await form.innerText()).not.toMatch(/ratings\.\d|must not/);
    await focusComesTo(page, `rating-score-${first}`);

    await page.keyboard.press('Backspace');
    for (const [i, competency] of task.competencies.entries()) {
      expect(await focusedTestId(page)).toBe(`rating-score-${competency.code}`);
      await page.keyboard.type('4');
      await page.keyboard.press('Tab');
      if (i === 0) await page.keyboard.type('근거를 들어 설명함');
      await page.keyboard.press('Tab');
    }
    expect(await focusedTestId(page)).toBe(`${formId}-submit`);
    await page.keyboard.press('Enter');
    await page.getByTestId(`${formId}-status`).filter({ hasText: '저장했습니다.' }).waitFor();
    expect(await form.getByTestId(`rating-score-${first}-error`).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-assessments-rating.png');
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('lets the officer consolidate once every rating is in, and the candidate read their feedback', async () => {
    // The other ratings, through the API: 4 for everything.
    for (const email of ASSESSORS) {
      const assessor = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', email, PASSWORD);
      const { body: tasks } = await assessor.get<
        {
          candidateId: string;
          round: { id: string };
          technique: { code: string };
          competencies: { code: string; score: number | null }[];
        }[]
      >('/api/exam/assessments/assignments/mine');
      for (const task of tasks.filter((t) => t.round.id === demoRound.id && t.competencies.some((c) => c.score === null))) {
        const { status } = await assessor.request('PUT', '/api/exam/assessments/ratings', {
          candidateId: task.candidateId,
          technique: task.technique.code,
          ratings: task.competencies.map((c) => ({ competency: c.code, score: 4, comment: '안정적으로 수행함' })),
        });
        expect(status).toBe(200);
      }
    }

    const page = await signedIn(OFFICER);
    const watch = watchPage(page);
    await open(page, `/exam-assessments/${demoRound.id}`);
    await page.getByTestId('round-consolidate').click();
    await page.getByTestId('round-consolidate-confirm-confirm').click();
    await page.getByTestId('round-steps-status').filter({ hasText: '2명 중 2명이 통과했습니다.' }).waitFor();
    await page.getByTestId('round-state').filter({ hasText: '확정' }).waitFor();
    const trainee = demoRound.candidates.find((c) => c.userId !== null)!;
    await page.getByTestId(`candidate-${trainee.employeeNo}`).first().getByTestId('candidate-report').click();
    await page.getByTestId('candidate-report-panel').getByTestId('feedback-overall').filter({ hasText: '4.00' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-assessments-round-report.png');
    await page.getByTestId('candidate-report-close').click();
    await page.getByTestId('candidate-report-panel').waitFor({ state: 'detached' });

    // The sitting's date and cost, recorded once; a second time is refused in words beside the button.
    await page.getByTestId('sitting-cost').fill('38000000');
    await page.getByTestId('sitting-record-submit').click();
    await page.getByTestId('sitting-record-status').filter({ hasText: '대상자 2명, 경비 38,000,000원을 기록했습니다.' }).waitFor();
    watch.expect(409, `/api/exam/assessment-rounds/${demoRound.id}/sitting`);
    await page.getByTestId('sitting-record-submit').click();
    await page.getByTestId('sitting-record-status').locator('[role="alert"]').filter({ hasText: HANGUL }).waitFor();
    expect(watch.problems()).toEqual([]);
    await page.context().close();

    const phone = await signedIn(TRAINEE, { width: 360 });
    const phoneWatch = watchPage(phone);
    await open(phone, '/exam-feedback');
    const report = phone.getByTestId('feedback-report').and(phone.locator('[data-state="completed"]'));
    await report.waitFor();
    expect(await report.getByTestId('feedback-result').textContent()).toBe('합격');
    expect(await report.getByTestId('feedback-overall').textContent()).toBe('종합 점수 4.00 (통과 기준 2.50)');
    expect(await report.getByTestId('feedback-comments').innerText()).toMatch(/근거를 들어 설명함|안정적으로 수행함/);
    expect(await overflowingElements(phone)).toEqual([]);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await shoot(phone, 'web-exam-assessments-feedback-phone.png');
    expect(phoneWatch.problems()).toEqual([]);
    await phone.context().close();
  }, 600_000);
});

describe('every competency assessment screen, for each of its roles', () => {
  type Screen = { name: string; path: () => string; ready: string; roles: string[]; phone?: boolean };
  const screens: Screen[] = [
    { name: 'rounds', path: () => '/exam-assessments', ready: 'rounds-table', roles: ['exam_officer', 'admin'] },
    { name: 'round', path: () => `/exam-assessments/${demoRound.id}`, ready: 'round-candidates', roles: ['exam_officer', 'admin'] },
    { name: 'rating', path: () => '/exam-rating', ready: 'exam-rating', roles: ['assessor'], phone: true },
    { name: 'feedback', path: () => '/exam-feedback', ready: 'feedback-report', roles: ['trainee'], phone: true },
  ];
  const people: Record<string, string> = {
    exam_officer: OFFICER,
    admin: 'admin@seoul-hrd.example',
    assessor: ASSESSORS[1],
    trainee: TRAINEE,
  };

  it.each(Object.keys(people))(
    'as %s: opens each screen it may, with nothing amiss and no serious axe violation, and is told it may not open the others',
    async (role) => {
      const page = await signedIn(people[role]);
      const watch = watchPage(page);
      for (const screen of screens) {
        await open(page, screen.path());
        if (screen.roles.includes(role)) {
          await page.getByTestId(screen.ready).first().waitFor();
          await settled(page);
          expect([screen.name, await page.getByTestId('forbidden').count()]).toEqual([screen.name, 0]);
          expect([screen.name, await seriousAxeViolations(page)]).toEqual([screen.name, []]);
        } else {
          await page.getByTestId('forbidden').waitFor();
        }
        expect([screen.name, watch.problems()]).toEqual([screen.name, []]);
      }
      const menu = async (path: string) => page.locator(`[data-testid="nav-${path}"]`).count();
      expect([await menu('exam-assessments'), await menu('exam-rating'), await menu('exam-feedback')]).toEqual(
        [screens[0], screens[2], screens[3]].map((s) => (s.roles.includes(role) ? 1 : 0)),
      );
      await page.context().close();
    },
    600_000,
  );

  it.each([
    { width: 360, lang: 'ko' as const },
    { width: 360, lang: 'en' as const },
    { width: 768, lang: 'ko' as const },
    { width: 1280, lang: 'en' as const },
  ])(
    'fits the screen at $width px in $lang: nothing sticks out, and English pages speak English',
    async ({ width, lang }) => {
      for (const role of Object.keys(people)) {
        const mine = screens.filter((s) => s.roles.includes(role) && (width > 360 || s.phone));
        if (mine.length === 0) continue;
        const page = await signedIn(people[role], { width, lang });
        const watch = watchPage(page);
        for (const screen of mine) {
          await open(page, screen.path());
          await page.getByTestId(screen.ready).first().waitFor();
          await settled(page);
          expect([screen.name, width, await overflowingElements(page)]).toEqual([screen.name, width, []]);
          if (lang === 'en') {
            expect([screen.name, (await uiWords(page)).filter((words) => HANGUL.test(words))]).toEqual([screen.name, []]);
            expect([screen.name, await untranslatedKorean(page)]).toEqual([screen.name, []]);
            if (width === 1280) await shoot(page, `web-exam-assessments-${screen.name}-en.png`);
          }
          if (width === 360 && lang === 'ko') await shoot(page, `web-exam-assessments-${screen.name}-phone.png`);
          if (width === 768) await shoot(page, `web-exam-assessments-${screen.name}-tablet.png`);
        }
        expect(watch.problems()).toEqual([]);
        await page.context().close();
      }
    },
    600_000,
  );
});
