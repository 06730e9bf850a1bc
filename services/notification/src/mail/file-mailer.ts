import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { Delivery, Mailer, OutgoingMail } from './mailer';

/**
 * No mail server configured (the embedded default): each mail is written, as the SMTP server would
 * have received it, to `<MAIL_DIR>/<time>-<id>.eml` (opens in any mail program), and its links are
 * logged so that a newcomer can follow a verification link without a mail server.
 */
export class FileMailer implements Mailer {
  readonly kind = 'file';
  private readonly transport: Transporter;
  readonly dir: string;

  constructor(
    dir: string,
    from: string,
    private readonly logger: Logger,
  ) {
    this.dir = resolve(dir);
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  }

  async send(mail: OutgoingMail): Promise<Delivery> {
    const info = await this.transport.sendMail({ ...mail, messageId: mail.messageId });
    await mkdir(this.dir, { recursive: true });
    // `<event id@baeum>` → the event id, so the file is found by the event that caused it.
    const id = mail.messageId.replace(/^<?([^@>]*).*$/, '$1').replace(/[^A-Za-z0-9-]/g, '');
    const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    await writeFile(file, info.message as Buffer);
    // Development only: the links (with their one-time tokens) are what the newcomer needs.
    const links = [...new Set(mail.text.match(/https?:\/\/\S+/g) ?? [])];
    this.logger.info({ file, subject: mail.subject, links }, 'mail written to a file (no SMTP_URL configured)');
    return { providerMessageId: `file:${file}` };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
