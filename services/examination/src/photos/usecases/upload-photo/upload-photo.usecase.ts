import { ApplicantPhotoView } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicantPhoto } from '../../applicant-photo.entity';
import { photoView, PhotoQueries } from '../../photo-queries';
import { checkPhoto } from '../../photo-rules';

/**
 * 사진 등록: the applicant's photo for their admission tickets, checked (JPEG or PNG, ≤ 1 MB, exactly the
 * ticket's size) before anything is stored. Each upload is a new row; earlier ones stay for tickets whose
 * deadline came before it.
 */
@Injectable()
export class UploadPhotoUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly photos: PhotoQueries,
  ) {}

  async execute(user: AuthUser, content: Buffer): Promise<ApplicantPhotoView> {
    const checked = checkPhoto(content);
    const photo: ApplicantPhoto = {
      id: randomUUID(),
      tenantId: user.tenantId,
      applicantId: user.userId,
      ...checked,
      content,
      size: content.length,
      uploadedAt: new Date(),
    };
    await this.dataSource.transaction((tx) => this.photos.insert(tx, photo));
    return photoView(photo);
  }
}
