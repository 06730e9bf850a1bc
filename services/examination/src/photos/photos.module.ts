import { Module } from '@nestjs/common';
import { PhotoQueries } from './photo-queries';
import { PhotosController } from './photos.controller';
import { UploadPhotoUseCase } from './usecases/upload-photo/upload-photo.usecase';

@Module({
  controllers: [PhotosController],
  providers: [PhotoQueries, UploadPhotoUseCase],
  exports: [PhotoQueries],
})
export class PhotosModule {}
