import {
  ApiClient,
  newAppPage,
  overflowingElements,
  pngImage,
  seriousAxeViolations,
  ServiceStack,
  shoot,
  signInToApp,
  signUpApplicant,
  startWebStack,
  stopWebStack,
  watchPage,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';

/**
 * 사진 등록 on a phone (360 px, issue 14 items 2 and 6): from 내 응시원서 the applicant opens the photo page,
 * sees the rules and that no photo is registered, chooses a picture (a landscape PNG made here), crops it
 * to 3:4, registers it and sees it as the current photo, 300×400; a file that is no picture is refused
 * beside the field. Nothing scrolls sideways.
 */
const LONG = { timeout: 60_000 };
const PASSWORD = 'Photo-Booth-2031';
let stack: ServiceStack;
let browser: Browser;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

const scrollsSideways = (page: Page) =>
  page.evaluate(
    () => (globalThis as any).document.documentElement.scrollWidth > (globalThis as any).document.documentElement.clientWidth + 1,
  );

it('crops and registers a photo at 360 px, shows it, and refuses a file that is no picture', async () => {
  const email = `photo-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.com`;
  const { client } = await signUpApplicant(stack, { email, password: PASSWORD, name: '사진응시' });
  const page = await newAppPage(browser, { width: 360 });
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);

  await page.goto(`${stack.gatewayUrl}/exam-my`);
  await page.getByTestId('exam-photo-missing').waitFor(LONG);
  await page.getByTestId('exam-photo-link').click();
  await page.getByTestId('photo-none').waitFor(LONG);
  const rules = await page.getByTestId('photo-picker').innerText();
  for (const rule of ['최근 6개월 이내', '정면', '모자·색안경', '3cm × 세로 4cm']) expect(rules).toContain(rule);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await overflowingElements(page)).toEqual([]);

  // A file that is no picture, whatever its name says, is refused beside the field.
  await page.getByTestId('photo-file').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture') });
  await page.getByTestId('photo-problem').waitFor(LONG);
  expect(await page.getByTestId('photo-problem').innerText()).toContain('JPEG 또는 PNG');

  // A landscape picture, cropped in the 3:4 frame and zoomed a little.
  await page.getByTestId('photo-file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: pngImage(640, 480, [90, 140, 60]) });
  await page.getByTestId('photo-cropper').locator('img').waitFor(LONG);
  await page.waitForFunction(() => (globalThis as any).document.querySelector('[data-testid="photo-problem"]') === null, undefined, LONG);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await overflowingElements(page)).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'web-exam-photo-crop-360.png');
  await page.getByRole('slider').fill('1.5');
  await page.getByTestId('photo-save').click();
  await page.getByTestId('photo-status').filter({ hasText: '사진을 등록했습니다' }).waitFor(LONG);

  // The preview is the registered photo, at the ticket's size.
  const current = page.getByTestId('photo-current');
  await current.waitFor(LONG);
  await page.waitForFunction(
    () => ((globalThis as any).document.querySelector('[data-testid="photo-current"]')?.naturalWidth ?? 0) > 0,
    undefined,
    LONG,
  );
  expect(await current.evaluate((img: any) => [img.naturalWidth, img.naturalHeight])).toEqual([300, 400]);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await overflowingElements(page)).toEqual([]);
  await shoot(page, 'web-exam-photo-registered-360.png');

  const info = await client.get('/api/exam/me/photo/info');
  expect(info.body.photo).toMatchObject({ contentType: 'image/jpeg', width: 300, height: 400 });
  expect(info.body.photo.size).toBeLessThan(1024 * 1024);
  // The applicant's own photo only: another applicant has none.
  const other = await new ApiClient(stack.gatewayUrl).get('/api/exam/me/photo/info');
  expect(other.status).toBe(401);
  expect(watch.problems()).toEqual([]);
}, 300_000);
