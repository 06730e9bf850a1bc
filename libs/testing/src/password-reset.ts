import type { TestSmtpServer } from './smtp';
import { eventually } from './wait';

/** The token of the password-reset link in a mail's text (`…/password-reset/confirm?token=…`), or ''. */
export const resetTokenIn = (text: string): string => /\/password-reset\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

/**
 * Waits (up to two minutes) for the `count`-th mail to an address to arrive at the test SMTP server and
 * gives that mail and the token of the reset link it carries.
 */
export async function resetMail(smtp: TestSmtpServer, email: string, count = 1) {
  const mails = await eventually(async () => smtp.mailsTo(email).length >= count && smtp.mailsTo(email), {
    timeoutMs: 120_000,
    what: `mail ${count} to ${email}`,
  });
  const mail = mails[count - 1];
  return { mail, token: resetTokenIn(mail.text) };
}
