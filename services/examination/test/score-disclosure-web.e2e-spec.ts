import {
  ApiClient,
  eventually,
  newAppPage,
  overflowingElements,
  seriousAxeViolations,
  ServiceStack,
  settled,
  shoot,
  signInToApp,
  signUpApplicant,
  startWebStack,
  stopWebStack,
  watchPage,
} from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { applicantClient, applyAndPay, markWrittenExam, openExamBody, PASSWORD, WEBHOOK_SECRET, WrittenSheet } from './helpers';

/**
 * 성적 공개 as an applicant sees it on a phone (360 px): after the written results are published, the
 * results screen shows under the result their scores by subject with the veterans' bonus, the total and
 * average, the pass mark of their position and their rank, with nothing wider than the screen.
 */
const LONG = { timeout: 90_000 };
const APPLICANT_PASSWORD = 'Show-My-Scores-2031';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack({ examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET, SEASON_SWEEP_MS: '300' } }));
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

it('shows a signed-in applicant their scores, pass mark and rank at 360 px without sideways scrolling', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  const body = () => openExamBody(1 + Math.floor(Math.random() * 99), { year: 2094, subjects: ['국어', '영어', '한국사'] });
  let created = await officer.post('/api/exam/exams', body());
  for (let i = 0; i < 5 && created.status === 409; i++) created = await officer.post('/api/exam/exams', body());
  expect(created.status).toBe(201);
  const examId: string = created.body.id;
  const withPosition = await officer.post(`/api/exam/exams/${examId}/positions`, {
    jobSeries: 'general_admin',
    jobSeriesKo: '일반행정',
    grade: 9,
    openings: 1,
  });
  const positionId: string = withPosition.body.positions[0].id;

  const email = `scores-${randomUUID().slice(0, 8)}@example.com`;
  const { client } = await signUpApplicant(stack, { email, password: APPLICANT_PASSWORD, name: '성적공개' });
  const sheets = new Map<string, WrittenSheet>();
  const veteran = { veteransBonusPercent: 5, trackEvidence: '서울북부보훈지청-2031-0114' };
  sheets.set(await applyAndPay(client, examId, positionId, veteran), { scores: [8800, 9125, 7500], bonus: 5, result: 'pass' });
  for (const scores of [
    [7000, 7000, 7000],
    [6000, 6500, 5000],
  ])
    sheets.set(await applyAndPay(applicantClient(stack.gatewayUrl), examId, positionId), { scores, bonus: 0, result: 'fail' });

  // Numbered, sat yesterday and marked.
  expect(await markWrittenExam(stack, officer, examId, sheets)).toBe(3);
  await stack.query('examination', `UPDATE examination.position SET written_cutoff = 8641 WHERE id = $1`, [positionId]);
  const publishAt = new Date(Date.now() + 1000).toISOString();
  expect((await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt })).status).toBe(201);
  // Announced (the page's lookups are not spent on waiting: they count against the applicant's limit).
  await eventually(
    async () => {
      const [row] = await stack.query<{ announced: boolean }>(
        'examination',
        `SELECT announced_at IS NOT NULL AS announced FROM examination.publication WHERE exam_id = $1 AND stage = 'written'`,
        [examId],
      );
      return row?.announced || undefined;
    },
    { what: 'the written results announced' },
  );

  const page = await newAppPage(browser, { width: 360 });
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, APPLICANT_PASSWORD);
  await page.goto(`${stack.gatewayUrl}/exam-results?exam=${examId}`);
  await page.getByTestId('exam-results-submit').waitFor(LONG);
  await page.getByTestId('exam-results-submit').click();
  await page.getByTestId('exam-scores').waitFor(LONG);

  expect(await page.getByTestId('exam-result-written').innerText()).toBe('합격');
  const rows = await page.getByTestId('exam-scores-subject').allInnerTexts();
  expect(rows).toHaveLength(3);
  expect(rows[0]).toMatch(/국어[\s\S]*88\.00[\s\S]*5\.00[\s\S]*93\.00/);
  expect(rows[1]).toMatch(/영어[\s\S]*91\.25[\s\S]*96\.25/);
  expect(await page.getByTestId('exam-scores-total').innerText()).toBe('269.25');
  expect(await page.getByTestId('exam-scores-average').innerText()).toBe('89.75');
  expect(await page.getByTestId('exam-scores-pass-mark').innerText()).toBe('86.41');
  expect(await page.getByTestId('exam-scores-rank').innerText()).toBe('3명 중 1등');
  expect(await page.getByTestId('exam-scores-how').innerText()).toContain('평균은 총점을 과목 수로 나눠');

  await settled(page);
  expect(await overflowingElements(page)).toEqual([]);
  // Each subject's card stays inside the disclosure's own card.
  const card = (await page.getByTestId('exam-scores').boundingBox())!;
  for (const row of await page.getByTestId('exam-scores-subject').all()) {
    const box = (await row.boundingBox())!;
    expect([box.x >= card.x, box.x + box.width <= card.x + card.width]).toEqual([true, true]);
  }
  const sideways = await page.evaluate(
    () => (globalThis as any).document.documentElement.scrollWidth > (globalThis as any).document.documentElement.clientWidth + 1,
  );
  expect(sideways).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-exam-applicant-scores-360.png');
  expect(watch.problems()).toEqual([]);
  await page.context().close();
});
