import { MailCatcherPageView, MailCatcherQuery } from '@baeum/api';
import { Roles } from '@baeum/service-kit';
import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients } from '../clients/service-clients';

/** 메일 확인함: the messages embedded mode recorded instead of sending, for the institute's administrator. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/mail-catcher')
@Roles('admin')
export class MailCatcherController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @ApiOkResponse({ type: MailCatcherPageView })
  list(@Headers('authorization') authorization: string, @Query() query: MailCatcherQuery): Promise<MailCatcherPageView> {
    return this.services.call<MailCatcherPageView>('notification', '/mail-catcher', { authorization, query: { ...query } });
  }
}
