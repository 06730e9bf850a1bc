import { InboxCountView, InboxItemView, InboxPageView, InboxQuery } from '@baeum/api';
import { AuthUser, CurrentUser } from '@baeum/service-kit';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InboxOwner, InboxQueries } from './inbox.queries';
import { MarkAllInboxReadUseCase } from './usecases/mark-all-inbox-read/mark-all-inbox-read.usecase';
import { MarkInboxReadUseCase } from './usecases/mark-inbox-read/mark-inbox-read.usecase';

const owner = (user: AuthUser): InboxOwner => ({ tenantId: user.tenantId, userId: user.userId });

/**
 * 알림함: the caller's own notices, for every role of an institute (no @Roles). Always the caller's
 * tenant and user from the token: no parameter names another person.
 */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly inbox: InboxQueries,
    private readonly markRead: MarkInboxReadUseCase,
    private readonly markAllRead: MarkAllInboxReadUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: InboxPageView })
  async list(@CurrentUser() user: AuthUser, @Query() query: InboxQuery): Promise<InboxPageView> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { total, unread, rows } = await this.inbox.page(
      owner(user),
      { unread: query.unread },
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    const items: InboxItemView[] = rows.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt).toISOString(),
      readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
    }));
    return { items, total, unread, page, pageSize };
  }

  @Get('count')
  @ApiOkResponse({ type: InboxCountView })
  async count(@CurrentUser() user: AuthUser): Promise<InboxCountView> {
    return { unread: await this.inbox.unreadCount(owner(user)) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxCountView })
  async read(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InboxCountView> {
    return { unread: await this.markRead.execute({ owner: owner(user), id }) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxCountView })
  async readAll(@CurrentUser() user: AuthUser): Promise<InboxCountView> {
    await this.markAllRead.execute({ owner: owner(user) });
    return { unread: 0 };
  }
}
