import { INSTITUTE_STAFF, InstituteImageView, InstituteSettingsView, UpdateInstituteSettingsDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { DirectoryQueries } from '../identity/directory.queries';

const IMAGE = {
  'image/png': { schema: { type: 'string', format: 'binary' } },
  'image/jpeg': { schema: { type: 'string', format: 'binary' } },
};

/**
 * 기관 설정: the institute's settings, kept by curriculum (which records each change in its audit log and
 * announces it as curriculum.settings.changed). Names not set there yet read as the institute's own.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('api')
export class InstituteSettingsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly directory: DirectoryQueries,
  ) {}

  /** Names left blank in curriculum read as the institute's names the gateway signs in with. */
  private async named(user: AuthUser, settings: InstituteSettingsView): Promise<InstituteSettingsView> {
    if (settings.nameKo && settings.nameEn) return settings;
    const tenant = await this.directory.tenantById(user.tenantId);
    return { ...settings, nameKo: settings.nameKo || (tenant?.nameKo ?? ''), nameEn: settings.nameEn || (tenant?.nameEn ?? '') };
  }

  @Get('admin/settings')
  @Roles('admin')
  @ApiOkResponse({ type: InstituteSettingsView })
  async settings(@CurrentUser() user: AuthUser, @Headers('authorization') authorization: string): Promise<InstituteSettingsView> {
    return this.named(user, await this.services.call<InstituteSettingsView>('curriculum', '/admin/settings', { authorization }));
  }

  /** `holidays` replaces the whole list; switching distancing on adjusts the cohorts to come. */
  @Put('admin/settings')
  @Roles('admin')
  @ApiOkResponse({ type: InstituteSettingsView })
  async update(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') authorization: string,
    @Body() body: UpdateInstituteSettingsDto,
  ): Promise<InstituteSettingsView> {
    return this.named(
      user,
      await this.services.call<InstituteSettingsView>('curriculum', '/admin/settings', { authorization, method: 'PUT', body }),
    );
  }

  /** The logo: a PNG or JPEG as the raw body (application/octet-stream), at most 1 MB. */
  @Put('admin/settings/logo')
  @Roles('admin')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: InstituteImageView })
  logo(@Headers('authorization') authorization: string, @Req() req: Request): Promise<InstituteImageView> {
    return this.services.upload('curriculum', '/admin/settings/logo', {
      authorization,
      content: req.body,
      fileName: 'logo',
      method: 'PUT',
    });
  }

  /** The seal (직인) certificates carry: a PNG or JPEG as the raw body, at most 1 MB. */
  @Put('admin/settings/seal')
  @Roles('admin')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: InstituteImageView })
  seal(@Headers('authorization') authorization: string, @Req() req: Request): Promise<InstituteImageView> {
    return this.services.upload('curriculum', '/admin/settings/seal', {
      authorization,
      content: req.body,
      fileName: 'seal',
      method: 'PUT',
    });
  }

  @Get('settings/logo')
  @Roles(...INSTITUTE_STAFF)
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: "The institute's logo", content: IMAGE })
  async logoImage(@Headers('authorization') authorization: string, @Res() res: Response): Promise<void> {
    await this.services.download('curriculum', '/settings/logo', { authorization }, res);
  }

  @Get('settings/seal')
  @Roles(...INSTITUTE_STAFF)
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The seal certificates carry', content: IMAGE })
  async sealImage(@Headers('authorization') authorization: string, @Res() res: Response): Promise<void> {
    await this.services.download('curriculum', '/settings/seal', { authorization }, res);
  }
}
