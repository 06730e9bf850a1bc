import { BaseEnv, toInt } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class NotificationEnv extends BaseEnv {
  /**
   * The mail server, `smtp://[user:pass@]host:port` or `smtps://…`. Unset (the embedded default):
   * nothing leaves the machine; each mail is recorded and written as an `.eml` file under MAIL_DIR.
   */
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** How long one SMTP conversation may take before it counts as a failure (and is retried). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1000)
  @Max(120000)
  SMTP_TIMEOUT_MS = 10000;

  /** The sender, `Name <address>` or an address. */
  @IsString()
  @Matches(/^[^\r\n]+@[^\r\n]+$/, { message: 'MAIL_FROM must be an e-mail address, optionally with a name' })
  MAIL_FROM = '배움 Baeum <no-reply@baeum.localhost>';

  /** The site's public address; links in mails are absolute from here. */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http(s):// URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** Where mails are written as `.eml` files when no SMTP_URL is set. */
  @IsString()
  MAIL_DIR = '.data/mail';

  /** How often the sender looks for deliveries due (a pass that finds a full batch goes on at once). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(60000)
  DELIVERY_POLL_MS = 1000;

  /** Attempts of one delivery before it stays failed in the log. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  DELIVERY_MAX_ATTEMPTS = 8;

  /** The wait before the first retry; each further one waits twice as long, up to DELIVERY_RETRY_MAX_MS. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(3600000)
  DELIVERY_RETRY_BASE_MS = 5000;

  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(86400000)
  DELIVERY_RETRY_MAX_MS = 600000;

  /**
   * Who sends text messages. `simulated` (the default, embedded mode and tests): nothing reaches a phone;
   * each text is recorded in the notification database and shown by the mail catcher. A real provider
   * is added behind the port in src/texts/text-message-provider.ts.
   */
  @IsIn(['simulated'], { message: 'SMS_PROVIDER must be simulated (the only provider built in so far)' })
  SMS_PROVIDER = 'simulated';

  /** Tests only: failures the simulated provider acts out, `<number>=<count>|permanent,…` (simulated-text-provider.ts). */
  @IsOptional()
  @IsString()
  SMS_SIMULATED_FAILURES?: string;
}
