import { DeliveryLogPageView, DeliveryLogQuery } from '@baeum/api';
import { Roles } from '@baeum/service-kit';
import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients } from '../clients/service-clients';

/** 발송 기록: the notification service's delivery log of the institute, for its administrator. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/deliveries')
@Roles('admin')
export class DeliveryLogController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @ApiOkResponse({ type: DeliveryLogPageView })
  list(@Headers('authorization') authorization: string, @Query() query: DeliveryLogQuery): Promise<DeliveryLogPageView> {
    return this.services.call<DeliveryLogPageView>('notification', '/deliveries', { authorization, query: { ...query } });
  }
}
