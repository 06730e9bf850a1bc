import { ApplicantPhotoView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicantPhoto } from './applicant-photo.entity';

export const photoView = (p: ApplicantPhoto): ApplicantPhotoView => ({
  id: p.id,
  contentType: p.contentType,
  width: p.width,
  height: p.height,
  size: p.size,
  uploadedAt: p.uploadedAt.toISOString(),
});

/** The applicant's photos: only ever their own, by tenant and user id. */
@Injectable()
export class PhotoQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The applicant's latest photo uploaded no later than `asOf` (now, when not given), with its bytes if asked;
   * null when there is none. A ticket asks as of its exam's deadline, so a later photo does not change it.
   */
  latest(tenantId: string, applicantId: string, options: { asOf?: Date; withContent?: boolean } = {}): Promise<ApplicantPhoto | null> {
    const query = this.dataSource
      .getRepository(ApplicantPhoto)
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenantId AND p.applicant_id = :applicantId', { tenantId, applicantId })
      .orderBy('p.uploaded_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(1);
    if (options.asOf) query.andWhere('p.uploaded_at <= :asOf', { asOf: options.asOf });
    if (options.withContent) query.addSelect('p.content');
    return query.getOne();
  }

  async insert(tx: EntityManager, photo: ApplicantPhoto): Promise<void> {
    await tx.getRepository(ApplicantPhoto).insert(photo);
  }
}
