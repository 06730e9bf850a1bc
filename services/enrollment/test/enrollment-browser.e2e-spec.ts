import { ApiClient, launchChromium, ServiceStack, submitSignIn } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Curriculum, day, outboxOf, PASSWORD } from './support';

/**
 * The trainee's way through a course in the browser, in Korean: apply → confirmed → attendance
 * (the course manager's sheet) → completion → the accessible survey, with its keyboard use and
 * announced messages.
 */
let stack: ServiceStack;
let curriculum: Curriculum;
let browser: Browser;
const shots = process.env.BAEUM_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  stack = await ServiceStack.start({ env: { enrollment: { ENROLLMENT_FILL_INTERVAL_MS: '300' } } });
  curriculum = await Curriculum.connect(stack);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await curriculum?.close();
  await stack?.stop();
});

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'ko-KR', acceptDownloads: true });
  await submitSignIn(page, stack.gatewayUrl, email, PASSWORD);
  await page.getByTestId('current-user').waitFor();
  return page;
}

it('takes a trainee from applying to the survey, in Korean', async () => {
  const cohort = await curriculum.schedule({
    courseNameKo: '적극행정 실무 과정',
    courseNameEn: 'Proactive administration in practice',
    startDate: day(-4),
    endDate: day(0),
    applicationOpens: day(-10),
    applicationCloses: day(0),
    capacity: 20,
    instructors: [{ instructorId: randomUUID(), name: '박적극' }],
  });

  // The trainee finds the cohort with its seats left and applies.
  const trainee = await signIn('trainee@seoul-hrd.example');
  await trainee.getByTestId('nav-course-apply').click();
  const row = trainee.locator(`[data-cohort-id="${cohort.cohortId}"]`);
  await row.waitFor();
  await row.getByText('20 / 20').waitFor();
  await row.getByTestId('apply-button').click();
  await trainee.getByTestId('catalog-status').filter({ hasText: '수강이 확정되었습니다' }).waitFor();
  await row.getByText('수강 확정').waitFor();
  await trainee.getByTestId('nav-my-training').click();
  await trainee.getByTestId('my-schedule').getByText('적극행정 실무 과정').waitFor();
  await trainee.screenshot({ path: join(shots, 'enrollment-my-training.png'), fullPage: true });
  await trainee.close();

  // The course manager marks every training day present on the sheet and decides completion.
  const manager = await signIn('manager@seoul-hrd.example');
  await manager.getByTestId('nav-roster').click();
  await manager.getByTestId('roster-cohort').selectOption(cohort.cohortId);
  await manager.getByTestId('roster-table').getByText('정교육생').waitFor();
  const cells = manager.getByTestId('attendance-grid').getByTestId('attendance-cell');
  const days = await cells.count();
  expect(days).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < days; i++) await cells.nth(i).selectOption('present');
  await manager.getByTestId('attendance-save').click();
  await manager.getByTestId('roster-status').filter({ hasText: `출결 ${days}건을 저장했습니다` }).waitFor();
  await manager.getByTestId('attendance-grid').getByText('100%').waitFor();
  await manager.getByTestId('completion-run').click();
  await manager.getByTestId('completion-result').locator('[data-status="completed"]').waitFor();
  await manager.screenshot({ path: join(shots, 'enrollment-roster.png'), fullPage: true });
  await manager.close();
  expect(await outboxOf(stack, cohort.cohortId, 'enrollment.trainee.completed')).toHaveLength(1);

  // Back to the trainee: completed, a certificate to download, and the survey to answer.
  const again = await signIn('trainee@seoul-hrd.example');
  await again.getByTestId('nav-my-training').click();
  await again.getByTestId('my-applications').locator('[data-status="completed"]').waitFor();
  const [download] = await Promise.all([again.waitForEvent('download'), again.getByTestId('certificate-button').click()]);
  expect(download.suggestedFilename()).toMatch(/^수료증_\d{4}-\d{6}\.pdf$/);
  await again.getByTestId('survey-link').click();
  const form = again.getByTestId('survey-form');
  await form.waitFor();

  // Submitting with nothing chosen is refused with a message read out, and focus on the first question.
  await again.getByTestId('survey-submit').click();
  const errors = again.getByTestId('survey-errors');
  await errors.filter({ hasText: '답하지 않은 문항이 6개' }).waitFor();
  expect(await errors.getAttribute('role')).toBe('alert');
  expect(await again.evaluate('document.activeElement && document.activeElement.name')).toBe('item-overall');

  // The keyboard alone answers the first question: arrows move within the radio group.
  await again.keyboard.press('ArrowRight');
  await again.keyboard.press('ArrowRight');
  await again.keyboard.press('ArrowRight');
  await again.keyboard.press('ArrowRight');
  expect(await again.getByTestId('survey-overall-5').isChecked()).toBe(true);
  for (const item of ['content', 'usefulness', 'operation', 'environment']) await again.getByTestId(`survey-${item}-4`).check();
  await again.getByTestId('survey-instructor-박적극-5').check();
  // Every radio button has a label a screen reader reads.
  expect(await again.getByLabel('5 · 매우 그렇다').count()).toBe(6);
  await again.getByTestId('survey-submit').click();
  await again.getByTestId('survey-status').filter({ hasText: '응답해 주셔서 감사합니다' }).waitFor();
  await again.screenshot({ path: join(shots, 'enrollment-survey.png'), fullPage: true });

  const [response] = await outboxOf(stack, cohort.cohortId, 'enrollment.survey.submitted');
  expect(response.payload.itemScores).toEqual([
    { itemCode: 'overall', score: 5 },
    { itemCode: 'content', score: 4 },
    { itemCode: 'usefulness', score: 4 },
    { itemCode: 'operation', score: 4 },
    { itemCode: 'environment', score: 4 },
  ]);
  await again.close();
});

it('asks a trainee signed in with a temporary password for a new one before anything else', async () => {
  const agencyAdmin = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'agency@seoul-hrd.example', PASSWORD);
  const email = `temp-${stack.runId}@mapo.example`;
  const made = await agencyAdmin.post('/api/trainee-accounts', { email, name: '임시비번', employeeNo: `MAPO-TMP-${stack.runId}`, grade: '9급', position: '주무관', jobSeries: '행정' });
  expect(made.status).toBe(201);

  const page = await browser.newPage({ locale: 'ko-KR' });
  await submitSignIn(page, stack.gatewayUrl, email, made.body.temporaryPassword);
  // Only the password form, with the reason read out; no menu to go elsewhere.
  await page.getByTestId('account-form').waitFor();
  expect(await page.getByTestId('account-must-change').textContent()).toContain('임시 비밀번호');
  expect(await page.locator('#main-nav').isHidden()).toBe(true);

  // The confirmation must match, and the current password must be right: each error at its field.
  await page.getByLabel('지금 비밀번호').fill(made.body.temporaryPassword);
  await page.getByLabel('새 비밀번호', { exact: true }).fill('mapo-browser-2031');
  await page.getByLabel('새 비밀번호 확인').fill('mapo-browser-2032');
  await page.getByTestId('account-submit').click();
  await page.locator('#account-confirm[aria-invalid="true"]').waitFor();
  await page.getByLabel('지금 비밀번호').fill('wrong-password');
  await page.getByLabel('새 비밀번호 확인').fill('mapo-browser-2031');
  await page.getByTestId('account-submit').click();
  await page.locator('#account-current[aria-invalid="true"]').waitFor();
  expect(await page.getByTestId('account-status').textContent()).toBeTruthy();

  // The right one: the trainee's own menu appears, and the new password is the one that works.
  await page.getByLabel('지금 비밀번호').fill(made.body.temporaryPassword);
  await page.getByTestId('account-submit').click();
  await page.getByTestId('nav-course-apply').waitFor();
  await page.screenshot({ path: join(shots, 'enrollment-password-changed.png') });
  await page.close();
  const client = new ApiClient(stack.gatewayUrl);
  expect((await client.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: made.body.temporaryPassword })).status).toBe(401);
  expect((await client.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: 'mapo-browser-2031' })).status).toBe(200);
});
