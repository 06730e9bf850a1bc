import {
  ApiClient,
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
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/**
 * The administration screens of the web app (apps/web) in a real browser against the whole system:
 * 사용자 관리 (search, filters, registration with errors beside the fields, the row actions with their
 * confirmation, the temporary password shown once), the role switch in the header, and 감사 로그
 * (filters, before and after readable, xlsx and CSV downloads), in Korean and English, axe clean.
 */
const PASSWORD = 'Baeum!2022';
const STRONG = 'Lantern-Walk-4821';
let stack: ServiceStack;
let browser: Browser;
let run: string;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  run = `${stack.runId}${randomUUID().slice(0, 4)}`;
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function asAdmin(lang: 'ko' | 'en' = 'ko'): Promise<Page> {
  const page = await newAppPage(browser, { lang, acceptDownloads: true });
  await signInToApp(page, stack.gatewayUrl, 'admin@seoul-hrd.example', PASSWORD);
  return page;
}

describe('사용자 관리', () => {
  it('registers a user of two roles, shows the password once, finds them, disables and enables them, resets their password', async () => {
    const page = await asAdmin();
    const watch = watchPage(page);
    await page.getByTestId('nav-admin/users').click();
    await page.getByTestId('users-table').waitFor();
    await settled(page);

    // Sent empty: each problem beside its field, named in the summary.
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-form-summary').waitFor();
    await page.getByTestId('user-roles-error').waitFor();
    expect(await page.getByTestId('user-roles-error').textContent()).toMatch(/[가-힣]/);

    const email = `web-${run}@seoul-hrd.example`;
    await page.getByTestId('user-name').fill('웹 직원');
    await page.getByTestId('user-email').fill(email);
    await page.getByTestId('user-roles-planner').check({ force: true });
    await page.getByTestId('user-roles-finance_officer').check({ force: true });
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-form-status').filter({ hasText: '웹 직원' }).waitFor();
    const temporary = (await page.getByTestId('temporary-password-value').textContent())!.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);

    // The same address again: the server's refusal shows beside the e-mail field.
    await page.getByTestId('user-name').fill('웹 직원 둘');
    await page.getByTestId('user-email').fill(email);
    await page.getByTestId('user-roles-planner').check({ force: true });
    watch.expect(409, '/api/admin/users');
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-email-error').filter({ hasText: '이미' }).waitFor();

    await page.getByTestId('users-q').fill(email);
    await page.getByTestId('users-role').selectOption('finance_officer');
    await page.getByTestId('user-filters-submit').click();
    const row = page.getByTestId(`user-row-${email}`);
    await row.waitFor();
    await page.getByTestId('users-count').filter({ hasText: '1' }).waitFor();

    await page.getByTestId(`user-disable-${email}`).click();
    await page.getByTestId('user-confirm').getByText(email).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('user-confirm-confirm').click();
    await page.getByTestId('users-action-status').filter({ hasText: '정지했습니다' }).waitFor();
    await row.getByText('정지', { exact: true }).waitFor();

    await page.getByTestId(`user-enable-${email}`).click();
    await page.getByTestId('user-confirm-confirm').click();
    await page.getByTestId('users-action-status').filter({ hasText: '해제했습니다' }).waitFor();

    await page.getByTestId(`user-reset-${email}`).click();
    await page.getByTestId('user-confirm-confirm').click();
    await page.getByTestId('users-action-status').filter({ hasText: '초기화했습니다' }).waitFor();
    const reset = (await page.getByTestId('temporary-password-value').textContent())!.trim();
    expect(reset).not.toBe(temporary);

    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-admin-users.png');
    expect(watch.problems()).toEqual([]);

    // The person of two roles signs in (their own password set), and switches role in the header.
    const first = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', email, reset);
    expect((await first.post('/api/me/password', { currentPassword: reset, newPassword: STRONG })).status).toBe(200);
    const person = await newAppPage(browser);
    const personWatch = watchPage(person);
    await signInToApp(person, stack.gatewayUrl, email, STRONG);
    await person.getByTestId('current-role').filter({ hasText: '교육 기획 담당' }).waitFor();
    await person.getByTestId('role-switch').selectOption('finance_officer');
    await person.getByTestId('current-role').filter({ hasText: '재무 담당' }).waitFor();
    await person.getByTestId('nav-finance-book').waitFor();
    expect(await seriousAxeViolations(person)).toEqual([]);
    expect(personWatch.problems()).toEqual([]);
    await person.context().close();
    await page.context().close();
  });

  it('reads in English, every word translated', async () => {
    const page = await asAdmin('en');
    await page.goto(`${stack.gatewayUrl}/admin/users`);
    await page.getByTestId('users-table').waitFor();
    await settled(page);
    expect(await page.getByTestId('page-title').textContent()).toBe('Users');
    expect(await untranslatedKorean(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('감사 로그', () => {
  it('lists the changes with before and after readable, filters them, and downloads them as xlsx and CSV', async () => {
    const admin = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD);
    const email = `audit-web-${run}@seoul-hrd.example`;
    const made = await admin.post('/api/admin/users', { email, name: '감사 직원', roles: ['planner'] });
    expect((await admin.post(`/api/admin/users/${made.body.user.id}/disable`, {})).status).toBe(200);

    const page = await asAdmin();
    const watch = watchPage(page);
    await page.getByTestId('nav-admin/audit').click();
    await page.getByTestId('audit-table').waitFor();
    await settled(page);
    await page.getByTestId('audit-q').fill(email);
    await page.getByTestId('audit-action').selectOption('user.disabled');
    await page.getByTestId('audit-filters-submit').click();
    const row = page.getByTestId('audit-row-user.disabled');
    await row.waitFor();
    await page.getByTestId('audit-row-user.created').waitFor({ state: 'detached' });
    expect(await row.textContent()).toMatch(/계정 정지.*관리자|관리자.*계정 정지/s);
    expect(await row.textContent()).toContain('사용');
    expect(await row.textContent()).not.toContain('{');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(email);
    expect(text).toContain('user.disabled');
    expect(text).not.toContain('user.created');

    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'web-admin-audit.png');
    expect(watch.problems()).toEqual([]);
    await page.context().close();

    const english = await asAdmin('en');
    await english.goto(`${stack.gatewayUrl}/admin/audit`);
    await english.getByTestId('audit-table').waitFor();
    await settled(english);
    expect(await untranslatedKorean(english)).toEqual([]);
    expect(await seriousAxeViolations(english)).toEqual([]);
    await english.context().close();
  });
});
