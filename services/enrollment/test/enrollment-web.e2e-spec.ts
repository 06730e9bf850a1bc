import {
  ApiClient,
  clientAs,
  eventually,
  launchChromium,
  overflowingElements,
  saveScreenshot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  submitSignIn,
  untranslatedKorean,
  watchPage,
  WEB_APP_ENV,
} from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Curriculum, day, outboxOf, PASSWORD } from './support';

/**
 * The enrollment screens of the web app (apps/web) in a real browser against the whole system:
 * the old pages' flows on the new ones, the user test's findings fixed, and every screen for every
 * role that may open it — rendered with its data, in Korean and English, without console errors,
 * unexpected answers or serious axe violations, trainee screens at a phone's width — and refused
 * to a role that may not.
 */
let stack: ServiceStack;
let curriculum: Curriculum;
let browser: Browser;
let manager: ApiClient;
const shots = process.env.BAEUM_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const YEAR = Number(day(0).slice(0, 4));
const TRAINEE = 'trainee@seoul-hrd.example';
const AGENCY = 'agency@seoul-hrd.example';
const MANAGER = 'manager@seoul-hrd.example';
/** The demo staff of 마포구청 (services/enrollment/src/seed/demo-seed.ts). */
const HAN_MAPO = 'e0000000-0000-4000-8000-000000000002';
const OH_SINGYU = 'e0000000-0000-4000-8000-000000000003';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  stack = await ServiceStack.start({
    env: { gateway: WEB_APP_ENV, enrollment: { ENROLLMENT_FILL_INTERVAL_MS: '300', ENROLLMENT_CUTOFF_INTERVAL_MS: '500' } },
  });
  curriculum = await Curriculum.connect(stack);
  browser = await launchChromium();
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', MANAGER, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await curriculum?.close();
  await stack?.stop();
});

/** A page of the app at a width, in a language, watched for console errors and unexpected answers. */
async function openApp(email: string, { width = 1280, lang = 'ko' }: { width?: number; lang?: 'ko' | 'en' } = {}) {
  const page = await browser.newPage({ locale: 'ko-KR', viewport: { width, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(60_000);
  if (lang === 'en')
    await page.addInitScript(() =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('baeum.lang', 'en'),
    );
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);
  return { page, watch };
}

const go = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}/${path}`);

/** Until no part of the page still says it is loading. */
const loaded = (page: Page) =>
  page.waitForFunction(
    () =>
      !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('p.state-line[role="status"]'),
  );

/** Korean left on an English page, but proper names (marked) and the signed-in person's own name in the header. */
async function koreanLeft(page: Page): Promise<string[]> {
  const me = ((await page.locator('.user-name').textContent()) ?? '').trim();
  return (await untranslatedKorean(page)).filter((text) => text !== me);
}

/**
 * What sticks out past the window's right edge once the page has settled (a chart redraws itself
 * for a new width a moment after the window changes): nothing, or what still sticks out after 15 s.
 */
async function overflowAfterResize(page: Page): Promise<string[]> {
  let found: string[] = [];
  await eventually(async () => (found = await overflowingElements(page)).length === 0, {
    what: 'nothing sticking out',
    timeoutMs: 15_000,
  }).catch(() => undefined);
  return found;
}

/**
 * Whether an element comes to lie within the window: the page keeps an outcome in view while it
 * settles, so this waits for that (up to 10 s) rather than judging one moment.
 */
async function inView(page: Page, testId: string): Promise<boolean> {
  const viewport = page.viewportSize()!;
  const within = async () => {
    const box = await page.getByTestId(testId).boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
  };
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    if (await within()) return true;
  }
  return within();
}

/** A cohort a trainee of 마포구청 applied for and the course manager completed, for reports and surveys. */
async function completedCohort(overrides: Parameters<Curriculum['schedule']>[0], trainees: ApiClient[]) {
  const cohort = await curriculum.schedule({ applicationOpens: day(-30), applicationCloses: day(0), capacity: 20, ...overrides });
  const applications: string[] = [];
  for (const trainee of trainees) {
    const { body, status } = await trainee.post('/api/enrollment/applications', { cohortId: cohort.cohortId });
    expect([status, body.status]).toEqual([201, 'confirmed']);
    applications.push(body.id);
  }
  const sheet = (await manager.get(`/api/enrollment/cohorts/${cohort.cohortId}/attendance`)).body;
  const entries = applications.flatMap((applicationId) => sheet.days.map((d: string) => ({ applicationId, day: d, mark: 'present' })));
  expect((await manager.request('PUT', `/api/enrollment/cohorts/${cohort.cohortId}/attendance`, { entries })).status).toBe(200);
  expect((await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/completion`, {})).body.completed).toBe(trainees.length);
  return cohort;
}

/** A flow in the browser on a busy two-core machine: minutes, not seconds. */
const FLOW_MS = 400_000;

const mapoTrainee = (name: string) => clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name });

describe('the old pages’ flows on the new screens', () => {
  it(
    'takes a trainee from applying to the survey at a phone’s width, the survey answered by keyboard alone (finding g)',
    async () => {
      const instructorId = randomUUID();
      const cohort = await curriculum.schedule({
        courseNameKo: '적극행정 실무 과정',
        courseNameEn: 'Proactive administration in practice',
        fieldCode: 'basic_competency',
        startDate: day(-4),
        endDate: day(0),
        applicationOpens: day(-10),
        applicationCloses: day(0),
        capacity: 20,
        instructors: [{ instructorId, name: '박적극' }],
      });

      // The trainee finds the cohort with its seats left and applies; the outcome shows in its row.
      const { page: trainee, watch } = await openApp(TRAINEE, { width: 360 });
      await go(trainee, 'course-apply');
      const row = trainee.getByTestId(`cohort-${cohort.cohortId}`);
      await row.getByText('20 / 20').waitFor();
      await row.getByTestId('apply-button').click();
      await row.getByTestId('apply-status').filter({ hasText: '적극행정 실무 과정 수강이 확정되었습니다.' }).waitFor();
      await row.getByText('수강 확정').waitFor();
      await row.getByText('19 / 20').waitFor();
      expect(await overflowingElements(trainee)).toEqual([]);
      await go(trainee, 'my-training');
      await trainee.getByTestId('my-schedule').getByText('적극행정 실무 과정').waitFor();
      expect(await overflowingElements(trainee)).toEqual([]);
      expect(watch.problems()).toEqual([]);
      await trainee.close();

      // The course manager marks every training day present on the sheet and decides completion.
      const { page: staff, watch: staffWatch } = await openApp(MANAGER);
      await go(staff, 'roster');
      await staff.getByTestId('roster-cohort').selectOption(cohort.cohortId);
      await staff.getByTestId('roster-pick-submit').click();
      await staff.getByTestId('roster-table').getByText('정교육생').waitFor();
      const cells = staff.getByTestId('attendance-grid').locator('[data-testid="attendance-cell"]:not([disabled])');
      const days = await cells.count();
      expect(days).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < days; i++) await cells.nth(i).selectOption('present');
      await staff.getByTestId('attendance-save').click();
      await staff
        .getByTestId('attendance-status')
        .filter({ hasText: `출결 ${days}건을 저장했습니다.` })
        .waitFor();
      await staff.getByTestId('attendance-grid').getByTestId('attendance-percent').filter({ hasText: '100%' }).waitFor();
      await staff.getByTestId('completion-run').click();
      await staff.getByTestId('completion-status').filter({ hasText: '수료 1명, 미수료 0명' }).waitFor();
      await staff.getByTestId('completion-result').locator('[data-status="completed"]').waitFor();
      expect(staffWatch.problems()).toEqual([]);
      await staff.close();
      expect(await outboxOf(stack, cohort.cohortId, 'enrollment.trainee.completed')).toHaveLength(1);

      // Back to the trainee: completed, a certificate to download, and the survey to answer.
      const { page: again, watch: againWatch } = await openApp(TRAINEE, { width: 360 });
      await go(again, 'my-training');
      const mine = again.getByTestId(`application-${cohort.cohortId}`);
      await mine.locator('[data-status="completed"]').waitFor();
      const [download] = await Promise.all([again.waitForEvent('download'), mine.getByTestId('certificate-button').click()]);
      expect(download.suggestedFilename()).toMatch(/^수료증_\d{4}-\d{6}\.pdf$/);
      await mine.getByTestId('survey-link').click();
      await again.getByTestId('survey-form').waitFor();
      expect(await overflowingElements(again)).toEqual([]);
      // Every radio button has a label a screen reader reads: five items and one instructor.
      expect(await again.getByLabel('5 · 매우 그렇다').count()).toBe(6);

      // By keyboard alone: to the submit button, which refuses the empty survey and puts focus on the first question.
      const focused = () =>
        again.evaluate(
          () =>
            (
              globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
            ).document.activeElement?.getAttribute('data-testid') ?? null,
        );
      for (let i = 0; i < 80 && (await focused()) !== 'survey-form-submit'; i++) await again.keyboard.press('Tab');
      expect(await focused()).toBe('survey-form-submit');
      await again.keyboard.press('Enter');
      await again.getByTestId('survey-form-summary').filter({ hasText: '6개 항목을 확인하세요' }).waitFor();
      expect(await again.getByTestId('survey-form-summary').getAttribute('role')).toBe('alert');
      expect(await again.getByTestId('survey-overall-error').textContent()).toBe('입력하세요.');
      await eventually(async () => (await focused()) === 'survey-overall-1', { what: 'focus on the first question' });
      // Space chooses, arrows move within the group, Tab goes to the next question.
      await again.keyboard.press('Space');
      for (let i = 0; i < 4; i++) await again.keyboard.press('ArrowRight');
      expect(await again.getByTestId('survey-overall-5').isChecked()).toBe(true);
      for (const item of ['content', 'usefulness', 'operation', 'environment']) {
        await again.keyboard.press('Tab');
        expect(await focused()).toBe(`survey-${item}-1`);
        await again.keyboard.press('Space');
        for (let i = 0; i < 3; i++) await again.keyboard.press('ArrowRight');
        expect(await again.getByTestId(`survey-${item}-4`).isChecked()).toBe(true);
      }
      await again.keyboard.press('Tab');
      expect(await focused()).toBe('survey-instructor-0-1');
      await again.keyboard.press('Space');
      for (let i = 0; i < 4; i++) await again.keyboard.press('ArrowRight');
      await again.keyboard.press('Tab');
      expect(await focused()).toBe('survey-comment');
      await again.keyboard.type('사례 중심이라 좋았습니다');
      await again.keyboard.press('Tab');
      expect(await focused()).toBe('survey-form-submit');
      await again.keyboard.press('Enter');
      await again.getByTestId('survey-thanks').filter({ hasText: '응답해 주셔서 감사합니다.' }).waitFor();
      expect(await overflowingElements(again)).toEqual([]);
      expect(await seriousAxeViolations(again)).toEqual([]);
      expect(againWatch.problems()).toEqual([]);
      await again.close();

      const [response] = await outboxOf(stack, cohort.cohortId, 'enrollment.survey.submitted');
      expect(response.payload.itemScores).toEqual([
        { itemCode: 'overall', score: 5 },
        { itemCode: 'content', score: 4 },
        { itemCode: 'usefulness', score: 4 },
        { itemCode: 'operation', score: 4 },
        { itemCode: 'environment', score: 4 },
      ]);
      expect(response.payload.instructorScores).toEqual([{ instructorId, score: 5 }]);
    },
    FLOW_MS,
  );

  it(
    'lets an agency admin make a trainee account whose temporary password must be replaced first (findings b and e)',
    async () => {
      const { page, watch } = await openApp(AGENCY);
      await go(page, 'agency');
      await page.getByTestId('staff-table').waitFor();

      // Finding (b): an empty form marks the name beside it and focuses it.
      await page.getByTestId('trainee-form-submit').click();
      expect(await page.getByTestId('trainee-name-error').textContent()).toBe('입력하세요.');
      expect(await page.getByTestId('trainee-form-summary').textContent()).toBe('1개 항목을 확인하세요: 성명');
      await page.locator('[data-testid="trainee-name"]:focus').waitFor();
      // A bad e-mail is marked beside its field, with focus on it; nothing was sent.
      await page.getByTestId('trainee-name').fill('임시비번');
      await page.getByTestId('trainee-employee-no').fill(`MAPO-TMP-${stack.runId}`);
      await page.getByTestId('trainee-grade').fill('9급');
      await page.getByTestId('trainee-email').fill('temp-at-mapo');
      await page.getByTestId('trainee-email').press('Enter');
      expect(await page.getByTestId('trainee-email-error').textContent()).toBe('이메일 주소 형식으로 입력하세요 (예: hong@example.com).');
      await page.locator('[data-testid="trainee-email"]:focus').waitFor();
      expect(await page.getByTestId('trainee-name-error').count()).toBe(0);

      // Finding (e): the form is low on a long page; its outcome shows beside its button, in view.
      const email = `temp-${stack.runId}@mapo.example`;
      await page.getByTestId('trainee-email').fill(email);
      await page.getByTestId('trainee-email').press('Enter');
      const status = page.getByTestId('trainee-form-status');
      await status.filter({ hasText: '계정을 만들었습니다' }).waitFor();
      await page.getByTestId('staff-table').getByText('임시비번').waitFor();
      expect(await inView(page, 'trainee-form-status')).toBe(true);
      const [button, said] = [await page.getByTestId('trainee-form-submit').boundingBox(), await status.boundingBox()];
      expect(said!.y - (button!.y + button!.height)).toBeLessThan(120);
      expect((await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)) > 0).toBe(true);
      const temporaryPassword = /임시 비밀번호 (\S+)/.exec((await status.textContent()) ?? '')![1];
      expect(watch.problems()).toEqual([]);
      await page.close();

      // The trainee signs in with it: only the password form, with the reason, and no menu.
      const newcomer = await browser.newPage({ locale: 'ko-KR' });
      newcomer.setDefaultTimeout(60_000);
      await submitSignIn(newcomer, stack.gatewayUrl, email, temporaryPassword);
      await newcomer.getByTestId('account-must-change').waitFor();
      expect(await newcomer.getByTestId('nav-course-apply').count()).toBe(0);
      await newcomer.getByTestId('password-current').fill(temporaryPassword);
      await newcomer.getByTestId('password-new').fill('mapo-browser-2031');
      await newcomer.getByTestId('password-confirm').fill('mapo-browser-2031');
      await newcomer.getByTestId('password-confirm').press('Enter');
      // Their own first screen follows: the catalog.
      await newcomer.getByTestId('course-apply').waitFor();
      await newcomer.close();
      const client = new ApiClient(stack.gatewayUrl);
      expect((await client.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: temporaryPassword })).status).toBe(401);
      expect((await client.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: 'mapo-browser-2031' })).status).toBe(200);
    },
    FLOW_MS,
  );

  it(
    'lets an agency admin approve a staff application with a rank, then nominate with ranks: equal ranks refused beside both fields, ' +
      'the summary fresh after (findings a and d)',
    async () => {
      const approval = await curriculum.schedule({
        courseNameKo: '공공갈등 관리 과정',
        courseNameEn: 'Managing public conflict',
        approval: 'agency',
        startDate: day(44),
        endDate: day(45),
        capacity: 10,
      });
      const quota = await curriculum.schedule({
        courseNameKo: '청렴 리더십 과정',
        courseNameEn: 'Integrity leadership',
        approval: 'none',
        agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 3 }],
        startDate: day(40),
        endDate: day(41),
        capacity: 10,
      });
      const applicant = mapoTrainee('승인대기');
      expect((await applicant.post('/api/enrollment/applications', { cohortId: approval.cohortId })).body).toMatchObject({
        status: 'pending',
        awaiting: 'agency',
      });

      const { page, watch } = await openApp(AGENCY);
      const nominations: string[] = [];
      page.on('request', (request) => request.url().includes('/api/enrollment/nominations') && nominations.push(request.method()));
      await go(page, 'agency');
      await page.getByTestId('summary-awaiting').filter({ hasText: '1명' }).waitFor();
      const confirmedBefore = Number(((await page.getByTestId('summary-confirmed').textContent()) ?? '').replace(/\D/g, ''));
      const quotaRow = page.getByTestId(`quota-${quota.cohortId}`);
      await quotaRow.getByTestId('quota-confirmed').filter({ hasText: /^0$/ }).waitFor();

      // The agency's approval, with a rank, in a dialog; the outcome beside the table, the summary fresh.
      await page.getByTestId('approval-table').getByTestId('approve-button').click();
      await page.getByTestId('approve-rank').fill('1');
      await page.getByTestId('approve-rank').press('Enter');
      await page.getByTestId('approval-status').filter({ hasText: '승인대기 님의 신청을 승인했습니다.' }).waitFor();
      await page.getByTestId('approval-table-empty').waitFor();
      await page.getByTestId('summary-awaiting').filter({ hasText: '0명' }).waitFor();

      // Finding (a): two equal ranks are refused beside both rank fields, focus on the first; nothing is sent.
      await page.getByTestId('nominate-cohort').selectOption(quota.cohortId);
      await page.getByTestId(`nominee-rank-${HAN_MAPO}`).fill('1');
      await page.getByTestId(`nominee-rank-${OH_SINGYU}`).fill('1');
      await page.getByTestId(`nominee-rank-${OH_SINGYU}`).press('Enter');
      for (const id of [HAN_MAPO, OH_SINGYU])
        expect(await page.getByTestId(`nominee-rank-${id}-error`).textContent()).toBe(
          '순위가 겹칩니다: 1순위를 두 명 이상에게 주었습니다.',
        );
      expect(await page.getByTestId('nominate-summary').textContent()).toContain('2개 항목을 확인하세요');
      await page.locator('[data-testid^="nominee-rank-"][aria-invalid="true"]:focus').waitFor();
      expect(await page.getByTestId('nominate-status').getAttribute('data-kind')).toBe('none');
      expect(nominations).toEqual([]);

      // Distinct ranks: both nominated, each result beside the button.
      await page.getByTestId(`nominee-rank-${OH_SINGYU}`).fill('2');
      await page.getByTestId(`nominee-rank-${OH_SINGYU}`).press('Enter');
      await page.getByTestId('nominate-status').filter({ hasText: '2명 중 2명을 추천했습니다.' }).waitFor();
      expect(await page.getByTestId('nomination-results').locator('[data-status="confirmed"]').count()).toBe(2);
      // Finding (d): the summary and the quota row are fresh without a reload.
      await quotaRow.getByTestId('quota-confirmed').filter({ hasText: /^2$/ }).waitFor();
      await page
        .getByTestId('summary-confirmed')
        .filter({ hasText: `${confirmedBefore + 2}명` })
        .waitFor();
      expect(await page.getByTestId('agency-applications').getByText('한마포').count()).toBeGreaterThan(0);
      expect(nominations).toEqual(['POST']);
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );

  it(
    'runs a cohort: the institute’s approval, the selection and a withdrawal; an assessment, ' +
      'the attendance sheet downloaded and uploaded, completion; an under-filled cohort merged',
    async () => {
      const upcoming = await curriculum.schedule({
        courseNameKo: '정책기획 실무 과정',
        courseNameEn: 'Policy planning in practice',
        approval: 'institute',
        startDate: day(30),
        endDate: day(31),
        capacity: 5,
      });
      for (const name of ['기획1', '기획2', '휴직예정'])
        expect((await mapoTrainee(name).post('/api/enrollment/applications', { cohortId: upcoming.cohortId })).body).toMatchObject({
          status: 'pending',
          awaiting: 'institute',
        });

      const { page, watch } = await openApp(MANAGER);
      await go(page, `roster?cohort=${upcoming.cohortId}`);
      const table = page.getByTestId('roster-table');
      await table.locator('th', { hasText: '휴직예정' }).waitFor();
      // The institute's approvals, one row at a time, each outcome in its row.
      for (let i = 0; i < 3; i++) {
        const row = table.locator('tr', { has: page.getByTestId('institute-approve') }).first();
        const name = ((await row.locator('th').textContent()) ?? '').trim();
        await row.getByTestId('institute-approve').click();
        const said = table.locator('tr', { has: page.locator('th', { hasText: name }) }).getByTestId('roster-row-status');
        await said.locator('[role="status"]:not(:empty), [role="alert"]:not(:empty)').waitFor();
        expect(await said.textContent()).toBe(`${name} 님의 신청을 승인했습니다.`);
      }
      await page.getByTestId('run-selection').click();
      await page.getByTestId('selection-status').filter({ hasText: '선발했습니다' }).waitFor();
      await page.getByTestId('roster-confirmed').filter({ hasText: '3명' }).waitFor();
      // A withdrawal, asked once more; the figures follow.
      const leaving = table.locator('tr', { hasText: '휴직예정' });
      await leaving.getByTestId('withdraw-button').click();
      await page.getByTestId('withdraw-dialog-confirm').click();
      await leaving.getByTestId('roster-row-status').filter({ hasText: '휴직예정 님의 신청을 취소 처리했습니다.' }).waitFor();
      await leaving.locator('[data-status="cancelled"]').waitFor();
      await page.getByTestId('roster-confirmed').filter({ hasText: '2명' }).waitFor();
      await saveScreenshot(page, join(shots, 'web-enrollment-roster-selection.png'));

      // A cohort that ended today, whose rule asks for an assessment too.
      const ended = await curriculum.schedule({
        courseNameKo: '성과평가 실무 과정',
        courseNameEn: 'Performance review in practice',
        completionRequiresAssessment: true,
        startDate: day(-6),
        endDate: day(0),
        applicationOpens: day(-10),
        applicationCloses: day(0),
        capacity: 5,
      });
      for (const name of ['출석왕', '평가전'])
        expect((await mapoTrainee(name).post('/api/enrollment/applications', { cohortId: ended.cohortId })).body.status).toBe('confirmed');
      watch.expect(400, `/api/enrollment/cohorts/${ended.cohortId}/attendance/import`);
      await go(page, `roster?cohort=${ended.cohortId}`);
      await table.locator('th', { hasText: '출석왕' }).waitFor();
      const passed = table.locator('tr', { hasText: '출석왕' });
      // KRDS draws the box over its label: the label is what a person clicks.
      await passed.locator('label', { hasText: '평가 통과' }).click();
      await passed.getByTestId('roster-row-status').filter({ hasText: '출석왕 님의 평가 결과를 저장했습니다.' }).waitFor();
      expect(await passed.getByTestId('assessment-check').isChecked()).toBe(true);

      // The sheet the page exports, filled in and uploaded: a bad one refused whole, each cell named.
      const [sheetFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attendance-download-csv').click()]);
      expect(readFileSync((await sheetFile.path())!, 'utf8').charCodeAt(0)).toBe(0xfeff);
      const days: string[] = (await manager.get(`/api/enrollment/cohorts/${ended.cohortId}/attendance`)).body.days;
      const rows: { id: string; traineeName: string }[] = (await manager.get(`/api/enrollment/cohorts/${ended.cohortId}/roster`)).body
        .applications;
      const header = ['신청번호 (application id)', '성명 (name)', '기관 (agency)', ...days].join(',');
      const upload = async (text: string) => {
        await page
          .getByTestId('attendance-upload-input')
          .setInputFiles({ name: '출석부.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
        await page.getByTestId('attendance-upload-submit').click();
      };
      await upload(`${header}\r\n${rows[0].id},${rows[0].traineeName},MAPO-GU,졸음${',출석'.repeat(days.length - 1)}\r\n`);
      await page
        .getByTestId('attendance-upload-problems')
        .filter({ hasText: '2행 4열: 졸음은 출석·지각·결석·공결 중 하나가 아닙니다.' })
        .waitFor();
      expect(await page.getByTestId('attendance-upload-status').getAttribute('data-kind')).toBe('problem');
      await upload(
        `\uFEFF${header}\r\n${rows.map((r) => `${r.id},${r.traineeName},MAPO-GU,${days.map(() => '출석').join(',')}`).join('\r\n')}\r\n`,
      );
      await page
        .getByTestId('attendance-upload-status')
        .filter({ hasText: `출석부를 반영했습니다: ${rows.length * days.length}건` })
        .waitFor();
      expect(await page.getByTestId('attendance-upload-problems').count()).toBe(0);
      await page.getByTestId('attendance-grid').getByTestId('attendance-percent').filter({ hasText: '100%' }).nth(1).waitFor();
      const [roster] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-download-xlsx').click()]);
      expect(roster.suggestedFilename()).toContain('명단_');
      // Completion by the rule: full attendance and the assessment passed for one, not for the other.
      await page.getByTestId('completion-run').click();
      await page.getByTestId('completion-status').filter({ hasText: '수료 1명, 미수료 1명' }).waitFor();
      expect(await page.getByTestId('completion-result').locator('[data-status="completed"]').count()).toBe(1);
      expect(await inView(page, 'completion-status')).toBe(true);
      expect(watch.problems()).toEqual([]);

      // An under-filled cohort (curriculum's own, below its minimum at its cut-off) merged into its sibling.
      const schedule = async (startDate: string, extra: object) =>
        (
          await manager.post('/api/cohorts', {
            courseId: 'c0a00000-0000-4000-8000-000000000203',
            startDate,
            endDate: startDate,
            capacity: 20,
            estimatedCost: 1000000,
            budgetLineCode: 'INCUMBENT',
            applicationOpens: day(-1),
            ...extra,
          })
        ).body.id as string;
      const small = await schedule(day(50), { minimumFill: 5, minimumFillCutoff: day(0) });
      const sibling = await schedule(day(57), {});
      await curriculum.replicated(small);
      await curriculum.replicated(sibling);
      expect((await mapoTrainee('미달1').post('/api/enrollment/applications', { cohortId: small })).status).toBe(201);
      await eventually(
        async () =>
          (await manager.get('/api/enrollment/under-filled-cohorts')).body.some((c: { cohortId: string }) => c.cohortId === small),
        { what: 'the under-filled flag', timeoutMs: 60_000 },
      );
      await go(page, 'roster');
      const card = page.getByTestId(`under-filled-${small}`);
      await card.getByTestId('merge-target').selectOption(sibling);
      await card.getByTestId(`merge-${small}-submit`).click();
      await card.getByTestId('underfill-decided').filter({ hasText: '통합했습니다: 1명을 옮겼습니다.' }).waitFor();
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );

  it(
    'imports LMS completions with a progress bar, names refused rows in a file, adds nothing twice, and says which columns a file lacks',
    async () => {
      await curriculum.course({
        code: 'E-WEB-ETHICS',
        nameKo: '청렴 e-러닝',
        nameEn: 'Integrity e-learning',
        fiscalYear: YEAR,
        fieldCode: 'job_competency',
      });
      const lines = ['과정코드,기관코드,직원번호,성명,수료일,진도율'];
      for (let i = 0; i < 3000; i++) lines.push(`E-WEB-ETHICS,${['MAPO-GU', 'GANGNAM-GU'][i % 2]},WEB-${i},수강생${i},${day(0)},100`);
      lines[11] = 'E-NOPE,MAPO-GU,X-1,누구,2021-01-01,100';
      lines[2001] = `E-WEB-ETHICS,NOWHERE,X-2,누구,${day(0)},100`;
      const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
      const { page, watch } = await openApp(MANAGER);
      await go(page, 'completion-imports');
      await page.getByTestId('import-history-empty').waitFor();
      const run = async (name: string, text: string) => {
        await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
        await page.getByTestId('import-chosen').waitFor();
        await page.getByTestId('import-submit').click();
      };
      await run('lms.csv', csv);
      await page.getByTestId('import-status').filter({ hasText: '가져오기 완료: 2,998건 추가, 0건 이미 있음, 2건 오류' }).waitFor();
      expect(await page.getByTestId('import-progress').getAttribute('value')).toBe('100');
      expect(await page.getByTestId('import-summary').textContent()).toContain('3,000');
      const [errors] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-errors-csv').click()]);
      const refused = readFileSync((await errors.path())!, 'utf8');
      expect(
        refused
          .split('\r\n')
          .slice(1, 3)
          .map((l) => l.split(',')[0]),
      ).toEqual(['12', '2002']);
      await run('lms.csv', csv);
      await page.getByTestId('import-status').filter({ hasText: '가져오기 완료: 0건 추가, 2,998건 이미 있음, 2건 오류' }).waitFor();
      await run('wrong.csv', 'name,score\r\nx,1\r\n');
      await page.getByTestId('import-status').filter({ hasText: '첫 행(제목 행)에 필요한 열이 없습니다' }).waitFor();
      expect(await page.getByTestId('import-missing').textContent()).toBe(
        '첫 행에 필요한 열이 없습니다: 과정코드, 기관코드, 직원번호, 수료일',
      );
      await page.getByTestId('import-history').locator('tbody tr').nth(2).waitFor();
      expect(await page.getByTestId('import-history').locator('[data-status="failed"]').count()).toBe(1);
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );
});

describe('a course manager adds a trainee directly (issue 13, finding 9)', () => {
  it(
    'finds a trainee by name on the operation screen and seats them after applications closed; a full cohort is refused in words',
    async () => {
      const stamp = randomUUID().slice(0, 6);
      const cohort = await curriculum.schedule({
        courseNameKo: `현장 접수 과정 ${stamp}`,
        courseNameEn: `Walk-in course ${stamp}`,
        capacity: 1,
        applicationOpens: day(-10),
        applicationCloses: day(-1),
        cancellationCloses: day(-1),
      });
      // Two officials with records of their own (as their first sign-in makes them), neither applied.
      for (const name of [`현장${stamp}`, `전화${stamp}`]) await mapoTrainee(name).get('/api/enrollment/trainees/me');

      const { page, watch } = await openApp(MANAGER);
      watch.expect(409, `/api/enrollment/cohorts/${cohort.cohortId}/trainees`);
      await go(page, `roster?cohort=${cohort.cohortId}`);
      const section = page.getByTestId('add-trainee');
      const addByName = async (name: string) => {
        await section.getByTestId('add-trainee-q').fill(name);
        await section.getByTestId('add-trainee-search-submit').click();
        const choice = section.getByTestId('add-trainee-trainee');
        await choice.locator('option', { hasText: name }).waitFor({ state: 'attached' });
        await choice.selectOption({ label: (await choice.locator('option', { hasText: name }).textContent())! });
        await section.getByTestId('add-trainee-reason').fill('전화 추천');
        await section.getByTestId('add-trainee-form-submit').click();
      };
      await addByName(`현장${stamp}`);
      await section
        .getByTestId('add-trainee-form-status')
        .filter({ hasText: `현장${stamp} 교육생을 추가했습니다(수강 확정).` })
        .waitFor();
      const row = page.getByTestId('roster-table').locator('tr', { hasText: `현장${stamp}` });
      await row.getByText('직접 추가').waitFor();
      await row.getByText('수강 확정').waitFor();

      await addByName(`전화${stamp}`);
      await section.getByText('정원(1명)이 찼습니다').waitFor();
      expect(
        await page
          .getByTestId('roster-table')
          .locator('tr', { hasText: `전화${stamp}` })
          .count(),
      ).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );
});

describe('the results', () => {
  it(
    'shows plan against actual with both overall scores, a chart by year and type with its figures, ' +
      'and every code as words in both languages (findings c and f)',
    async () => {
      await curriculum.plan({
        fiscalYear: YEAR,
        kind: 'original',
        versionNo: 1,
        courses: 5,
        sessions: 12,
        trainees: 20030,
        byEducationType: [
          { educationType: 'general', courses: 3, sessions: 12, trainees: 30 },
          { educationType: 'e_learning', courses: 2, sessions: 0, trainees: 20000 },
        ],
      });
      const trainees = ['기본1', '기본2'].map((name) => mapoTrainee(name));
      const cohort = await completedCohort(
        {
          courseCode: 'BASIC-WEB',
          courseNameKo: '공직가치 기본 과정',
          courseNameEn: 'Public service values',
          fieldCode: 'basic_competency',
          startDate: day(-2),
          endDate: day(0),
          instructors: [{ instructorId: randomUUID(), name: '최가치' }],
        },
        trainees,
      );
      for (const [i, t] of trainees.entries()) {
        const due = (await t.get('/api/enrollment/surveys/mine')).body[0];
        expect(
          (
            await t.post('/api/enrollment/surveys', {
              cohortId: cohort.cohortId,
              items: due.items.map((item: { code: string }) => ({ itemCode: item.code, score: 4 + i })),
              instructors: due.instructors.map((x: { instructorId: string }) => ({ instructorId: x.instructorId, score: 5 })),
            })
          ).status,
        ).toBe(201);
      }
      const report = await eventually(
        async () => {
          const { body } = await manager.get(`/api/enrollment/reports/results?year=${YEAR}`);
          return body.rows?.[0]?.planOriginal && body.byField.some((f: { fieldCode: string }) => f.fieldCode === 'basic_competency')
            ? body
            : undefined;
        },
        { what: 'the plan and the field in the report' },
      );
      const general = report.rows.find((r: { id: string }) => r.id === 'general');

      const { page, watch } = await openApp(MANAGER);
      await go(page, 'enrollment-reports');
      await loaded(page);
      const results = page.getByTestId('results-table');
      await results.getByTestId('results-general').getByText('30', { exact: true }).waitFor();
      expect(await results.getByTestId('results-general').textContent()).toContain(String(general.actual.trainees));
      const plain = report.overall.plainMeanOfTypes;
      expect(await page.getByTestId('overall-scores').textContent()).toContain(plain === null ? '—' : plain.toFixed(2));
      // Finding (c): fields and education types in words, never their codes.
      const byField = page.getByTestId('by-field-table');
      await byField.getByText('기본역량').first().waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const code of ['basic_competency', 'job_competency', 'e_learning', 'general']) expect(text).not.toContain(code);
      // Finding (f): completions by year and type as a chart, its figures as a table beside it.
      const chart = page.getByTestId('results-chart-table');
      await chart.waitFor();
      expect(await chart.locator('tbody tr').count()).toBe(5);
      const thisYear = chart.locator('tbody tr', { hasText: `${YEAR}년` });
      expect(((await thisYear.locator('td').allTextContents()) ?? []).map((s) => s.replaceAll(',', ''))).toEqual([
        String(general.actual.trainees),
        String(report.rows.find((r: { id: string }) => r.id === 'e_learning').actual.trainees),
      ]);
      await page.getByTestId('survey-instructors-table').getByText('최가치').waitFor();
      await saveScreenshot(page, join(shots, 'web-enrollment-reports.png'));

      await page.getByTestId('lang-toggle').click();
      await byField.getByText('Basic competency').first().waitFor();
      await results.getByText('General education').waitFor();
      expect(await page.getByTestId('results-chart-table').locator('thead').textContent()).toContain('E-learning');
      expect(await koreanLeft(page)).toEqual([]);
      const english = (await page.locator('main').textContent()) ?? '';
      for (const code of ['basic_competency', 'job_competency', 'e_learning']) expect(english).not.toContain(code);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results-download-csv').click()]);
      expect(readFileSync((await file.path())!, 'utf8')).toContain('일반교육 (General),3,30');
      expect(watch.problems()).toEqual([]);
      await page.close();

      // The agency's own year on its page, education types in words.
      const { page: agency, watch: agencyWatch } = await openApp(AGENCY);
      await go(agency, 'agency');
      const year = agency.getByTestId('agency-report-table');
      await year.locator('tr', { hasText: '공직가치 기본 과정' }).getByText('일반교육').waitFor();
      expect(await agency.getByTestId('agency-totals').textContent()).toMatch(/수료 \d+명/);
      expect(agencyWatch.problems()).toEqual([]);
      await agency.close();
    },
    FLOW_MS,
  );
});

/** Every screen of the domain, how to know its data is there, and who may open it. */
interface Screen {
  name: string;
  path: () => string;
  /** What shows once its data is there; `a|b`: either. */
  ready: string[];
  roles: string[];
  /** A role that may not open it. */
  forbidden: string;
  phone?: boolean;
}

/** Waits for each thing a screen shows with its data, and for nothing still loading. */
async function ready(page: Page, screen: Screen) {
  for (const ids of screen.ready)
    await page
      .locator(
        ids
          .split('|')
          .map((id) => `[data-testid="${id}"]`)
          .join(', '),
      )
      .first()
      .waitFor();
  await loaded(page);
}

describe('every screen for every role', () => {
  it(
    'renders each screen with its data for each role that may open it (no console error, no unexpected answer, ' +
      'no serious axe violation, no Korean left in English, nothing cut off), and refuses the others',
    async () => {
      // A survey the demo trainee owes, and a cohort with a roster and an attendance sheet.
      const owed = await completedCohort(
        {
          courseNameKo: '민원응대 실무 과정',
          courseNameEn: 'Handling civil complaints',
          fieldCode: 'job_competency',
          startDate: day(-12),
          endDate: day(-9),
          instructors: [{ instructorId: randomUUID(), name: '한민원' }],
        },
        [await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', TRAINEE, PASSWORD)],
      );
      const screens: Screen[] = [
        {
          name: 'catalog',
          path: () => 'course-apply',
          ready: ['catalog-table'],
          roles: ['trainee'],
          forbidden: 'course_manager',
          phone: true,
        },
        {
          name: 'my-training',
          path: () => 'my-training',
          ready: ['my-applications', 'notices-in-inbox'],
          roles: ['trainee'],
          forbidden: 'agency_admin',
          phone: true,
        },
        {
          name: 'survey-list',
          path: () => 'survey',
          ready: ['survey-due|survey-form'],
          roles: ['trainee'],
          forbidden: 'planner',
          phone: true,
        },
        {
          name: 'survey',
          path: () => `survey/${owed.cohortId}`,
          ready: ['survey-form'],
          roles: ['trainee'],
          forbidden: 'course_manager',
          phone: true,
        },
        {
          name: 'agency',
          path: () => 'agency',
          ready: ['agency-summary', 'staff-table', 'agency-applications', 'agency-report-table|agency-report-table-empty'],
          roles: ['agency_admin'],
          forbidden: 'trainee',
        },
        {
          name: 'roster',
          path: () => `roster?cohort=${owed.cohortId}`,
          ready: ['roster-table', 'attendance-grid', 'under-filled-section'],
          roles: ['course_manager', 'admin'],
          forbidden: 'trainee',
        },
        {
          name: 'imports',
          path: () => 'completion-imports',
          ready: ['import-history|import-history-empty'],
          roles: ['course_manager', 'admin'],
          forbidden: 'planner',
        },
        {
          name: 'reports',
          path: () => 'enrollment-reports',
          ready: [
            'results-table',
            'results-chart-table',
            'by-field-table|by-field-table-empty',
            'survey-courses-table|survey-courses-table-empty',
          ],
          roles: ['course_manager', 'planner', 'admin'],
          forbidden: 'agency_admin',
        },
      ];
      const emails: Record<string, string> = {
        trainee: TRAINEE,
        agency_admin: AGENCY,
        course_manager: MANAGER,
        planner: 'planner@seoul-hrd.example',
        admin: 'admin@seoul-hrd.example',
      };
      const shot = new Set<string>();
      const checked: string[] = [];

      for (const role of Object.keys(emails)) {
        const mine = screens.filter((s) => s.roles.includes(role));
        const refused = screens.filter((s) => s.forbidden === role);
        if (mine.length === 0 && refused.length === 0) continue;
        const phone = role === 'trainee';
        const { page, watch } = await openApp(emails[role], { width: phone ? 360 : 1280 });
        for (const screen of mine) {
          const what = `${screen.name} as ${role}`;
          await go(page, screen.path());
          await ready(page, screen);
          expect([what, await seriousAxeViolations(page)]).toEqual([what, []]);
          expect([what, await overflowingElements(page)]).toEqual([what, []]);
          if (!shot.has(screen.name)) {
            shot.add(screen.name);
            await saveScreenshot(page, join(shots, `web-enrollment-${screen.name}.png`));
          }
          // The same screen in English: nothing Korean but proper names, nothing cut off at 1366 px (staff) or 360 px.
          await page.getByTestId('lang-toggle').click();
          await page.locator('html[lang="en"]').waitFor();
          await ready(page, screen);
          if (!phone) await page.setViewportSize({ width: 1366, height: 900 });
          expect([what, await koreanLeft(page)]).toEqual([what, []]);
          expect([what, await seriousAxeViolations(page)]).toEqual([what, []]);
          expect([what, await overflowAfterResize(page)]).toEqual([what, []]);
          if (!phone) {
            // A tablet's width: tables scroll in their own boxes, nothing else sticks out.
            await page.setViewportSize({ width: 800, height: 1024 });
            expect([what, await overflowAfterResize(page)]).toEqual([what, []]);
            await page.setViewportSize({ width: 1280, height: 900 });
          }
          await page.getByTestId('lang-toggle').click();
          await page.locator('html[lang="ko"]').waitFor();
          expect([what, watch.problems()]).toEqual([what, []]);
          checked.push(what);
        }
        for (const screen of refused) {
          await go(page, screen.path());
          await page.getByTestId('forbidden').waitFor();
          checked.push(`${screen.name} refused to ${role}`);
        }
        expect([role, watch.problems()]).toEqual([role, []]);
        await page.close();
      }
      expect(checked).toEqual([
        'catalog as trainee',
        'my-training as trainee',
        'survey-list as trainee',
        'survey as trainee',
        'agency refused to trainee',
        'roster refused to trainee',
        'agency as agency_admin',
        'my-training refused to agency_admin',
        'reports refused to agency_admin',
        'roster as course_manager',
        'imports as course_manager',
        'reports as course_manager',
        'catalog refused to course_manager',
        'survey refused to course_manager',
        'reports as planner',
        'survey-list refused to planner',
        'imports refused to planner',
        'roster as admin',
        'imports as admin',
        'reports as admin',
      ]);
    },
    3 * FLOW_MS,
  );
});
