import {
  launchChromium,
  overflowingElements,
  saveScreenshot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  submitSignIn,
  watchPage,
  WEB_APP_ENV,
} from '@baeum/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/**
 * The web app's frame in a real browser against the whole system: signing in and its errors, who
 * the header says you are, the language switch, pages that do not exist, a temporary password,
 * accessibility (axe) and a phone's width.
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let browser: Browser;
const shots = process.env.BAEUM_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  stack = await ServiceStack.start({ env: { gateway: WEB_APP_ENV } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newPage(width = 1280): Promise<Page> {
  return browser.newPage({ locale: 'ko-KR', viewport: { width, height: 900 } });
}

it('explains a bad sign-in beside the form, in Korean then in English, and marks empty fields', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  watch.expect(401, '/api/auth/login');
  await page.goto(stack.gatewayUrl);
  await page.getByTestId('login-submit').click();
  expect(await page.getByTestId('login-tenant-error').textContent()).toBe('입력하세요.');
  expect(await page.getByTestId('login-email-error').textContent()).toBe('입력하세요.');
  expect(
    await page.evaluate(() =>
      (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string } } }).document.activeElement.getAttribute(
        'data-testid',
      ),
    ),
  ).toBe('login-tenant');

  await submitSignIn(page, stack.gatewayUrl, 'manager@seoul-hrd.example', 'wrong-password');
  const status = page.getByTestId('login-status');
  await status.locator('[role="alert"]', { hasText: '올바르지 않습니다' }).waitFor();
  expect(await status.textContent()).toBe('기관 코드, 이메일 또는 비밀번호가 올바르지 않습니다.');

  await page.getByTestId('lang-toggle').click();
  await status.locator('[role="alert"]', { hasText: 'incorrect' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.getByTestId('page-title').textContent()).toBe('Sign in');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.close();
});

it('says who is signed in as they would: a trainee of 마포구청, an applicant without an institute', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, 'trainee@seoul-hrd.example', PASSWORD);
  await page.getByTestId('current-affiliation').filter({ hasText: '마포구청' }).waitFor();
  expect(await page.getByTestId('current-role').textContent()).toBe('교육생');
  expect(await page.getByTestId('current-user').textContent()).not.toContain('인재개발원');
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-notice').waitFor();

  await page.getByTestId('login-tenant').fill('seoul-hrd');
  await signInToApp(page, stack.gatewayUrl, 'applicant@seoul-hrd.example', PASSWORD);
  expect(await page.getByTestId('current-role').textContent()).toBe('응시자');
  expect(await page.getByTestId('current-affiliation').count()).toBe(0);
  expect(await page.getByTestId('identifier').textContent()).not.toContain('인재개발원');
  expect(watch.problems()).toEqual([]);
  await page.close();
});

it('answers an address it does not have with a page that says so, not another screen', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, 'manager@seoul-hrd.example', PASSWORD);
  await page.goto(`${stack.gatewayUrl}/no-such-screen`);
  await page.getByTestId('not-found').waitFor();
  expect(await page.getByTestId('page-title').textContent()).toBe('페이지를 찾을 수 없습니다');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.close();
});

it('tells a trainee who opens a staff screen that the role may not open it, not another screen', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, 'trainee@seoul-hrd.example', PASSWORD);
  await page.goto(`${stack.gatewayUrl}/finance-book`);
  await page.getByTestId('forbidden').waitFor();
  expect(await page.getByTestId('page-title').textContent()).not.toBe('');
  expect(await page.getByTestId('forbidden').textContent()).toContain('교육생');
  expect(await page.getByTestId('finance-book').count()).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.close();
});

it('is served with a strict content security policy and the other protective headers, and runs under them', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  const response = await page.goto(stack.gatewayUrl);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-powered-by']).toBeUndefined();
  // The app works under the policy: sign-in, a screen with a chart, no violation in the console.
  await signInToApp(page, stack.gatewayUrl, 'finance@seoul-hrd.example', PASSWORD);
  await page.goto(`${stack.gatewayUrl}/finance-report`);
  await page.locator('canvas').first().waitFor({ timeout: 60_000 });
  expect(watch.problems()).toEqual([]);
  await page.close();
});

it('keeps a new password form usable by keyboard, checks the confirmation, and reports the current password wrong beside it', async () => {
  const page = await newPage();
  const watch = watchPage(page);
  watch.expect(400, '/api/me/password');
  await signInToApp(page, stack.gatewayUrl, 'planner@seoul-hrd.example', PASSWORD);
  await page.goto(`${stack.gatewayUrl}/account`);
  await page.getByTestId('password-current').fill('not-my-password');
  await page.getByTestId('password-new').fill('Another!2027x');
  await page.getByTestId('password-confirm').fill('Different!2027x');
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('password-confirm-error').textContent()).toBe('새 비밀번호가 서로 다릅니다.');
  await page.getByTestId('password-confirm').fill('Another!2027x');
  await page.keyboard.press('Enter');
  await page.getByTestId('password-current-error').waitFor();
  expect(await page.getByTestId('password-current-error').textContent()).toBe('지금 비밀번호가 올바르지 않습니다.');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await saveScreenshot(page, join(shots, 'web-account.png'));
  await page.close();
});

it('fits a phone (360 px) without anything cut off at the side', async () => {
  const page = await newPage(360);
  await page.goto(stack.gatewayUrl);
  await page.getByTestId('login-tenant').waitFor();
  expect(await overflowingElements(page)).toEqual([]);
  await signInToApp(page, stack.gatewayUrl, 'trainee@seoul-hrd.example', PASSWORD);
  await page.goto(`${stack.gatewayUrl}/account`);
  await page.getByTestId('account').waitFor();
  expect(await overflowingElements(page)).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, join(shots, 'web-account-phone.png'));
  await page.close();
});
