import {
  ApiClient,
  newAppPage,
  overflowingElements,
  pdfText,
  seriousAxeViolations,
  ServiceStack,
  shoot,
  signInToApp,
  signUpApplicant,
  startWebStack,
  stopWebStack,
  watchPage,
} from '@baeum/testing';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { openExamBody, PASSWORD } from './helpers';
import { atStep, walkWizard } from './wizard';

/**
 * The application wizard on a phone (360 px) in a real browser against the whole system: every step
 * from 본인 확인 to 제출 with nothing scrolling sideways, the bonus each licence earns by the
 * announcement's rules, a change made from the review page, the submission, the receipt (접수증)
 * downloaded and read, the accommodation's document sent with it, and the application corrected
 * afterwards (원서 수정) through the same wizard. The exam is set up through the API as the exam officer; every run has its own.
 */
const LONG = { timeout: 90_000 };
const APPLICANT_PASSWORD = 'Wizard-Apply-2031';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

/** Nothing is wider than the phone: the document scrolls only up and down. */
async function fitsThePhone(page: Page): Promise<void> {
  expect(await overflowingElements(page)).toEqual([]);
  const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
  expect(width).toBeLessThanOrEqual(360);
}

it('walks the whole wizard at 360 px, shows the licence bonus, submits and downloads the receipt', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  const rules = [
    { licenceName: '정보처리기사', percent: 5, jobSeries: ['computing'] },
    { licenceName: '정보처리산업기사', percent: 3, jobSeries: ['computing'] },
  ];
  let created = await officer.post(
    '/api/exam/exams',
    openExamBody(1 + Math.floor(Math.random() * 99), { year: 2092, licenceBonusRules: rules }),
  );
  for (let i = 0; i < 5 && created.status === 409; i++)
    created = await officer.post(
      '/api/exam/exams',
      openExamBody(1 + Math.floor(Math.random() * 99), { year: 2093, licenceBonusRules: rules }),
    );
  expect(created.status).toBe(201);
  const exam = created.body;
  expect(exam.licenceBonusRules).toEqual(rules);
  const withPosition = await officer.post(`/api/exam/exams/${exam.id}/positions`, {
    jobSeries: 'computing',
    jobSeriesKo: '전산',
    grade: 9,
    openings: 2,
  });
  expect(withPosition.status).toBe(201);
  const position = withPosition.body.positions[0];
  const email = `wizard-${randomUUID().slice(0, 8)}@example.com`;
  await signUpApplicant(stack, { email, password: APPLICANT_PASSWORD, name: '마법사' });

  const page = await newAppPage(browser, { width: 360, acceptDownloads: true });
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, APPLICANT_PASSWORD);
  await page.goto(`${stack.gatewayUrl}/exam-apply?exam=${exam.id}&position=${position.id}`);
  await walkWizard(
    page,
    {
      licences: [
        { name: '정보처리산업기사', number: '1234-A', issuer: '한국산업인력공단', acquiredOn: '2020-06-18' },
        { name: '정보처리기사', number: '5678-B', issuer: '한국산업인력공단', acquiredOn: '2022-11-25' },
      ],
      statutoryBonus: 'veterans:5',
      accommodations: ['extended_time'],
    },
    async (step) => {
      await fitsThePhone(page);
      if (step === 'identity') return;
      if (step === 'person') {
        // 본인 확인 is done; its confirmation is kept with the form.
        expect(await page.getByTestId('exam-apply-steps').innerText()).toContain('인적 사항');
      }
      if (step === 'licences') {
        // Each licence shows its own bonus; only the highest counts, at most 5%.
        expect(await page.getByTestId('exam-apply-lic-0-bonus').innerText()).toContain('3%');
        expect(await page.getByTestId('exam-apply-lic-1-bonus').innerText()).toContain('5%');
        expect(await page.getByTestId('exam-apply-lic-total').innerText()).toContain('5%');
        await shoot(page, 'web-exam-wizard-licences-360.png');
      }
      if (step === 'accommodations') {
        // The request's documents are chosen here and go with the application; a file of another kind is refused at once.
        await page.getByTestId('exam-apply-docs-input').setInputFiles([
          { name: '장애인증명서.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 장애인증명서') },
          { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a document') },
        ]);
        expect(await page.getByTestId('exam-apply-docs-chosen').innerText()).toContain('장애인증명서.pdf');
        expect(await page.getByTestId('exam-apply-docs').innerText()).toContain('notes.txt');
        await fitsThePhone(page);
      }
      if (step === 'review') {
        expect(await page.getByTestId('exam-apply-review-accommodations').innerText()).toContain('장애인증명서.pdf');
        expect(await seriousAxeViolations(page)).toEqual([]);
        await shoot(page, 'web-exam-wizard-review-360.png');
      }
    },
  );

  // The review lists every step; a change made from it comes back to the review with the rest kept.
  const review = page.getByTestId('exam-apply-review');
  expect(await review.innerText()).toContain('정보처리기사');
  expect(await review.innerText()).toContain('취업지원대상자 5%');
  expect(await review.innerText()).toContain('시험시간 연장');
  await page.getByTestId('exam-apply-edit-education').click();
  await atStep(page, 'education');
  await page.getByTestId('exam-apply-edu-school').fill('서울대학교');
  for (const step of ['licences', 'bonus', 'photo', 'accommodations', 'review'] as const) {
    await page.getByTestId('exam-apply-next').click();
    await atStep(page, step);
    await fitsThePhone(page);
  }
  expect(await review.innerText()).toContain('서울대학교');
  expect(await review.innerText()).toContain('정보처리산업기사');

  // 제출: the confirmation, with the receipt.
  await page.getByTestId('exam-apply-form-submit').click();
  await page.getByTestId('exam-apply-done').waitFor(LONG);
  await fitsThePhone(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-exam-wizard-done-360.png');
  const applicationId = (await page.getByTestId('exam-apply-done-id').innerText()).trim();
  // The document chosen in the wizard went with it.
  expect(await page.getByTestId('exam-apply-docs-sent').innerText()).toContain('장애인증명서.pdf');
  const documents = await stack.query(
    'examination',
    `SELECT file_name AS "fileName", content_type AS "contentType" FROM examination.application_document WHERE application_id = $1`,
    [applicationId],
  );
  expect(documents).toEqual([{ fileName: '장애인증명서.pdf', contentType: 'application/pdf' }]);
  const [download] = await Promise.all([page.waitForEvent('download', LONG), page.getByTestId('exam-apply-receipt').click()]);
  const text = pdfText(readFileSync((await download.path())!));
  expect(text).toContain('응시원서 접수증');
  expect(text).toContain(applicationId);
  expect(text).toContain('마법사');
  expect(text).toContain('서울대학교');
  expect(text).toContain('정보처리기사');
  expect(text).toMatch(/자격증 가산점 Licence bonus\s*5%/);

  // The server computed the bonus from the rules and kept the confirmation.
  const [row] = await stack.query(
    'examination',
    `SELECT licence_bonus_percent AS "licence", veterans_bonus_percent AS "veterans", identity_ref IS NOT NULL AS "confirmed"
       FROM examination.application WHERE id = $1`,
    [applicationId],
  );
  expect(row).toEqual({ licence: 5, veterans: 5, confirmed: true });

  // 나의 응시 offers the receipt too.
  await page.getByTestId('exam-apply-my').click();
  const card = page.getByTestId('exam-my-application').filter({ hasText: exam.titleKo });
  await card.getByTestId('exam-receipt').waitFor(LONG);
  await fitsThePhone(page);
  const [again] = await Promise.all([page.waitForEvent('download', LONG), card.getByTestId('exam-receipt').click()]);
  expect(pdfText(readFileSync((await again.path())!))).toContain('응시원서 접수증');

  // 원서 수정 until applications close: the same wizard, filled in from the application, its exam and position fixed,
  // the confirmation made on applying holding while the name and birth date stay.
  expect(await card.getByTestId('exam-my-edit-until').innerText()).toMatch(/\d/);
  await card.getByTestId('exam-edit').click();
  await atStep(page, 'identity');
  expect(await page.getByTestId('exam-apply-phone').inputValue()).toBe('010-1234-5678');
  expect(await page.getByTestId('exam-apply-identity-confirmed').innerText()).toContain('접수할 때 본인 확인을 마쳤습니다');
  await page.getByTestId('exam-apply-phone').fill('010-5555-6666');
  await page.getByTestId('exam-apply-next').click();
  await atStep(page, 'person');
  expect(await page.getByTestId('exam-apply-exam').count()).toBe(0);
  expect(await page.getByTestId('exam-apply').innerText()).toContain(exam.titleKo);
  await page.getByTestId('exam-apply-next').click();
  await atStep(page, 'education');
  expect(await page.getByTestId('exam-apply-edu-school').inputValue()).toBe('서울대학교');
  await page.getByTestId('exam-apply-edu-school').fill('고려대학교');
  for (const step of ['licences', 'bonus', 'photo', 'accommodations', 'review'] as const) {
    await page.getByTestId('exam-apply-next').click();
    await atStep(page, step);
    await fitsThePhone(page);
  }
  expect(await review.innerText()).toContain('고려대학교');
  expect(await review.innerText()).toContain('010-5555-6666');
  expect(await review.innerText()).toContain('정보처리기사');
  expect(await page.getByTestId('exam-apply-form-submit').innerText()).toContain('수정 내용 저장');
  await page.getByTestId('exam-apply-form-submit').click();
  await page.getByTestId('exam-apply-done').waitFor(LONG);
  expect(await page.getByTestId('exam-apply-done').innerText()).toContain('응시원서를 고쳤습니다');
  await fitsThePhone(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // The same application, corrected; the rest (the bonuses, the accommodation asked for) as it was.
  const [corrected] = await stack.query(
    'examination',
    `SELECT id, phone, education ->> 'school' AS school, licence_bonus_percent AS "licence", veterans_bonus_percent AS "veterans",
            accommodations -> 0 ->> 'kind' AS accommodation
       FROM examination.application WHERE id = $1`,
    [applicationId],
  );
  expect(corrected).toEqual({
    id: applicationId,
    phone: '010-5555-6666',
    school: '고려대학교',
    licence: 5,
    veterans: 5,
    accommodation: 'extended_time',
  });
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});
