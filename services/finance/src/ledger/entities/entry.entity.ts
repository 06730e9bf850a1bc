import { LEDGER_ENTRY_KINDS, LEDGER_MEASURES, LedgerEntryKind, LedgerMeasure } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from '../../budget-book/entities/budget-line.entity';
import { Commitment } from './commitment.entity';

/**
 * commit/adjust/release move a commitment (measure committed); pay records a payment against it
 * (measure paid); collect/refund are revenue (measure collected); reverse undoes another entry.
 */
export const ENTRY_KINDS = LEDGER_ENTRY_KINDS;
export type EntryKind = LedgerEntryKind;
export const MEASURES = LEDGER_MEASURES;
export type Measure = LedgerMeasure;

/**
 * One immutable line of the ledger (a database trigger refuses updates and deletes). A correction
 * is a reversing entry. Every entry says who recorded it, when, why, and which event caused it.
 */
@Entity({ name: 'entry' })
@Index('IDX_entry_line_booked', ['budgetLineId', 'bookedOn'])
@Index('IDX_entry_commitment', ['commitmentId'])
@Index('IDX_entry_source_event', ['sourceEventId'])
@Index('IDX_entry_tenant_cause', ['tenantId', 'causeId'])
export class Entry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'budget_line_id' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_entry_budget_line' })
  budgetLine?: BudgetLine;

  @Column('uuid', { name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'FK_entry_commitment' })
  commitment?: Commitment;

  @Column('text')
  kind: EntryKind;

  @Column('text')
  measure: Measure;

  /** Signed: a release, a refund or the reversal of a positive entry is negative. */
  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  /** The business date it counts from in reports (Asia/Seoul). */
  @Column('date', { name: 'booked_on' })
  bookedOn: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** The user who recorded it; none when an event did. */
  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  /** The user's name, or the service whose event it was. */
  @Column('text', { name: 'recorded_by_name' })
  recordedByName: string;

  @Column('text')
  reason: string;

  @Column('uuid', { name: 'source_event_id', nullable: true })
  sourceEventId: string | null;

  @Column('text', { name: 'source_event_type', nullable: true })
  sourceEventType: string | null;

  @Index('UQ_entry_reverses', { unique: true })
  @Column('uuid', { name: 'reverses_entry_id', nullable: true })
  reversesEntryId: string | null;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_entry_id', foreignKeyConstraintName: 'FK_entry_reverses' })
  reverses?: Entry;

  /** What a revenue entry is for (the exam application whose fee it is). */
  @Column('uuid', { name: 'cause_id', nullable: true })
  causeId: string | null;

  /** Booked past the line's current budget amount (a warn or ignore line). */
  @Column('boolean', { name: 'exceeds_budget', default: false })
  exceedsBudget: boolean;
}
