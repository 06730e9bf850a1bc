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
  verificationLink,
  watchPage,
} from '@baeum/testing';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { atStep, photoInWizard, walkWizard } from './wizard';

/**
 * The public's and applicants' exam screens of the web app (apps/web) in a real browser against
 * the whole system: announcements without signing in, sign-up and its mailed link, the application form by keyboard,
 * paying through the payment simulator, 내 응시원서 with its 응시표, the result lookup; the
 * findings (3: the phone field and its example, 4: the tables at phone width), and a smoke test
 * of every applicant screen with axe, at 360 px and in English. The exam data is set up through
 * the API as the exam officer; every run has its own exam and applicant.
 */
const PASSWORD = 'Baeum!2022';
const APPLICANT_PASSWORD = 'Apply-Exam-2031';
const LONG = { timeout: 60_000 };
const HANGUL = /[가-힣]/;

let stack: ServiceStack;
let browser: Browser;
let officer: ApiClient;
let exam: { id: string; titleKo: string; titleEn: string };
let position: { id: string };
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const applicantEmail = `web-applicant-${run}@example.com`;
const applicantName = '박응시';
let applicationId = '';

/** An exam open for applications now, of its own year and round (unique per run). */
function examBody() {
  const now = Date.now();
  const day = 86_400_000;
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    kind: 'open',
    year: 2040 + Math.floor(Math.random() * 60),
    roundNo: 1 + Math.floor(Math.random() * 99),
    titleKo: `제${run}회 지방공무원 임용시험 (웹)`,
    titleEn: `Local civil service exam ${run} (web)`,
    announcedOn: date(now - 7 * day),
    applicationOpensAt: new Date(now - 3600_000).toISOString(),
    applicationClosesAt: new Date(now + 3 * 3600_000).toISOString(),
    cancellationClosesAt: new Date(now + 4 * 3600_000).toISOString(),
    writtenExamOn: date(now + 40 * day),
    interviewStartsOn: date(now + 70 * day),
    interviewEndsOn: date(now + 72 * day),
    resultOn: date(now + 80 * day),
    selectionPlanned: 3,
  };
}

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  let created = await officer.post('/api/exam/exams', examBody());
  for (let i = 0; i < 5 && created.status === 409; i++) created = await officer.post('/api/exam/exams', examBody());
  expect(created.status).toBe(201);
  exam = created.body;
  const withPosition = await officer.post(`/api/exam/exams/${exam.id}/positions`, {
    jobSeries: 'general_admin',
    jobSeriesKo: '일반행정',
    grade: 9,
    openings: 2,
  });
  expect(withPosition.status).toBe(201);
  position = withPosition.body.positions[0];
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

const newPage = (options: { width?: number; lang?: 'ko' | 'en' } = {}) => newAppPage(browser, { ...options, acceptDownloads: true });

async function asApplicant(options: { width?: number; lang?: 'ko' | 'en' } = {}): Promise<Page> {
  const page = await newPage(options);
  await signInToApp(page, stack.gatewayUrl, applicantEmail, APPLICANT_PASSWORD);
  return page;
}

/** The applicant's screens, each with the test id that shows it has rendered. */
const APPLICANT_SCREENS = [
  ['/exam-announcements', 'exam-announcements'],
  ['/exam-apply', 'exam-apply'],
  ['/exam-my', 'exam-my'],
  ['/exam-results', 'exam-results'],
] as const;

const open = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}${path}`);

/** The page scrolls sideways (the document is wider than its window). */
const scrollsSideways = (page: Page) =>
  page.evaluate(
    () => (globalThis as any).document.documentElement.scrollWidth > (globalThis as any).document.documentElement.clientWidth + 1,
  );

describe('the public and the applicant', () => {
  it('reads the announcements without signing in, signs up, applies by keyboard, pays and sees the application', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await open(page, '/exam-announcements');
    const notice = page.getByTestId('exam-announcement').filter({ hasText: exam.titleKo });
    await notice.waitFor(LONG);
    const row = notice.getByTestId('exam-position-row');
    expect(await row.getByTestId('exam-position-fee').textContent()).toContain('원');
    expect(await row.innerText()).toContain('일반행정 9급');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-applicant-announcements.png');

    // Sign up from the announcement.
    await row.getByTestId('exam-signup-link').click();
    await page.getByTestId('signup-name').fill(applicantName);
    await page.getByTestId('signup-email').fill(applicantEmail);
    await page.getByTestId('signup-password').fill(APPLICANT_PASSWORD);
    // The KRDS checkbox is drawn by its label: agreed by keyboard, as a keyboard user would.
    await page.getByTestId('signup-consent').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('signup-consent').isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('signup-submit').click();
    // The page says only that a mail was sent (a known address would read the same).
    await page.getByTestId('signup-sent').waitFor(LONG);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('가입 확인 메일을 보냈습니다');
    expect(await page.getByTestId('signup-sent').innerText()).toContain(applicantEmail);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-applicant-signup-sent.png');

    // A bad link says so, with the way to sign up again.
    watch.expect(400, '/api/auth/applicant-signup/verify');
    await open(page, '/signup/verify?token=not-a-real-link');
    await page.getByTestId('signup-verify-failed').waitFor(LONG);
    expect(await page.getByTestId('signup-verify-failed').innerText()).toContain('확인 링크가 올바르지 않거나 만료되었습니다');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('signup-verify-again').click();
    await page.getByTestId('exam-signup').waitFor(LONG);

    // The mail's link (read from the gateway's outbox, as the notification service would) signs in.
    await open(page, await verificationLink(stack, applicantEmail));
    await page.getByTestId('current-user').waitFor(LONG);
    await page.getByTestId('exam-apply').waitFor(LONG);

    // The announcements are in the applicant's menu too, with 접수 on the position.
    await page.getByTestId('nav-exam-announcements').click();
    const applyLink = page.getByTestId('exam-announcement').filter({ hasText: exam.titleKo }).getByTestId('exam-apply-link');
    await applyLink.waitFor(LONG);
    await applyLink.focus();
    await page.keyboard.press('Enter');

    // The form, by keyboard alone: the exam and position come from the link.
    await page.getByTestId('exam-apply-form').waitFor(LONG);
    expect(await page.getByTestId('exam-apply-steps').getAttribute('aria-label')).toBeTruthy();
    await atStep(page, 'identity');
    // 본인 확인 without the date of birth: refused beside the field, focus on it.
    await page.getByTestId('exam-apply-next').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('exam-apply-birth-error').waitFor();
    await page.getByTestId('exam-apply-birth').fill('1997-03-15');
    // Finding 3: the example typed in full is not refused.
    await page.getByTestId('exam-apply-phone').focus();
    await page.keyboard.type('010-1234-567');
    await page.keyboard.press('Tab');
    await page.getByTestId('exam-apply-phone-error').waitFor();
    await page.getByTestId('exam-apply-phone').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('8');
    expect(await page.getByTestId('exam-apply-phone').inputValue()).toBe('010-1234-5678');
    await page.getByTestId('exam-apply-phone-error').waitFor({ state: 'detached' });
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('exam-apply-phone-error').count()).toBe(0);
    expect(await page.getByTestId('exam-apply-phone').getAttribute('aria-invalid')).toBeNull();
    // Enter confirms the identity and moves on; the step's heading takes focus.
    await page.getByTestId('exam-apply-phone').focus();
    await page.keyboard.press('Enter');
    await atStep(page, 'person');
    await focusComesTo(page, 'exam-apply-step-title');
    await page.getByTestId('exam-apply-fee').waitFor(LONG);
    await page.getByTestId('exam-apply-position').focus();
    await page.keyboard.press('Enter');
    // 학력 by keyboard: the level, the school, and 졸업 by space.
    await atStep(page, 'education');
    await page.getByTestId('exam-apply-edu-level').selectOption('bachelor');
    await page.getByTestId('exam-apply-edu-school').fill('한국대학교');
    await page.getByTestId('exam-apply-edu-status-graduated').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('exam-apply-edu-school').focus();
    await page.keyboard.press('Enter');
    await atStep(page, 'licences');
    await page.getByTestId('exam-apply-next').focus();
    await page.keyboard.press('Enter');
    await atStep(page, 'bonus');
    await page.getByTestId('exam-apply-next').focus();
    await page.keyboard.press('Enter');
    await atStep(page, 'photo');
    await photoInWizard(page);
    await page.getByTestId('exam-apply-next').focus();
    await page.keyboard.press('Enter');
    // Accommodations: a checkbox by space, then on.
    await atStep(page, 'accommodations');
    await page.getByTestId('exam-apply-acc-extended_time').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('exam-apply-acc-extended_time').isChecked()).toBe(true);
    await page.getByTestId('exam-apply-next').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('exam-apply-review').waitFor();
    expect(await page.getByTestId('exam-apply-review').innerText()).toContain('시험시간 연장');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-applicant-apply.png');
    await page.getByTestId('exam-apply-form-submit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('exam-apply-done').waitFor(LONG);
    await page.getByTestId('exam-apply-my').click();

    // 내 응시원서: pay through the simulated provider.
    await page.waitForURL(/exam-my\?submitted=/, LONG);
    const card = page.getByTestId('exam-my-application').filter({ hasText: exam.titleKo });
    await card.waitFor(LONG);
    applicationId = (await card.getAttribute('data-application-id'))!;
    expect(await card.getByTestId('exam-my-status-badge').textContent()).toBe('수수료 미납');
    await card.getByTestId('exam-pay').click();
    await card.getByTestId('exam-pay-approve').click();
    await card.getByTestId('exam-my-status-badge').filter({ hasText: '접수 완료' }).waitFor(LONG);
    await card.getByTestId('exam-my-action-status').filter({ hasText: '결제가 완료되었습니다' }).waitFor(LONG);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('shows a coded server error beside its field, in Korean and in English', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const page = await asApplicant({ lang });
      const watch = watchPage(page);
      watch.expect(409, '/api/exam/applications');
      await open(page, `/exam-apply?exam=${exam.id}&position=${position.id}`);
      await walkWizard(page);
      await page.getByTestId('exam-apply-form-submit').click();
      // Applied already: the server's code, in the user's language, beside the action or its field.
      const said = page
        .locator('.form-hint-invalid, [data-testid="exam-apply-form-status"] [role="alert"]')
        .filter({ hasText: lang === 'ko' ? HANGUL : /\w/ });
      await said.first().waitFor(LONG);
      const words = (await said.allInnerTexts()).join(' ');
      if (lang === 'en') expect(words).not.toMatch(HANGUL);
      else expect(words).toMatch(HANGUL);
      expect(watch.problems()).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the admission ticket and venue once seated, and looks up the result', async () => {
    const now = Date.now();
    expect(
      (
        await officer.request('PATCH', `/api/exam/exams/${exam.id}`, {
          applicationClosesAt: new Date(now - 2000).toISOString(),
          cancellationClosesAt: new Date(now - 1000).toISOString(),
        })
      ).status,
    ).toBe(200);
    expect([200, 201]).toContain((await officer.post(`/api/exam/exams/${exam.id}/exam-numbers`, {})).status);
    const venue = (
      await officer.post(`/api/exam/exams/${exam.id}/venues`, {
        nameKo: '서울강남고등학교',
        agencyCode: 'GANGNAM-GU',
        address: '서울특별시 강남구 테헤란로 1',
      })
    ).body;
    await officer.post(`/api/exam/venues/${venue.id}/rooms`, { name: '201호', seats: 20, accommodations: ['extended_time'] });
    await officer.request('PATCH', `/api/exam/applications/${applicationId}/accommodations`, { decision: 'approved' });
    expect((await officer.post(`/api/exam/exams/${exam.id}/seat-assignment`, {})).body.seated).toBe(1);

    const page = await asApplicant();
    const watch = watchPage(page);
    await page.getByTestId('nav-exam-my').click();
    const card = page.getByTestId('exam-my-application').filter({ hasText: exam.titleKo });
    await card.getByTestId('exam-ticket').waitFor(LONG);
    expect(await card.getByTestId('exam-my-venue').innerText()).toContain('서울강남고등학교');
    const examNumber = (await card.getByTestId('exam-my-number').textContent())!.trim();
    const [download] = await Promise.all([page.waitForEvent('download', LONG), card.getByTestId('exam-ticket').click()]);
    expect(download.suggestedFilename()).toBe(`응시표_${examNumber}.pdf`);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await shoot(page, 'web-exam-applicant-my.png');

    await card.getByTestId('exam-results-link').click();
    await page.getByTestId('exam-results-exam').waitFor(LONG);
    await page.getByTestId('exam-results-submit').click();
    const written = page.getByTestId('exam-result-written');
    await written.waitFor(LONG);
    expect(await written.textContent()).toMatch(/발표|합격|불합격|해당 없음/);
    expect(await page.getByTestId('exam-results-answer').innerText()).toContain(examNumber);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-exam-applicant-results.png');
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('finding 4: on a phone (390 and 360 px) nothing scrolls sideways and 접수 and the fee stay in view', async () => {
    // A second open exam, so the signed-in applicant has a 접수 button to see.
    const second = await officer.post('/api/exam/exams', examBody());
    expect(second.status).toBe(201);
    await officer.post(`/api/exam/exams/${second.body.id}/positions`, {
      jobSeries: 'social_welfare',
      jobSeriesKo: '사회복지',
      grade: 9,
      openings: 1,
    });
    for (const width of [390, 360]) {
      const page = await asApplicant({ width });
      await open(page, '/exam-announcements');
      const notice = page.getByTestId('exam-announcement').filter({ hasText: second.body.titleKo });
      const row = notice.getByTestId('exam-position-row').first();
      await row.getByTestId('exam-apply-link').waitFor(LONG);
      await settled(page);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      for (const testId of ['exam-apply-link', 'exam-position-fee']) {
        const box = (await row.getByTestId(testId).boundingBox())!;
        expect([testId, box.x >= 0 && box.x + box.width <= width]).toEqual([testId, true]);
      }
      if (width === 360) await shoot(page, 'web-exam-applicant-phone-360.png');
      await page.context().close();
    }
  });

  it(
    'smoke: every applicant screen renders at 360 px ' + 'without console errors, failed calls, axe problems or sideways scrolling',
    async () => {
      const page = await asApplicant({ width: 360 });
      const watch = watchPage(page);
      for (const [path, testId] of APPLICANT_SCREENS) {
        await open(page, path);
        await page.getByTestId(testId).waitFor(LONG);
        await settled(page);
        expect([path, await overflowingElements(page)]).toEqual([path, []]);
        expect([path, await scrollsSideways(page)]).toEqual([path, false]);
        expect([path, await seriousAxeViolations(page)]).toEqual([path, []]);
      }
      expect(watch.problems()).toEqual([]);
      await page.context().close();

      const visitor = await newPage({ width: 360 });
      const visitorWatch = watchPage(visitor);
      await open(visitor, '/exam-signup');
      await visitor.getByTestId('exam-signup').waitFor(LONG);
      expect(await overflowingElements(visitor)).toEqual([]);
      expect(await seriousAxeViolations(visitor)).toEqual([]);
      expect(visitorWatch.problems()).toEqual([]);
      await visitor.context().close();
    },
  );

  it('in English, every applicant screen is English but for proper names', async () => {
    const page = await asApplicant({ lang: 'en' });
    const watch = watchPage(page);
    for (const [path, testId] of APPLICANT_SCREENS) {
      await open(page, path);
      await page.getByTestId(testId).waitFor(LONG);
      await settled(page);
      const korean = (await untranslatedKorean(page)).filter((t) => t !== applicantName && !t.includes(applicantName));
      expect([path, korean]).toEqual([path, []]);
      expect([path, await seriousAxeViolations(page)]).toEqual([path, []]);
    }
    // The sign-up link's refusal is English too.
    watch.expect(400, '/api/auth/applicant-signup/verify');
    await open(page, '/signup/verify?token=not-a-real-link');
    await page.getByTestId('signup-verify-failed').waitFor(LONG);
    expect(await page.getByTestId('signup-verify-failed').innerText()).toContain('This link is invalid or has expired');
    expect((await untranslatedKorean(page)).filter((t) => !t.includes(applicantName))).toEqual([]);
    await open(page, '/exam-my');
    await page.getByTestId('exam-my-application').first().waitFor(LONG);
    await shoot(page, 'web-exam-applicant-my-en.png');
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});
