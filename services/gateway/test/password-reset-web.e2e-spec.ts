import {
  launchChromium,
  resetMail,
  seriousAxeViolations,
  ServiceStack,
  shoot,
  signUpApplicant,
  TestSmtpServer,
  untranslatedKorean,
  watchPage,
  WEB_APP_ENV,
} from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';

/**
 * The password-reset pages of the web app in a real browser, over the gateway, the notification
 * service and a real SMTP server: the link on the sign-in page, the request page that says the same
 * for every address, the mailed link's page with the new password twice (errors beside the fields),
 * then sign-in with the new password; a used link is refused; every page in Korean and English.
 */
let smtp: TestSmtpServer;
let stack: ServiceStack;
let browser: Browser;
const STRONG = 'Lantern-Walk-4821';
const NEWER = 'Harbour-Kite-7350';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  // Only what these pages use: the gateway (serving the app) and the notification service that mails.
  stack = await ServiceStack.start({
    services: ['notification', 'gateway'],
    env: { gateway: WEB_APP_ENV, notification: { SMTP_URL: smtp.url } },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

async function newPage(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
  if (lang === 'en')
    await context.addInitScript(() =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('baeum.lang', 'en'),
    );
  return context.newPage();
}

/** Asks for a reset on the request page and waits for its answer. */
async function askReset(page: Page, email: string) {
  await page.getByTestId('reset-tenant').fill('seoul-hrd');
  await page.getByTestId('reset-email').fill(email);
  await page.getByTestId('reset-submit').click();
  await page.getByTestId('reset-sent').waitFor();
  return page.getByTestId('reset-sent').innerText();
}

it('resets a password from the sign-in page to signing in with the new one; the used link is refused', async () => {
  const email = `web-reset-${stack.runId}${randomUUID().slice(0, 4)}@example.com`;
  await signUpApplicant(stack, { email, password: STRONG });
  const page = await newPage();
  const watch = watchPage(page);

  await page.goto(`${stack.gatewayUrl}/login`);
  const forgot = page.getByTestId('login-forgot');
  expect(await forgot.innerText()).toBe('비밀번호를 잊으셨나요?');
  await forgot.click();
  await page.getByTestId('password-reset').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // An unknown address and a registered one are answered alike.
  const unknown = `nobody-${stack.runId}@example.com`;
  const toUnknown = await askReset(page, unknown);
  expect(toUnknown).toContain(`${unknown} 주소가 등록된 계정이라면`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-password-reset-sent.png');
  await page.getByTestId('reset-again').click();
  const toKnown = await askReset(page, email);
  expect(toKnown.replace(email, '…')).toBe(toUnknown.replace(unknown, '…'));

  const { mail, token } = await resetMail(smtp, email, 2); // after the sign-up's mail
  const link = `${stack.gatewayUrl}/password-reset/confirm?token=${token}`;
  expect(mail.text).toContain(link);
  await page.goto(link);
  await page.getByTestId('password-reset-confirm').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A weak password: refused by the server beside its field; the link still stands.
  watch.expect(400, '/api/auth/password-reset/confirm');
  await page.getByTestId('reset-new').fill('password12');
  await page.getByTestId('reset-confirm-again').fill('password12');
  await page.getByTestId('reset-confirm-submit').click();
  await page.getByTestId('reset-new-error').waitFor();
  expect(await page.getByTestId('reset-new-error').innerText()).toContain('흔하거나 유출된 비밀번호');
  await shoot(page, 'web-password-reset-weak.png');
  // Two different passwords: said beside the second, before anything is sent.
  await page.getByTestId('reset-new').fill(NEWER);
  await page.getByTestId('reset-confirm-again').fill(`${NEWER}x`);
  await page.getByTestId('reset-confirm-submit').click();
  await page.getByTestId('reset-confirm-again-error').waitFor();
  expect(await page.getByTestId('reset-confirm-again-error').innerText()).toContain('새 비밀번호가 서로 다릅니다');

  await page.getByTestId('reset-confirm-again').fill(NEWER);
  await page.getByTestId('reset-confirm-submit').click();
  await page.getByTestId('sign-in-reset-done').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(await page.getByTestId('login-tenant').inputValue()).toBe('seoul-hrd');
  expect(watch.problems()).toEqual([]);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(NEWER);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();

  // The link worked once.
  const again = await newPage();
  await again.goto(link);
  await again.getByTestId('reset-new').fill(STRONG);
  await again.getByTestId('reset-confirm-again').fill(STRONG);
  await again.getByTestId('reset-confirm-submit').click();
  await again.getByTestId('reset-confirm-status').getByText('재설정 링크가 올바르지 않거나').waitFor();
});

it('shows the pages in English, with nothing left in Korean', async () => {
  const page = await newPage('en');
  await page.goto(`${stack.gatewayUrl}/login`);
  expect(await page.getByTestId('login-forgot').innerText()).toBe('Forgot your password?');
  await page.goto(`${stack.gatewayUrl}/password-reset`);
  await page.getByTestId('password-reset').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Reset your password');
  expect(await untranslatedKorean(page)).toEqual([]);
  const sent = await askReset(page, `nobody-en-${stack.runId}@example.com`);
  expect(sent).toContain('If nobody-en-');
  expect(await untranslatedKorean(page)).toEqual([]);
  await page.goto(`${stack.gatewayUrl}/password-reset/confirm`);
  await page.getByTestId('reset-no-token').waitFor();
  expect(await untranslatedKorean(page)).toEqual([]);
  await page.goto(`${stack.gatewayUrl}/password-reset/confirm?token=no-such-token`);
  await page.getByTestId('reset-new').fill(NEWER);
  await page.getByTestId('reset-confirm-again').fill(NEWER);
  await page.getByTestId('reset-confirm-submit').click();
  await page.getByTestId('reset-confirm-status').getByText('This reset link is invalid').waitFor();
  expect(await untranslatedKorean(page)).toEqual([]);
  await shoot(page, 'web-password-reset-confirm-en.png');
});
