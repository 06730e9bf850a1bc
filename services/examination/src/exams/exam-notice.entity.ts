import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 공고문: the notice document of an exam (a PDF the officer uploads; a new one replaces it), read by anyone. */
@Entity({ name: 'exam_notice' })
export class ExamNotice {
  @PrimaryColumn('uuid', { name: 'exam_id' })
  examId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('bytea', { select: false })
  content: Buffer;

  @Column('int')
  size: number;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;
}
