import {
  ApiClient,
  clientAs,
  newAppPage,
  seriousAxeViolations,
  ServiceStack,
  settled,
  shoot,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';
import { Curriculum, day, PASSWORD } from './support';

/**
 * 수료증 진위 확인 in a real browser against the whole system: the page a certificate's QR code opens,
 * for anyone without signing in — valid, then revoked with its reason, and a code no certificate has —
 * in Korean and English, without console errors, unexpected answers or serious axe violations.
 */
let stack: ServiceStack;
let browser: Browser;
let curriculum: Curriculum;
let manager: ApiClient;
let applicationId: string;
let code: string;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  curriculum = await Curriculum.connect(stack);
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  // A trainee of Mapo completes a three-day course of 21 hours that ended today.
  const cohort = await curriculum.schedule({
    startDate: day(-2),
    endDate: day(0),
    applicationOpens: day(-10),
    applicationCloses: day(0),
    capacity: 5,
    hours: 21,
    completionMinAttendancePercent: 0,
  });
  const trainee = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: '김민수' });
  applicationId = (await trainee.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).body.id;
  expect((await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/completion`, {})).body).toMatchObject({ completed: 1 });
  [{ verification_code: code }] = await stack.query('enrollment', 'SELECT verification_code FROM enrollment.application WHERE id = $1', [
    applicationId,
  ]);
});

afterAll(async () => {
  await curriculum?.close();
  await stopWebStack(stack, browser);
});

/** The verification page of a code, opened by someone who has not signed in. */
async function openCheck(checked: string, lang: 'ko' | 'en' = 'ko', width = 1280): Promise<{ page: Page; problems: () => string[] }> {
  const page = await newAppPage(browser, { lang, width });
  const watch = watchPage(page);
  if (checked !== code) watch.expect(404, '/api/public/certificates/');
  await page.goto(`${stack.gatewayUrl}/certificates/verify/${checked}`);
  await page.getByTestId('certificate-verify').waitFor();
  await settled(page);
  return { page, problems: watch.problems };
}

describe('certificate verification page', () => {
  it('shows a valid certificate to anyone: the name masked, the course, dates, hours and issuer', async () => {
    const { page, problems } = await openCheck(code);
    await page.getByTestId('verify-valid').filter({ hasText: '유효한 수료증입니다.' }).waitFor();
    expect(await page.getByTestId('verify-name').textContent()).toBe('김*수');
    expect(await page.getByTestId('verify-hours').textContent()).toBe('21시간');
    const details = (await page.getByTestId('verify-list').textContent()) ?? '';
    expect(details).toContain('교육기간');
    expect(details).toContain('서울특별시 인재개발원');
    expect(await page.getByTestId('current-user').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'certificate-verify-valid.png');
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it('reads in English too, at a phone’s width', async () => {
    const { page, problems } = await openCheck(code, 'en', 390);
    await page.getByTestId('verify-valid').filter({ hasText: 'This certificate is valid.' }).waitFor();
    expect(await page.getByTestId('verify-hours').textContent()).toBe('21 hours');
    expect(await untranslatedKorean(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it('says "not found" for a code no certificate has', async () => {
    const { page, problems } = await openCheck('AAAA-BBBB-CCCC');
    await page.getByTestId('verify-not-found').filter({ hasText: '확인되지 않는 수료증입니다.' }).waitFor();
    expect(await page.getByTestId('verify-list').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it('shows a revoked certificate as revoked, with the date and the reason', async () => {
    const reason = '출석 기록 정정으로 수료 요건 미충족';
    expect((await manager.post(`/api/enrollment/certificates/${applicationId}/revoke`, { reason })).status).toBe(200);
    const { page, problems } = await openCheck(code);
    await page.getByTestId('verify-revoked').filter({ hasText: '취소된 수료증입니다.' }).waitFor();
    expect(await page.getByTestId('verify-reason').textContent()).toContain(reason);
    expect(await page.getByTestId('verify-revoked-at').textContent()).toContain(day(0).slice(0, 4));
    expect(await page.getByTestId('verify-valid').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'certificate-verify-revoked.png');
    expect(problems()).toEqual([]);
    await page.context().close();
  });
});
