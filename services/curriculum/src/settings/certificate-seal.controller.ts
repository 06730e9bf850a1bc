import { notFound, Public } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { imageOf } from './settings.queries';

/**
 * The seal an institute's certificates carry, for the gateway that prints them: the certificate's
 * reader may be a trainee of another institute or an agency admin, who cannot read the host's
 * settings. Public inside the deployment only (the gateway does not route to it); the seal is no
 * secret, as every certificate shows it.
 */
@ApiTags('settings')
@Controller('certificate-seals')
export class CertificateSealController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get(':tenantId')
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The seal image', content: { 'image/png': {}, 'image/jpeg': {} } })
  async seal(@Param('tenantId', new ParseUUIDPipe()) tenantId: string, @Res() res: Response): Promise<void> {
    const image = await imageOf(this.dataSource.manager, tenantId, 'seal');
    if (!image)
      throw notFound('SETTINGS.IMAGE_NOT_FOUND', {
        params: { kind: 'seal' },
        message: '등록된 직인이 없습니다 / No seal has been uploaded',
      });
    res.setHeader('Content-Type', image.contentType);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.end(image.content);
  }
}
