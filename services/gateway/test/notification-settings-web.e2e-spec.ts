import {
  eventually,
  newAppPage,
  seriousAxeViolations,
  settled,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
  type ServiceStack,
} from '@baeum/testing';
import { DemoTenants } from '@baeum/source-data';
import type { Browser, Page } from 'playwright-core';

/**
 * 알림 설정 in a real browser against the whole system: the finance officer adds a mobile number on
 * 내 계정 (a wrong one is refused beside the field), the gateway announces it and the notification
 * service shows it on 알림 설정, where they opt in to texts and change the quiet hours; both kept.
 * In Korean and English, axe clean. What the preferences do is tested in
 * services/notification/test/texts.integration-spec.ts.
 */
const PASSWORD = 'Baeum!2022';
const EMAIL = 'finance@seoul-hrd.example';
let stack: ServiceStack;
let browser: Browser;
let officerId: string;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  [{ id: officerId }] = await stack.query<{ id: string }>(
    'gateway',
    `SELECT id FROM gateway.app_user WHERE email = $1 AND tenant_id = $2`,
    [EMAIL, DemoTenants.seoul.id],
  );
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function asOfficer(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang });
  await signInToApp(page, stack.gatewayUrl, EMAIL, PASSWORD);
  return page;
}

it('keeps a mobile number on 내 계정 and the channels and quiet hours on 알림 설정', async () => {
  const page = await asOfficer();
  const watch = watchPage(page);
  await page.goto(`${stack.gatewayUrl}/account`);
  const phone = page.getByTestId('phone-number');
  await phone.waitFor();
  await phone.fill('02-123-4567');
  await page.getByTestId('phone-submit').click();
  await page.getByText('휴대전화 번호를 010-1234-5678 형식으로 입력하세요.').first().waitFor();
  await phone.fill('010-2468-1357');
  await page.getByTestId('phone-submit').click();
  await page.getByText('휴대전화 번호를 저장했습니다.').waitFor();
  expect(await stack.query('gateway', `SELECT phone FROM gateway.app_user WHERE id = $1`, [officerId])).toEqual([
    { phone: '010-2468-1357' },
  ]);
  // The number reaches the notification service by the gateway's event.
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT phone FROM notification.contact WHERE user_id = $1`, [officerId]))[0]?.phone ===
      '010-2468-1357',
    { timeoutMs: 60000, what: 'the number in the contacts' },
  );
  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByTestId('account-notification-settings').click();
  await page.getByTestId('preferences-form').waitFor();
  expect(await page.getByTestId('preferences-phone').textContent()).toContain('010-2468-1357');
  expect(await page.getByTestId('preferences-email').isChecked()).toBe(true);
  expect(await page.getByTestId('preferences-sms').isChecked()).toBe(false);
  expect(await page.getByTestId('preferences-quiet-start').inputValue()).toBe('21:00');
  expect(await page.getByTestId('preferences-quiet-end').inputValue()).toBe('08:00');
  await page.getByTestId('preferences-sms').check({ force: true });
  await page.getByTestId('preferences-quiet-start').fill('22:30');
  await page.getByTestId('preferences-quiet-end').fill('7:00');
  await page.getByTestId('preferences-form-submit').click();
  await page.getByText('시각을 HH:MM 형식으로 입력하세요.').first().waitFor();
  await page.getByTestId('preferences-quiet-end').fill('07:00');
  await page.getByTestId('preferences-form-submit').click();
  await page.getByText('알림 설정을 저장했습니다.').waitFor();
  expect(
    await stack.query(
      'notification',
      `SELECT email, sms, quiet_start, quiet_end FROM notification.notification_preference WHERE user_id = $1`,
      [officerId],
    ),
  ).toEqual([{ email: true, sms: true, quiet_start: '22:30', quiet_end: '07:00' }]);
  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();

  const english = await asOfficer('en');
  await english.goto(`${stack.gatewayUrl}/notification-settings`);
  await english.getByTestId('preferences-form').waitFor();
  expect(await english.getByTestId('preferences-sms').isChecked()).toBe(true);
  expect(await english.getByTestId('preferences-quiet-start').inputValue()).toBe('22:30');
  expect(await english.getByTestId('notification-settings').textContent()).toContain('Quiet hours for texts');
  await settled(english);
  expect(await untranslatedKorean(english)).toEqual([]);
  expect(await seriousAxeViolations(english)).toEqual([]);
  await english.context().close();
});
