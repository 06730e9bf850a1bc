import type { InstructorKind } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 강사: internal staff or an external expert. Contact details are shown to staff only, never sent in events. */
@Entity({ name: 'instructor' })
@Index('IDX_instructor_tenant_name', ['tenantId', 'name'])
export class Instructor {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: InstructorKind;

  @Column('text', { nullable: true })
  affiliation: string | null;

  @Column('text', { array: true })
  specialties: string[];

  /** Who recommended them (유관부서 추천, 공개 모집, 전문기관 협조). */
  @Column('text', { name: 'recommended_by', nullable: true })
  recommendedBy: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  /** Trainees' survey scores (1–5) summed and counted; the rating is their mean. */
  @Column('int', { name: 'rating_sum' })
  ratingSum: number;

  @Column('int', { name: 'rating_count' })
  ratingCount: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
