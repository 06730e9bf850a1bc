import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which assessor observes which candidate in which technique (과제). */
@Entity({ name: 'assessment_assignment' })
@Index('IDX_assessment_assignment_assessor', ['assessorId'])
@Index('IDX_assessment_assignment_round', ['roundId'])
export class AssessmentAssignment {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  technique: string;

  @PrimaryColumn('uuid', { name: 'assessor_id' })
  assessorId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'round_id' })
  roundId: string;
}
