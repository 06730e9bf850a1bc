import { Column, Entity, PrimaryColumn } from 'typeorm';

export const INSTITUTE_IMAGE_KINDS = ['logo', 'seal'] as const;
/** The institute's logo, and the seal (직인) its certificates carry. */
export type InstituteImageKind = (typeof INSTITUTE_IMAGE_KINDS)[number];

/** A logo or seal image of an institute, as uploaded (PNG or JPEG, checked). */
@Entity({ name: 'institute_image' })
export class InstituteImage {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('text')
  kind: InstituteImageKind;

  @Column('text', { name: 'content_type' })
  contentType: 'image/png' | 'image/jpeg';

  @Column('bytea')
  content: Buffer;

  @Column('int')
  width: number;

  @Column('int')
  height: number;

  @Column('int')
  bytes: number;

  @Column('text')
  sha256: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
