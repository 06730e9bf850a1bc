import {
  newAppPage,
  seriousAxeViolations,
  settled,
  shoot,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
  type ServiceStack,
} from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';

/**
 * The platform operator's screen (기관 관리 (플랫폼)) in a real browser against the whole system: the
 * operator's menu holds only it (and their own account); the list of institutes with head counts; a new
 * institute with its first administrator, problems beside their fields (the browser's and the server's);
 * deactivation and reactivation with their confirmation; Korean and English, axe clean.
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let browser: Browser;
let run: string;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  run = `${stack.runId}${randomUUID().slice(0, 4)}`.toLowerCase().replace(/[^a-z0-9]/g, '');
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function asOperator(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang });
  await signInToApp(page, stack.gatewayUrl, 'operator@baeum.example', PASSWORD, 'platform');
  return page;
}

const navLinks = (page: Page) =>
  page.locator('[data-testid^="nav-"]').evaluateAll((links) => links.map((l) => l.getAttribute('data-testid')));

it('opens an institute with its first administrator, shows it in the list, deactivates and reactivates it', async () => {
  const page = await asOperator();
  const watch = watchPage(page);
  await page.getByTestId('institutes-table').waitFor();
  await settled(page);
  expect((await navLinks(page)).sort()).toEqual(['nav-account', 'nav-platform/institutes']);
  await page.getByTestId('institute-row-seoul-hrd').waitFor();

  // Sent empty: each problem beside its field, named in the summary.
  await page.getByTestId('institute-form-submit').click();
  await page.getByTestId('institute-form-summary').waitFor();
  await page.getByTestId('institute-code-error').waitFor();
  await page.getByTestId('institute-admin-email-error').waitFor();

  // A code in use: the server's refusal shows beside the code.
  await page.getByTestId('institute-code').fill('seoul-hrd');
  await page.getByTestId('institute-name-ko').fill('중복 인재개발원');
  await page.getByTestId('institute-name-en').fill('Twice HRD');
  await page.getByTestId('institute-admin-name').fill('김중복');
  await page.getByTestId('institute-admin-email').fill(`twice-${run}@example.com`);
  watch.expect(409, '/api/platform/institutes');
  await page.getByTestId('institute-form-submit').click();
  await page.getByTestId('institute-code-error').filter({ hasText: '이미' }).waitFor();

  const code = `web-${run}`;
  await page.getByTestId('institute-code').fill(code);
  await page.getByTestId('institute-form-submit').click();
  await page
    .getByTestId('institute-form-status')
    .filter({ hasText: `twice-${run}@example.com` })
    .waitFor();
  const row = page.getByTestId(`institute-row-${code}`);
  await row.waitFor();
  await row.getByText('운영', { exact: true }).waitFor();

  await page.getByTestId(`institute-deactivate-${code}`).click();
  await page.getByTestId('institute-confirm').getByText(code).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByTestId('institute-confirm-confirm').click();
  await page.getByTestId('institutes-action-status').filter({ hasText: '중지했습니다' }).waitFor();
  await row.getByText('운영 중지', { exact: true }).waitFor();

  await page.getByTestId(`institute-reactivate-${code}`).click();
  await page.getByTestId('institute-confirm-confirm').click();
  await page.getByTestId('institutes-action-status').filter({ hasText: '재개했습니다' }).waitFor();

  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-platform-institutes.png');
  expect(watch.problems()).toEqual([]);
});

it('reads in English, with nothing left in Korean but names', async () => {
  const page = await asOperator('en');
  const watch = watchPage(page);
  await page.getByTestId('institutes-table').waitFor();
  await settled(page);
  await page.getByTestId('institute-form-submit').click();
  await page.getByTestId('institute-form-summary').waitFor();
  expect(await page.getByTestId('platform-institutes').getByRole('heading', { level: 1 }).textContent()).toContain('Institutes');
  expect(await untranslatedKorean(page)).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
});
