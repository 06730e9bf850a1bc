import {
  newAppPage,
  pngImage,
  seriousAxeViolations,
  ServiceStack,
  settled,
  shoot,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';

/**
 * The institute administrator's screens in a real browser against the whole system: 기관 관리 (the
 * table, adding and editing an agency with the problems beside their fields, deactivating one after a
 * confirmation) and 기관 설정 (names, code, holidays, the seal uploaded with its preview, a file that is
 * no image refused), in Korean and in English, axe clean.
 */
const PASSWORD = 'Baeum!2022';
const ADMIN = 'admin@seoul-hrd.example';
const FLOW_MS = 400_000;

let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 300_000);

afterAll(async () => {
  await stopWebStack(stack, browser);
});

const open = async (page: Page, path: string) => {
  await page.goto(`${stack.gatewayUrl}/${path}`);
  await settled(page);
};

describe('기관 관리 / Agencies', () => {
  it(
    'adds an agency (problems beside their fields), edits it, and deactivates it after a confirmation',
    async () => {
      const page = await newAppPage(browser);
      const watch = watchPage(page);
      watch.expect(409, '/api/admin/agencies');
      await signInToApp(page, stack.gatewayUrl, ADMIN, PASSWORD);
      await open(page, 'admin/agencies');
      const mapo = page.getByTestId('agency-MAPO-GU');
      await mapo.waitFor();
      expect(await mapo.textContent()).toContain('자치구');
      expect(await mapo.textContent()).toContain('윤기관');

      // Nothing filled: each required field says so beside it.
      await page.getByTestId('agency-form-submit').click();
      await page.getByTestId('agency-code-error').waitFor();
      await page.getByTestId('agency-name-ko-error').waitFor();
      await page.getByTestId('agency-code').fill('bad code!');
      await page.getByTestId('agency-name-ko').fill('강남 웹 기관');
      await page.getByTestId('agency-name-en').fill('Gangnam web agency');
      await page.getByTestId('agency-kind').selectOption('other');
      await page.getByTestId('agency-default-quota').fill('2');
      await page.getByTestId('agency-form-submit').click();
      await page.getByTestId('agency-code-error').filter({ hasText: '형식' }).waitFor();
      await page.getByTestId('agency-code').fill('GANGNAM-WEB');
      await page.getByTestId('agency-form-submit').click();
      await page.getByTestId('agency-form-status').filter({ hasText: '강남 웹 기관 기관을 등록했습니다.' }).waitFor();
      const row = page.getByTestId('agency-GANGNAM-WEB');
      await row.waitFor();
      expect(await row.textContent()).toContain('기타');

      // The same code again: the server's refusal beside the code.
      await page.getByTestId('agency-code').fill('GANGNAM-WEB');
      await page.getByTestId('agency-name-ko').fill('중복');
      await page.getByTestId('agency-name-en').fill('Duplicate');
      await page.getByTestId('agency-default-quota').fill('0');
      await page.getByTestId('agency-form-submit').click();
      await page.getByTestId('agency-code-error').filter({ hasText: '이미 있는 기관 코드입니다' }).waitFor();

      // Edited in a dialog.
      await row.getByTestId('agency-edit-open').click();
      const dialog = page.getByTestId('agency-edit');
      await dialog.getByTestId('agency-edit-name-ko').fill('강남 웹 교육 기관');
      await dialog.getByTestId('agency-edit-default-quota').fill('5');
      await dialog.getByTestId('agency-edit-form-submit').click();
      await dialog.getByTestId('agency-edit-form-status').filter({ hasText: '저장했습니다' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await dialog.getByTestId('agency-edit-cancel').click();
      await row.filter({ hasText: '강남 웹 교육 기관' }).waitFor();

      // Deactivated after a confirmation; it can be reactivated.
      await row.getByTestId('agency-deactivate').click();
      const confirm = page.getByTestId('agency-confirm');
      await confirm.filter({ hasText: '비활성화할까요' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await confirm.getByTestId('agency-confirm-confirm').click();
      await page.getByTestId('agency-status').filter({ hasText: '비활성화했습니다' }).waitFor();
      await row.filter({ hasText: '비활성' }).getByTestId('agency-reactivate').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shoot(page, 'web-admin-agencies.png');

      const [stored] = await stack.query(
        'enrollment',
        `SELECT name_ko, active, default_quota FROM enrollment.agency WHERE code = 'GANGNAM-WEB'`,
      );
      expect(stored).toEqual({ name_ko: '강남 웹 교육 기관', active: false, default_quota: 5 });
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );
});

describe('기관 설정 / Institute settings', () => {
  it(
    'saves the code and a holiday, uploads the seal with its preview, and refuses a file that is no image',
    async () => {
      const page = await newAppPage(browser);
      const watch = watchPage(page);
      watch.expect(400, '/api/admin/settings/logo');
      // No logo yet: its preview is not asked for until there is one.
      await signInToApp(page, stack.gatewayUrl, ADMIN, PASSWORD);
      await open(page, 'admin/settings');
      expect(await page.getByTestId('institute-name-ko').inputValue()).toBe('서울특별시 인재개발원');
      await page.getByTestId('institute-code').fill('SEOUL-HRD');
      await page.getByTestId('institute-no-holidays').waitFor();
      await page.getByTestId('institute-holiday-add').click();
      await page.getByTestId('institute-holiday-date-0').fill('2027-05-20');
      await page.getByTestId('institute-holiday-name-0').fill('개원기념일');
      await page.getByTestId('institute-holiday-add').click();
      await page.getByTestId('institute-form-submit').click();
      // The second holiday is empty: its fields say so, and nothing is sent.
      await page.getByTestId('institute-holiday-date-1-error').waitFor();
      await page.getByTestId('institute-holiday-remove-1').click();
      await page.getByTestId('institute-form-submit').click();
      await page.getByTestId('institute-form-status').filter({ hasText: '기관 설정을 저장했습니다.' }).waitFor();

      await page.getByTestId('institute-seal-input').setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: pngImage(200, 200) });
      await page.getByTestId('institute-seal-submit').click();
      await page.getByTestId('institute-seal-status').filter({ hasText: '이미지를 저장했습니다.' }).waitFor();
      const preview = page.getByTestId('institute-seal-preview');
      await preview.locator('img').waitFor();
      expect(await preview.textContent()).toContain('200×200픽셀');
      expect(await preview.locator('img').evaluate((img: any) => img.naturalWidth)).toBe(200);

      await page
        .getByTestId('institute-logo-input')
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
      await page.getByTestId('institute-logo-submit').click();
      await page.getByTestId('institute-logo-status').filter({ hasText: 'PNG 또는 JPEG 이미지만' }).waitFor();
      await page.getByTestId('institute-logo-none').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shoot(page, 'web-admin-settings.png');

      const [stored] = await stack.query('curriculum', `SELECT code, holidays FROM curriculum.tenant_settings`);
      expect(stored).toEqual({ code: 'SEOUL-HRD', holidays: [{ date: '2027-05-20', name: '개원기념일' }] });
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );

  it(
    'reads both screens in English, nothing left in Korean but names, axe clean',
    async () => {
      const page = await newAppPage(browser, { lang: 'en' });
      const watch = watchPage(page);
      await signInToApp(page, stack.gatewayUrl, ADMIN, PASSWORD);
      for (const path of ['admin/agencies', 'admin/settings']) {
        await open(page, path);
        await page.locator('main h1').waitFor();
        expect({ path, korean: await untranslatedKorean(page) }).toEqual({ path, korean: [] });
        expect({ path, axe: await seriousAxeViolations(page) }).toEqual({ path, axe: [] });
      }
      expect(await page.locator('main h1').textContent()).toBe('Institute settings');
      expect(watch.problems()).toEqual([]);
      await page.close();
    },
    FLOW_MS,
  );
});
