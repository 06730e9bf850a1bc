import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { repoRoot } from './topics';

const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    // Shared memory in files under /tmp: a container's /dev/shm can be too small for a renderer.
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * Debian's Chromium (`.ci/run` installs it), headless, with nothing that reaches out to the network.
 * A spec file shares one browser between its tests; if that browser dies (it crashed once in CI for no
 * cause found), the next new page or context comes from a browser launched again, so one crash fails
 * the test it struck and not every test after it. Pages asked for at once after a crash share the one
 * browser launched again: a second launch would be a browser nothing closes.
 */
export async function launchChromium(): Promise<Browser> {
  let current = await chromium.launch(CHROMIUM_OPTIONS);
  let relaunching: Promise<Browser> | undefined;
  const connected = async () => {
    if (current.isConnected()) return current;
    relaunching ??= chromium
      .launch(CHROMIUM_OPTIONS)
      .then((browser) => (current = browser))
      .finally(() => (relaunching = undefined));
    return relaunching;
  };
  return new Proxy(current, {
    get(_, property: keyof Browser) {
      if (property === 'newContext') return async (...args: Parameters<Browser['newContext']>) => (await connected()).newContext(...args);
      if (property === 'newPage') return async (...args: Parameters<Browser['newPage']>) => (await connected()).newPage(...args);
      const value = current[property];
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** Opens the web app at `baseUrl` and submits its sign-in form; the caller waits for what should follow. */
export async function submitSignIn(page: Page, baseUrl: string, email: string, password: string, tenant = 'seoul-hrd'): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-tenant').waitFor();
  await page.getByTestId('login-tenant').fill(tenant);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/**
 * A full-page screenshot as a reader sees the page from its top: scrolled up first, so the sticky
 * header sits at the top of the picture rather than where the test last scrolled to.
 */
export async function saveScreenshot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

/** The web app's build (apps/web), served by a test stack's gateway with `{ env: { gateway: WEB_APP_ENV } }`. */
export const WEB_APP_ENV = { WEB_ROOT: join(repoRoot(), 'dist', 'apps', 'web') };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA, the rules KWCAG 2.2 follows) on the page as it is and answers
 * the serious and critical violations, each with the elements it found.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Runs in the page: `globalThis` is the window (this project compiles without the DOM's types).
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the browser's debugging channel, as the page's own policy forbids inline scripts.
  if (!loaded) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // A button fading from its busy colour back to its own is measured mid-way and fails contrast
  // by luck of timing: settle every finite transition first, as a person would see it a moment later.
  await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { finish(): void; effect: unknown }[] } };
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        // An endless animation (a spinner) cannot be finished and changes no colour that matters.
      }
    }
  });
  const results = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      document: unknown;
      axe: {
        run(
          context: unknown,
          options: object,
        ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Elements that stick out past the right edge of the viewport (a phone's width), outside boxes
 * that scroll sideways on purpose. The app's body hides overflow, so this is what a person
 * would not see: a button or a fee column cut off.
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as any;
    const width: number = document.documentElement.clientWidth;
    const inScrollBox = (el: any): boolean => {
      for (let e = el?.parentElement ?? null; e; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*')) as any[]) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      // Visually hidden text (sr-only) is clipped to 1px and harmless.
      if (box.width <= 1 && box.height <= 1) continue;
      if (box.right > width + 1 && !inScrollBox(el)) {
        const id = el.getAttribute('data-testid') ?? el.id;
        found.push(
          `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}` +
            `${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} ` +
            `right=${Math.round(box.right)}`,
        );
      }
    }
    return found;
  });
}

/**
 * Watches a page for what a smoke test must not see: errors in the console, uncaught exceptions,
 * and answers of 400 or more that the test did not provoke (`expect(…)` them by path); a 503 with
 * Retry-After is the designed answer to overload, which the app retries, and is not counted.
 */
export function watchPage(page: Page): { problems(): string[]; expect(status: number, pathPart: string): void } {
  const problems: string[] = [];
  const expected: { status: number; pathPart: string }[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // The browser's own line for a failed request repeats what the response listener reports.
    if (/^Failed to load resource: the server responded with a status of/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    // Overload answered as designed (503 with Retry-After), which the app retries: not a fault.
    if (status === 503 && response.headers()['retry-after']) return;
    const url = new URL(response.url());
    if (expected.some((e) => e.status === status && url.pathname.includes(e.pathPart))) return;
    problems.push(`${status} ${response.request().method()} ${url.pathname}${url.search}`);
  });
  return { problems: () => [...problems], expect: (status, pathPart) => expected.push({ status, pathPart }) };
}

/** Signs in through the web app's form and waits for the signed-in frame. */
export async function signInToApp(page: Page, baseUrl: string, email: string, password: string, tenant = 'seoul-hrd'): Promise<void> {
  await submitSignIn(page, baseUrl, email, password, tenant);
  await page.getByTestId('current-user').waitFor();
}

/**
 * Korean text on a page shown in English, outside elements marked `lang="ko"` (proper names, which
 * the app marks): words a catalogue forgot to translate.
 */
export async function untranslatedKorean(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, NodeFilter } = globalThis as any;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text: string = node.textContent ?? '';
      if (!/[가-힣]/.test(text)) continue;
      const element = node.parentElement;
      if (!element || element.closest('[lang="ko"], script, style, [hidden]')) continue;
      found.push(text.trim());
    }
    return found;
  });
}
