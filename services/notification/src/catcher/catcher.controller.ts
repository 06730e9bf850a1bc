import { MailCatcherPageView, MailCatcherQuery } from '@baeum/api';
import { AuthUser, CurrentUser, Roles, SERVICE_ENV } from '@baeum/service-kit';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationEnv } from '../config/env';
import { CatcherQueries } from './catcher.queries';

/**
 * 메일 확인함 (the mail catcher): in embedded mode nothing leaves the machine, so the institute
 * administrator reads here what their people would have received: the mails written to files (no
 * SMTP_URL) and the texts the simulated provider recorded, each with its text. A channel that really
 * sends shows nothing here (its messages are the recipients' own). The delivery log (발송 기록) shows
 * every delivery's state and retries; this shows the messages themselves. Mails carrying one-time
 * links (sign-up, password reset) are not deliveries and are never shown: the administrator could
 * otherwise take over an account.
 */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('mail-catcher')
@Roles('admin')
export class CatcherController {
  constructor(
    private readonly caught: CatcherQueries,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  @Get()
  @ApiOkResponse({ type: MailCatcherPageView })
  async list(@CurrentUser() user: AuthUser, @Query() query: MailCatcherQuery): Promise<MailCatcherPageView> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 10;
    const mailCaught = !this.env.SMTP_URL;
    const textsCaught = this.env.SMS_PROVIDER === 'simulated';
    const show = { mail: mailCaught && query.channel !== 'sms', texts: textsCaught && query.channel !== 'email' };
    const { total, rows } = await this.caught.page(user.tenantId, show, { limit: pageSize, offset: (page - 1) * pageSize });
    return {
      mailCaught,
      textsCaught,
      items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
      total,
      page,
      pageSize,
    };
  }
}
