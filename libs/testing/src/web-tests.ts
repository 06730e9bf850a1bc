import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, WEB_APP_ENV } from './browser';
import { ServiceStack, StackOptions } from './stack';
import { repoRoot } from './topics';

/*
 * The set-up the browser tests of the web app share: the whole system serving the web app with a
 * browser, pages in Korean or English at a given width, waiting for a screen to load, screenshots.
 */

/** Where browser tests save their screenshots: BAEUM_SCREENSHOT_DIR, else the repository's tmp/screenshots. */
export const SCREENSHOT_DIR = process.env.BAEUM_SCREENSHOT_DIR ?? join(repoRoot(), 'tmp', 'screenshots');

/** The whole system with the web app served by its gateway (`env` adds to each service's), and a browser. */
export async function startWebStack(env: StackOptions['env'] = {}): Promise<{ stack: ServiceStack; browser: Browser }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The browser first: it fails fast (not installed, say), and a stack started before it would be left
  // running, its six processes outliving the test run (jest --forceExit does not stop them).
  const browser = await launchChromium();
  try {
    return { stack: await ServiceStack.start({ env: { ...env, gateway: { ...WEB_APP_ENV, ...env.gateway } } }), browser };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Closes what `startWebStack` started (either may be missing when the set-up failed). */
export async function stopWebStack(stack?: ServiceStack, browser?: Browser): Promise<void> {
  await browser?.close();
  await stack?.stop();
}

export interface AppPageOptions {
  /** The window's width (1280 unless told); 900 high. */
  width?: number;
  /** The web app's language: Korean unless told. */
  lang?: 'ko' | 'en';
  /** Whether the page may download files. */
  acceptDownloads?: boolean;
}

/** A new page in its own browser context (locale ko-KR), waiting up to a minute for what it is asked. */
export async function newAppPage(browser: Browser, options: AppPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ko-KR',
    viewport: { width: options.width ?? 1280, height: 900 },
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  context.setDefaultTimeout(60_000);
  if (options.lang === 'en')
    await context.addInitScript(() =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('baeum.lang', 'en'),
    );
  return context.newPage();
}

/** Waits (up to a minute) until nothing on the page says it is loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { document } = globalThis as any;
      return !Array.from(document.querySelectorAll('.state-line') as ArrayLike<{ textContent: string }>).some((e) =>
        /불러오는 중|Loading/.test(e.textContent ?? ''),
      );
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Waits until focus is on the element with `testId`: a page moves focus in its handlers and effects,
 * a moment after the click or key that asked for it. Fails naming where focus is instead.
 */
export async function focusComesTo(page: Page, testId: string, timeoutMs = 15_000): Promise<void> {
  const focusedTestId = () => page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-testid') as string | null);
  try {
    await page.waitForFunction((wanted) => (globalThis as any).document.activeElement?.getAttribute('data-testid') === wanted, testId, {
      timeout: timeoutMs,
    });
  } catch {
    throw new Error(`focus did not come to ${testId} within ${timeoutMs} ms; it is on ${await focusedTestId()}`);
  }
}

/** A screenshot named `name` in SCREENSHOT_DIR, of the page scrolled to its top at once. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (globalThis as any).scrollTo({ top: 0, behavior: 'instant' }));
  await saveScreenshot(page, join(SCREENSHOT_DIR, name));
}
