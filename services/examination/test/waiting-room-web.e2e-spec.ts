import {
  ApiClient,
  newAppPage,
  overflowingElements,
  seriousAxeViolations,
  ServiceStack,
  shoot,
  signInToApp,
  signUpApplicant,
  startWebStack,
  stopWebStack,
  watchPage,
} from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { applicantClient, applicationBody, openExamBody, PASSWORD } from './helpers';
import { walkWizard } from './wizard';

/**
 * The waiting room as an applicant sees it on a phone (360 px): the submission is turned away as
 * queued, the page shows their number, how many are ahead and the wait, the same place after a reload,
 * and sends the form again by itself once let in. The room lets in one a second here, and sixty
 * other applicants are queued first.
 */
const LONG = { timeout: 90_000 };
/** Others queued first: at one a second, long enough to look at the place on a busy machine. */
const OTHERS = 60;
const APPLICANT_PASSWORD = 'Wait-In-Line-2031';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack({ gateway: { WAITING_ROOM_RATE: '1', WAITING_ROOM_BURST: '1' } }));
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function fillAndSubmit(page: Page) {
  await walkWizard(page);
  await page.getByTestId('exam-apply-form-submit').click();
}

it('shows a queued applicant their place at 360 px, keeps it across a reload, and submits by itself once let in', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  let created = await officer.post('/api/exam/exams', openExamBody(40 + Math.floor(Math.random() * 50), { year: 2090 }));
  for (let i = 0; i < 5 && created.status === 409; i++)
    created = await officer.post('/api/exam/exams', openExamBody(1 + Math.floor(Math.random() * 99), { year: 2091 }));
  expect(created.status).toBe(201);
  const exam = created.body;
  const withPosition = await officer.post(`/api/exam/exams/${exam.id}/positions`, {
    jobSeries: 'general_admin',
    jobSeriesKo: '일반행정',
    grade: 9,
    openings: 2,
  });
  const position = withPosition.body.positions[0];
  const email = `waiting-${randomUUID().slice(0, 8)}@example.com`;
  await signUpApplicant(stack, { email, password: APPLICANT_PASSWORD, name: '대기중' });

  // Others submit first: one goes in, the rest hold places ahead.
  const others = await Promise.all(
    Array.from({ length: OTHERS }, () =>
      applicantClient(stack.gatewayUrl).request('POST', '/api/exam/applications', applicationBody(exam.id, position.id), {
        'idempotency-key': randomUUID(),
      }),
    ),
  );
  expect(others.filter((o) => o.status === 429).length).toBeGreaterThanOrEqual(OTHERS / 2);

  const page = await newAppPage(browser, { width: 360 });
  const watch = watchPage(page);
  watch.expect(429, '/api/exam/applications');
  await signInToApp(page, stack.gatewayUrl, email, APPLICANT_PASSWORD);
  await page.goto(`${stack.gatewayUrl}/exam-apply?exam=${exam.id}&position=${position.id}`);
  await fillAndSubmit(page);

  // Turned away as queued: the place, on a phone, with nothing wider than the screen.
  await page.getByTestId('waiting-room').waitFor(LONG);
  const ticket = await page.getByTestId('waiting-room-ticket').innerText();
  expect(ticket).toMatch(/대기번호 \d+번/);
  expect(await page.getByTestId('waiting-room-ahead').innerText()).toMatch(/내 앞에 \d+명/);
  expect(await page.getByTestId('waiting-room-wait').innerText()).toMatch(/예상 대기 시간/);
  expect(await overflowingElements(page)).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-exam-waiting-room-360.png');

  // The place is the applicant's, not the page's: after a reload the same number shows.
  await page.reload();
  await page.getByTestId('waiting-room-ticket').waitFor(LONG);
  expect(await page.getByTestId('waiting-room-ticket').innerText()).toBe(ticket);
  // The form was on the page that reloaded: filled in again and sent, it waits its turn or goes at once.
  await fillAndSubmit(page);

  // Let in: the form goes again with the pass, and the application is made.
  await page.getByTestId('exam-apply-done').waitFor({ timeout: 180_000 });
  const mine = await stack.query(
    'examination',
    `SELECT count(*)::int AS n FROM examination.application a WHERE a.exam_id = $1 AND a.name_ko = '대기중'`,
    [exam.id],
  );
  expect(mine).toEqual([{ n: 1 }]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});
