import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser';

/** The shared browser of a spec file outlives a crash of Chromium: the next pages come from one new one. */
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
}, 60_000);

it('opens the next pages, asked for at once, in one browser launched again after Chromium crashed', async () => {
  browser = await launchChromium();
  const before = await browser.newPage();
  expect(await before.evaluate(() => 6 * 7)).toBe(42);

  // A real crash of the browser process, asked through its debugging channel.
  const session = await browser.newBrowserCDPSession();
  const disconnected = new Promise<void>((resolve) => browser!.once('disconnected', () => resolve()));
  await session.send('Browser.crash').catch(() => undefined);
  await disconnected;
  expect(browser.isConnected()).toBe(false);

  // Two pages asked for at once: one browser is launched again, and both pages are in it, the one
  // the shared browser now stands for (and closes at the end).
  const [after, alongside] = await Promise.all([browser.newPage(), browser.newPage()]);
  expect(await after.evaluate(() => 6 * 7)).toBe(42);
  expect(await alongside.evaluate(() => 6 * 7)).toBe(42);
  expect(browser.isConnected()).toBe(true);
  expect(alongside.context().browser()).toBe(after.context().browser());
  expect(browser.contexts()).toEqual(expect.arrayContaining([after.context(), alongside.context()]));
  const context = await browser.newContext({ locale: 'ko-KR' });
  expect(await (await context.newPage()).evaluate(() => (globalThis as any).navigator.language as string)).toBe('ko-KR');
}, 120_000);
