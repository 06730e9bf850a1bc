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
import type { Browser } from 'playwright-core';
import { applicantClient, PASSWORD, sittingExam, WEBHOOK_SECRET } from './helpers';

/**
 * 가답안·이의제기 on a phone (360 px): the applicant sees the provisional keys of their exam, files an
 * objection and sees it listed as theirs, with nothing wider than the screen; another applicant's
 * objection is never on their page. The officer sees both, per question, on the season's keys tab.
 */
const LONG = { timeout: 90_000 };
const APPLICANT_PASSWORD = 'Object-To-Q4-2031';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack({ examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET } }));
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

it('lets a candidate read the keys and object at 360 px, seeing only their own objections', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  const email = `keys-${randomUUID().slice(0, 8)}@example.com`;
  const { client: me } = await signUpApplicant(stack, { email, password: APPLICANT_PASSWORD, name: '이의인' });
  const other = applicantClient(stack.gatewayUrl);
  const { examId, applicationIds } = await sittingExam(stack, officer, [me, other]);
  const numbers: string[] = [];
  for (const [k, client] of [me, other].entries())
    numbers.push((await client.get(`/api/exam/applications/${applicationIds[k]}`)).body.examNumber);
  const keys = {
    subjects: [
      { name: '국어', choices: 4, answers: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4], points: Array(20).fill(5) },
      { name: '행정법총론', choices: 5, answers: [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1], points: Array(20).fill(5) },
    ],
  };
  expect((await officer.request('PUT', `/api/exam/exams/${examId}/answer-keys`, keys)).status).toBe(200);
  const csv = [
    '응시번호,국어,행정법총론',
    `${numbers[0]},12341234123412341234,54321543215432154321`,
    `${numbers[1]},12341234123412340000,5432154321543215432*`,
  ];
  const imported = await officer.raw(`/api/exam/exams/${examId}/written-answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'omr.csv' },
    body: csv.join('\n'),
  });
  expect(imported.status).toBe(200);
  const window = {
    objectionOpensAt: new Date(Date.now() - 3600_000).toISOString(),
    objectionClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
  };
  expect((await officer.post(`/api/exam/exams/${examId}/answer-keys/provisional`, window)).status).toBe(200);
  const secret = `다른 응시자의 사유 ${randomUUID().slice(0, 6)}`;
  expect(
    (await other.post(`/api/exam/answer-keys/${examId}/objections`, { subject: '국어', question: 4, claim: 0, reason: secret })).status,
  ).toBe(201);

  const page = await newAppPage(browser, { width: 360 });
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, APPLICANT_PASSWORD);
  await page.goto(`${stack.gatewayUrl}/exam-answer-keys?exam=${examId}`);
  await page.getByTestId('exam-keys-국어').waitFor(LONG);
  expect(await page.getByTestId('exam-keys-status').innerText()).toBe('가답안 공개');
  expect(await page.getByTestId('exam-keys-국어').locator('li').count()).toBe(20);

  await page.getByTestId('exam-keys-subject').selectOption('국어');
  await page.getByTestId('exam-keys-question').selectOption('4');
  await page.getByTestId('exam-keys-claim').selectOption('3');
  await page.getByTestId('exam-keys-reason').fill('보기 ③도 지문의 내용과 일치하므로 복수 정답으로 인정해 주십시오.');
  await page.getByTestId('exam-keys-submit').click();
  await page.getByTestId('exam-keys-file-status').getByText('이의제기를 접수했습니다.').waitFor(LONG);
  const mine = page.getByTestId('exam-keys-objection');
  await mine.first().waitFor(LONG);
  expect(await mine.count()).toBe(1);
  expect(await mine.first().innerText()).toMatch(/국어 4번[\s\S]*심사 중[\s\S]*3번/);
  expect(await page.content()).not.toContain(secret);
  expect(await overflowingElements(page)).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-exam-answer-keys-360.png');
  expect(watch.problems()).toEqual([]);
  await page.context().close();

  // The officer sees both objections on the question, counted by claim.
  const desk = await newAppPage(browser);
  await signInToApp(desk, stack.gatewayUrl, 'exam@seoul-hrd.example', PASSWORD);
  await desk.goto(`${stack.gatewayUrl}/exam-officer/${examId}?tab=keys`);
  const question = desk.getByTestId('exam-objection-question');
  await question.first().waitFor(LONG);
  expect(await question.first().innerText()).toMatch(/국어 4번[\s\S]*2건[\s\S]*정답 없음 1 · 3번 1/);
  expect(await seriousAxeViolations(desk)).toEqual([]);
  await desk.context().close();
});
