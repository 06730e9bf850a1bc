import { CurriculumSettingsView, UpdateCurriculumSettingsDto, INSTITUTE_STAFF } from '@baeum/api';
import { AuthUser, CurrentUser, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { settingsOf } from '../shared/tenant-settings';
import { InstituteImageKind } from './institute-image.entity';
import { imageOf, toSettingsView } from './settings.queries';
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

  /** The institute's logo as uploaded (PNG or JPEG); 404 SETTINGS.IMAGE_NOT_FOUND until one is. */
  @Get('logo')
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The image', content: { 'image/png': {}, 'image/jpeg': {} } })
  logo(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    return this.sendImage(user, 'logo', res);
  }

  /** The seal (직인) certificates carry, as uploaded; 404 SETTINGS.IMAGE_NOT_FOUND until one is. */
  @Get('seal')
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The image', content: { 'image/png': {}, 'image/jpeg': {} } })
  seal(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    return this.sendImage(user, 'seal', res);
  }

  private async sendImage(user: AuthUser, kind: InstituteImageKind, res: Response): Promise<void> {
    const image = await imageOf(this.dataSource.manager, user.tenantId, kind);
    if (!image)
      throw notFound('SETTINGS.IMAGE_NOT_FOUND', { params: { kind }, message: '등록된 이미지가 없습니다 / No image has been uploaded' });
    res.setHeader('Content-Type', image.contentType);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', `"${image.sha256}"`);
    res.end(image.content);
  }
}
