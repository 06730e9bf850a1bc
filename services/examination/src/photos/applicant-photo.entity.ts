import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 응시원서 사진: one photo an applicant uploaded. Rows are never changed: a new upload is a new row, so a
 * ticket can show the photo that was current at its exam's deadline (PhotoQueries.asOf).
 */
@Entity({ name: 'applicant_photo' })
@Index('IDX_applicant_photo_applicant', ['tenantId', 'applicantId', 'uploadedAt'])
export class ApplicantPhoto {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The applicant's user id (their sign-in). */
  @Column('uuid', { name: 'applicant_id' })
  applicantId: string;

  @Column('text', { name: 'content_type' })
  contentType: 'image/jpeg' | 'image/png';

  @Column('int')
  width: number;

  @Column('int')
  height: number;

  @Column('bytea', { select: false })
  content: Buffer;

  @Column('int')
  size: number;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;
}
