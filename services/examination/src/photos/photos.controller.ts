import { ApplicantPhotoView, MAX_APPLICANT_PHOTO_BYTES, MyPhotoView } from '@baeum/api';
import { AuthUser, badRequest, CurrentUser, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PHOTO_FILE, RAW_FILE_BODY } from '../shared/openapi';
import { photoView, PhotoQueries } from './photo-queries';
import { UploadPhotoUseCase } from './usecases/upload-photo/upload-photo.usecase';

/** 응시원서 사진: the applicant's own photo, kept per applicant (not per application) and shown on their tickets. */
@ApiTags('applicant photo')
@ApiBearerAuth()
@Controller('me/photo')
export class PhotosController {
  constructor(
    private readonly photos: PhotoQueries,
    private readonly uploadPhoto: UploadPhotoUseCase,
  ) {}

  /** The photo's bytes as the body (application/octet-stream): a JPEG or PNG, 300×400 px, at most 1 MB. */
  @Put()
  @Roles('applicant')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: `JPEG or PNG, exactly 300×400 px, at most ${MAX_APPLICANT_PHOTO_BYTES / 1024 / 1024} MB` })
  @ApiOkResponse({ type: ApplicantPhotoView })
  upload(@CurrentUser() user: AuthUser, @Body() content: unknown): Promise<ApplicantPhotoView> {
    if (!Buffer.isBuffer(content))
      throw badRequest('PHOTO.OCTET_STREAM_REQUIRED', {
        field: 'photo',
        message: '사진을 application/octet-stream 으로 보내세요 / send the photo as application/octet-stream',
      });
    return this.uploadPhoto.execute(user, content);
  }

  /** The current photo's image, the caller's own only. */
  @Get()
  @Roles('applicant')
  @ApiProduces(...Object.keys(PHOTO_FILE))
  @ApiOkResponse({ description: 'the current photo as uploaded', content: PHOTO_FILE })
  async image(@CurrentUser() user: AuthUser, @Res() res: Response) {
    const photo = await this.photos.latest(user.tenantId, user.userId, { withContent: true });
    if (!photo) throw notFound('PHOTO.NOT_FOUND', { field: 'photo', message: '등록된 사진이 없습니다 / no photo registered yet' });
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(photo.content);
  }

  /** The current photo's facts (type, size, when uploaded), or null when none is registered. */
  @Get('info')
  @Roles('applicant')
  @ApiOkResponse({ type: MyPhotoView })
  async info(@CurrentUser() user: AuthUser): Promise<MyPhotoView> {
    const photo = await this.photos.latest(user.tenantId, user.userId);
    return { photo: photo ? photoView(photo) : null };
  }
}
