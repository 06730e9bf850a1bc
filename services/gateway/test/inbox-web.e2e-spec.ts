import {
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
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';

/**
 * 알림함 in a real browser against the whole system: a staff member sees the unread count on the
 * header's bell, opens the inbox, marks a notice read and the bell goes down; in Korean and English,
 * axe clean. The items are written as the delivery pipeline leaves them (the pipeline itself is tested
 * in services/notification/test/inbox.integration-spec.ts).
 *
 * The reader is the exam officer, whom no notice of the seeded data can reach. The finance officer was
 * told of the 2022 budget lines passing their thresholds as finance seeded its books whenever the
 * notification service had already heard of them as a contact, a race that left 4 unread where this
 * test counts its own 2 (CI, 6 Dec 2026).
 */
const PASSWORD = 'Baeum!2022';
const EMAIL = 'exam@seoul-hrd.example';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  const [officer] = await stack.query<{ id: string }>('gateway', `SELECT id FROM gateway.app_user WHERE email = $1 AND tenant_id = $2`, [
    EMAIL,
    DemoTenants.seoul.id,
  ]);
  for (const [percent, minutesAgo] of [
    [80, 20],
    [90, 10],
  ]) {
    await stack.query(
      'notification',
      `INSERT INTO notification.inbox_item (id, tenant_id, recipient, event_id, event_type, title, body, link, created_at)
       VALUES ($1, $2, $3, $4, 'finance.line.threshold_crossed', $5, $6, $7, now() - ($8::int * interval '1 minute'))`,
      [
        randomUUID(),
        DemoTenants.seoul.id,
        officer.id,
        randomUUID(),
        `[예산] WEB 집행률 ${percent}% 도달 / Budget line WEB passed ${percent}%`,
        `2027년 예산 항목 WEB의 집행액이 예산의 ${percent}%를 넘었습니다.\nSpending on budget line WEB (2027) has passed ${percent}% of its budget.`,
        `${stack.gatewayUrl}/finance-book/2027/lines/WEB`,
        minutesAgo,
      ],
    );
  }
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function asOfficer(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang });
  await signInToApp(page, stack.gatewayUrl, EMAIL, PASSWORD);
  return page;
}

const bellCount = (page: Page) => page.getByTestId('inbox-bell-count');

it('shows the unread count on the bell, and marking a notice read in the inbox lowers it', async () => {
  const page = await asOfficer();
  const watch = watchPage(page);
  await bellCount(page).waitFor();
  expect(await bellCount(page).textContent()).toBe('2');
  await page.getByTestId('inbox-bell').click();
  await page.getByTestId('inbox-item').first().waitFor();
  await settled(page);
  const items = page.getByTestId('inbox-item');
  expect(await items.count()).toBe(2);
  // Newest first.
  expect(await items.nth(0).textContent()).toContain('90%');
  expect(await items.nth(1).textContent()).toContain('예산의 80%를 넘었습니다');
  expect(await page.getByTestId('inbox-count').textContent()).toContain('읽지 않음 2건');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await items.nth(1).getByTestId('inbox-mark-read').click();
  await page.waitForFunction(() => (globalThis as any).document.querySelector('[data-testid="inbox-bell-count"]')?.textContent === '1');
  await page.getByTestId('inbox-unread-only').click();
  await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid="inbox-item"]').length === 1);
  expect(await page.getByTestId('inbox-item').textContent()).toContain('90%');
  await page.getByTestId('inbox-read-all').click();
  await bellCount(page).waitFor({ state: 'detached' });
  await settled(page);
  expect(watch.problems()).toEqual([]);
  await page.context().close();

  const english = await asOfficer('en');
  await english.getByTestId('inbox-bell').waitFor();
  expect(await english.getByTestId('inbox-bell').textContent()).toContain('none unread');
  await english.getByTestId('inbox-bell').click();
  await english.getByTestId('inbox-item').first().waitFor();
  await settled(english);
  expect(await english.getByTestId('inbox').textContent()).toContain('Notices');
  expect(await untranslatedKorean(english)).toEqual([]);
  expect(await seriousAxeViolations(english)).toEqual([]);
  await english.context().close();
});
