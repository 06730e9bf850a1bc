import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One assessor's rating 1–5 of one competency observed in one technique. */
@Entity({ name: 'assessment_rating' })
export class AssessmentRating {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  technique: string;

  @PrimaryColumn('uuid', { name: 'assessor_id' })
  assessorId: string;

  @PrimaryColumn('text')
  competency: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int')
  score: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { name: 'rated_at', default: () => 'now()' })
  ratedAt: Date;
}
