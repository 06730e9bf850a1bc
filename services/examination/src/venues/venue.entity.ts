import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 시험장: a school or hall a district office (자치구) offers for an exam's written sitting. */
@Entity({ name: 'venue' })
@Index('IDX_venue_exam', ['examId'])
export class Venue {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  /** The district office offering it, by agency code (e.g. MAPO-GU). */
  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  @Column('text')
  address: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
