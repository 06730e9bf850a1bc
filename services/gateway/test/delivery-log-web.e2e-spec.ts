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
 * 발송 기록 in a real browser against the whole system: the institute administrator finds a failed
 * mail among the sent ones by status and recipient, with its attempts and reason, in Korean and
 * English, axe clean. The log's rows are written as the sender leaves them (the pipeline itself is
 * tested over a real SMTP server in services/notification/test/notices.integration-spec.ts).
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function asAdmin(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang });
  await signInToApp(page, stack.gatewayUrl, 'admin@seoul-hrd.example', PASSWORD);
  return page;
}

/** A delivery as the sender leaves it, in the demo institute's log. */
const logged = (address: string, status: 'sent' | 'failed', attempts: number, lastError: string | null) =>
  stack.query(
    'notification',
    `INSERT INTO notification.delivery (id, tenant_id, event_id, event_type, recipient, channel, address, template, locale, subject,
       content, status, attempts, last_error, sent_at)
     VALUES ($1, $2, $3, 'finance.line.threshold_crossed', $4, 'email', $5, 'budget-threshold-crossed', 'ko',
       '[예산] WEB 집행률 80% 도달 / Budget line WEB passed 80%', '{"text":"","html":""}', $6, $7, $8,
       CASE WHEN $6 = 'sent' THEN now() END)`,
    [randomUUID(), DemoTenants.seoul.id, randomUUID(), randomUUID(), address, status, attempts, lastError],
  );

it('finds a failed mail by status and recipient, with its attempts and reason, in Korean and English', async () => {
  const failing = `failing-${stack.runId}@example.com`;
  await logged(`fine-${stack.runId}@example.com`, 'sent', 1, null);
  await logged(failing, 'failed', 8, 'SMTP sending failed (RCPT TO 451): try again later');

  const page = await asAdmin();
  const watch = watchPage(page);
  await page.getByTestId('nav-admin/deliveries').click();
  await page.getByTestId('deliveries-table').waitFor();
  await settled(page);
  await page.getByTestId('deliveries-status').selectOption('failed');
  await page.getByTestId('deliveries-recipient').fill(failing);
  await page.getByTestId('deliveries-filters-submit').click();
  await page.getByTestId('delivery-row-sent').waitFor({ state: 'detached' });
  const row = page.getByTestId('delivery-row-failed');
  await row.waitFor();
  expect(await page.getByTestId('delivery-row-failed').count()).toBe(1);
  const text = await row.textContent();
  expect(text).toContain(failing);
  expect(text).toContain('실패');
  expect(text).toContain('8회 시도');
  expect(text).toContain('451');
  expect(text).toContain('예산 집행률 도달');
  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.context().close();

  const english = await asAdmin('en');
  await english.goto(`${stack.gatewayUrl}/admin/deliveries`);
  await english.getByTestId('deliveries-table').waitFor();
  await settled(english);
  expect(await english.getByTestId('deliveries-section').textContent()).toContain('Budget threshold crossed');
  expect(await untranslatedKorean(english)).toEqual([]);
  expect(await seriousAxeViolations(english)).toEqual([]);
  await english.context().close();
});
