import { LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { NotificationEnv } from '../config/env';
import { PasswordResetRequestedConsumer } from './consumers/password-reset-requested.consumer';
import { SignUpRepeatedConsumer } from './consumers/sign-up-repeated.consumer';
import { SignUpVerificationRequestedConsumer } from './consumers/sign-up-verification-requested.consumer';
import { FileMailer } from './file-mailer';
import { MailQueries } from './mail.queries';
import { MAILER, Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';
import { SendMailUseCase } from './usecases/send-mail/send-mail.usecase';

/** SMTP when SMTP_URL is set; otherwise `.eml` files under MAIL_DIR. */
export function mailerFor(env: NotificationEnv, logger: Logger): Mailer {
  if (env.SMTP_URL) return new SmtpMailer(env.SMTP_URL, env.MAIL_FROM, env.SMTP_TIMEOUT_MS);
  const mailer = new FileMailer(env.MAIL_DIR, env.MAIL_FROM, logger.child({ component: 'mail' }));
  logger.warn({ dir: mailer.dir }, 'no SMTP_URL: mails are written as .eml files, not sent');
  return mailer;
}

/**
 * Mail: the port and its adapter, the delivery log, and the use case every mail goes through.
 * Global, because the messaging module builds the event handlers in its own scope and they need these.
 */
@Global()
@Module({
  providers: [{ provide: MAILER, inject: [SERVICE_ENV, LOGGER], useFactory: mailerFor }, MailQueries, SendMailUseCase],
  exports: [MAILER, MailQueries, SendMailUseCase],
})
export class MailModule implements OnApplicationShutdown {
  /** The events that send mail; app.module.ts hands them to the messaging module. */
  static readonly consumers = [SignUpVerificationRequestedConsumer, SignUpRepeatedConsumer, PasswordResetRequestedConsumer];

  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  async onApplicationShutdown() {
    await this.mailer.close();
  }
}
