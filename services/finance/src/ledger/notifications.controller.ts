import { FinanceNotificationView } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { READERS } from '../shared/roles';
import { notificationsOf } from './ledger.queries';

/**
 * What a line's officer has been told: thresholds crossed and commitments held. A line without an
 * officer tells every finance officer (and administrator) of the tenant.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: [FinanceNotificationView] })
  mine(@CurrentUser() user: AuthUser): Promise<FinanceNotificationView[]> {
    return notificationsOf(this.dataSource.manager, user);
  }
}
