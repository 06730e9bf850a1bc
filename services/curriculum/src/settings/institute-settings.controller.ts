import { InstituteImageView, InstituteSettingsView, UpdateInstituteSettingsDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { settingsOf } from '../shared/tenant-settings';
import { instituteSettingsView } from './settings.queries';
import { SetInstituteImageUseCase } from './usecases/set-institute-image/set-institute-image.usecase';
import { UpdateSettingsUseCase } from './usecases/update-settings/update-settings.usecase';

/** 기관 설정: the institute administrator's settings, logo and seal; each change is recorded in the audit log. */
@ApiTags('settings')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/settings')
export class InstituteSettingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly updateSettings: UpdateSettingsUseCase,
    private readonly setImage: SetInstituteImageUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: InstituteSettingsView })
  async get(@CurrentUser() user: AuthUser): Promise<InstituteSettingsView> {
    return instituteSettingsView(this.dataSource.manager, await settingsOf(this.dataSource.manager, user.tenantId));
  }

  /** `holidays` replaces the whole list; switching distancing on adjusts the cohorts to come, as PUT /settings does. */
  @Put()
  @ApiOkResponse({ type: InstituteSettingsView })
  async update(@CurrentUser() user: AuthUser, @Body() body: UpdateInstituteSettingsDto): Promise<InstituteSettingsView> {
    const { adjustedCohorts } = await this.updateSettings.execute(user, body);
    return { ...(await this.get(user)), ...(adjustedCohorts ? { adjustedCohorts } : {}) };
  }

  /** The logo: a PNG or JPEG as the raw body (application/octet-stream), at most 1 MB. */
  @Put('logo')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: InstituteImageView })
  logo(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<InstituteImageView> {
    return this.setImage.execute(user, 'logo', req.body);
  }

  /** The seal (직인) certificates carry: a PNG or JPEG as the raw body, at most 1 MB. */
  @Put('seal')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: InstituteImageView })
  seal(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<InstituteImageView> {
    return this.setImage.execute(user, 'seal', req.body);
  }
}
