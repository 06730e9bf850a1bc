import { CurriculumSettingsView, UpdateCurriculumSettingsDto, INSTITUTE_STAFF } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { settingsOf } from '../shared/tenant-settings';
import { toSettingsView } from './settings.queries';
import { UpdateSettingsUseCase } from './usecases/update-settings/update-settings.usecase';

@ApiTags('settings')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff only (docs/security/role-matrix.md).
@Roles(...INSTITUTE_STAFF)
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly updateSettings: UpdateSettingsUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: CurriculumSettingsView })
  async get(@CurrentUser() user: AuthUser): Promise<CurriculumSettingsView> {
    return toSettingsView(await settingsOf(this.dataSource.manager, user.tenantId));
  }

  /**
   * Switching the distancing rule on applies it at once: every scheduled cohort still to come
   * in a room gets at most half the room's seats (under 100), announced as a change.
   */
  @Put()
  @Roles(...PLANNERS, 'course_manager')
  @ApiOkResponse({ type: CurriculumSettingsView })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateCurriculumSettingsDto): Promise<CurriculumSettingsView> {
    return this.updateSettings.execute(user, body);
  }
}
