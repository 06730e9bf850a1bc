import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it), headless, with nothing that reaches out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens the web app at `baseUrl` and submits its sign-in form; the caller waits for what should follow. */
export async function submitSignIn(page: Page, baseUrl: string, email: string, password: string, tenant = 'seoul-hrd'): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-tenant').fill(tenant);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
