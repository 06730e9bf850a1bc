import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A supporting document (e.g. a disability certificate) for an application's accommodations. */
@Entity({ name: 'application_document' })
@Index('IDX_application_document_application', ['applicationId'])
export class ApplicationDocument {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('bytea', { select: false })
  content: Buffer;

  @Column('int')
  size: number;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;
}
