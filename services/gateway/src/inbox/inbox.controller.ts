import { InboxCountView, InboxPageView, InboxQuery } from '@baeum/api';
import { Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients } from '../clients/service-clients';

/**
 * 알림함: the caller's own notices, kept by the notification service. Every role of an institute
 * (no @Roles); the service takes the tenant and the person from the token passed on, never from the
 * request, so nobody reaches another's inbox.
 */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api/me/inbox')
export class InboxController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @ApiOkResponse({ type: InboxPageView })
  list(@Headers('authorization') authorization: string, @Query() query: InboxQuery): Promise<InboxPageView> {
    return this.services.call<InboxPageView>('notification', '/inbox', { authorization, query: { ...query } });
  }

  @Get('count')
  @ApiOkResponse({ type: InboxCountView })
  count(@Headers('authorization') authorization: string): Promise<InboxCountView> {
    return this.services.call<InboxCountView>('notification', '/inbox/count', { authorization });
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxCountView })
  read(@Headers('authorization') authorization: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<InboxCountView> {
    return this.services.call<InboxCountView>('notification', `/inbox/${id}/read`, { authorization, method: 'POST' });
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxCountView })
  readAll(@Headers('authorization') authorization: string): Promise<InboxCountView> {
    return this.services.call<InboxCountView>('notification', '/inbox/read-all', { authorization, method: 'POST' });
  }
}
