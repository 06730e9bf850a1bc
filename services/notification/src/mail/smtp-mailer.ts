import { PermanentEventError } from '@baeum/messaging';
import { createTransport, Transporter } from 'nodemailer';
import { Delivery, Mailer, OutgoingMail, withoutAddresses } from './mailer';

/** Sends through an SMTP server (nodemailer), one connection per mail. */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(url: string, from: string, timeoutMs: number) {
    // Bounded waits: a hung server must fail the attempt (and be retried), never hold the partition.
    this.transport = createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs }, { from });
  }

  async send(mail: OutgoingMail): Promise<Delivery> {
    try {
      const info = await this.transport.sendMail({ ...mail, messageId: mail.messageId });
      return { providerMessageId: String(info.messageId ?? mail.messageId) };
    } catch (error) {
      const { responseCode, command, response, message } = error as {
        responseCode?: number;
        command?: string;
        response?: string;
        message?: string;
      };
      const said = withoutAddresses(String(response ?? message ?? error)).split('\n')[0];
      // 5xx is the server's final word (no such mailbox, refused): retrying cannot help.
      if (responseCode !== undefined && responseCode >= 500 && responseCode < 600)
        throw new PermanentEventError(`SMTP server refused the mail for good (${command ?? 'send'}): ${said}`);
      throw new Error(`SMTP sending failed (${command ?? 'connection'}${responseCode ? ` ${responseCode}` : ''}): ${said}`);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
