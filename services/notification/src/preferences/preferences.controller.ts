import { NotificationPreferencesView, UpdateNotificationPreferencesDto } from '@baeum/api';
import { AuthUser, CurrentUser } from '@baeum/service-kit';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ContactsQueries } from '../contacts/contacts.queries';
import { Preferences, PreferencesQueries } from './preferences.queries';
import { UpdatePreferencesUseCase } from './usecases/update-preferences/update-preferences.usecase';

/**
 * 알림 설정: the caller's own preferences, for every role of an institute (no @Roles). Always the
 * caller's tenant and user from the token: no parameter names another person.
 */
@ApiTags('notification-preferences')
@ApiBearerAuth()
@Controller('notification-preferences')
export class PreferencesController {
  constructor(
    private readonly preferences: PreferencesQueries,
    private readonly contacts: ContactsQueries,
    private readonly update: UpdatePreferencesUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesView })
  async get(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesView> {
    const chosen = await this.preferences.find(user.tenantId, user.userId);
    return this.view(user, chosen);
  }

  @Put()
  @ApiOkResponse({ type: NotificationPreferencesView })
  async put(@CurrentUser() user: AuthUser, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesView> {
    const chosen = await this.update.execute({ owner: { tenantId: user.tenantId, userId: user.userId }, ...body });
    return this.view(user, chosen);
  }

  private async view(user: AuthUser, p: Preferences): Promise<NotificationPreferencesView> {
    return {
      email: p.email,
      sms: p.sms,
      quietStart: p.quietHours?.start ?? null,
      quietEnd: p.quietHours?.end ?? null,
      timeZone: 'Asia/Seoul',
      phone: await this.contacts.phoneOf(user.tenantId, user.userId),
    };
  }
}
