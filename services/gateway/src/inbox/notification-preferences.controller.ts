import { NotificationPreferencesView, UpdateNotificationPreferencesDto } from '@baeum/api';
import { Body, Controller, Get, Headers, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients } from '../clients/service-clients';

/**
 * 알림 설정: the caller's own notification preferences (e-mail and texts on or off, quiet hours for
 * texts), kept by the notification service, which takes the person from the token passed on.
 */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api/me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesView })
  get(@Headers('authorization') authorization: string): Promise<NotificationPreferencesView> {
    return this.services.call<NotificationPreferencesView>('notification', '/notification-preferences', { authorization });
  }

  @Put()
  @ApiOkResponse({ type: NotificationPreferencesView })
  put(
    @Headers('authorization') authorization: string,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    return this.services.call<NotificationPreferencesView>('notification', '/notification-preferences', {
      authorization,
      method: 'PUT',
      body,
    });
  }
}
