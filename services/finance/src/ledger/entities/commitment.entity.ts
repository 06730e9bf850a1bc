import { COMMITMENT_CAUSES, COMMITMENT_STATUSES, CommitmentCause, CommitmentStatus } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from '../../budget-book/entities/budget-line.entity';

/**
 * What a commitment is for: a cohort's estimated cost, the meals of a cohort's confirmed trainees,
 * an exam sitting's cost, or an officer's own commitment.
 */
export const CAUSES = COMMITMENT_CAUSES;
export type Cause = CommitmentCause;

/**
 * booked: its entries count as executed. held (보류): a stop line had no room when an event asked
 * for it; nothing is booked until an officer books it. withdrawn: held, then no longer wanted.
 */
export { COMMITMENT_STATUSES };
export type { CommitmentStatus };

/**
 * 원인행위: an amount committed against an expenditure line. Its entries (commit, adjust, release,
 * pay) are the record; `committed` and `paid` are their running totals.
 */
@Entity({ name: 'commitment' })
@Index('IDX_commitment_tenant_cohort', ['tenantId', 'cohortId'])
@Index('IDX_commitment_line', ['budgetLineId'])
@Index('IDX_commitment_cause', ['tenantId', 'cause', 'causeId'])
@Index('UQ_commitment_source_event_cause', ['sourceEventId', 'cause'], { unique: true })
export class Commitment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'budget_line_id' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_commitment_budget_line' })
  budgetLine?: BudgetLine;

  /** The amount asked for when it was recorded. */
  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  /** The cohort whose estimated cost it commits. */
  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @Column('text')
  cause: Cause;

  /** The cohort, sitting … it is for; none for an officer's own commitment. */
  @Column('uuid', { name: 'cause_id', nullable: true })
  causeId: string | null;

  @Column('text', { default: 'booked' })
  status: CommitmentStatus;

  /** The event that caused it; none when an officer recorded it. */
  @Column('uuid', { name: 'source_event_id', nullable: true })
  sourceEventId: string | null;

  @Column('text', { name: 'source_event_type', nullable: true })
  sourceEventType: string | null;

  /** Why: what the commitment is for. */
  @Column('text')
  description: string;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @Column('text', { name: 'recorded_by_name' })
  recordedByName: string;

  @Column('bigint', { default: 0, transformer: wonTransformer })
  committed: bigint;

  @Column('bigint', { default: 0, transformer: wonTransformer })
  paid: bigint;
}
