import { FINANCE_NOTIFICATION_KINDS, FinanceNotificationKind } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from '../../budget-book/entities/budget-line.entity';

/** threshold: executed crossed 50/80/100% of the line. held: a commitment waits for room on a stop line. */
export const NOTIFICATION_KINDS = FINANCE_NOTIFICATION_KINDS;
export type NotificationKind = FinanceNotificationKind;

/** What a line's officer is told (every finance officer of the tenant when the line has none). */
@Entity({ name: 'notification' })
@Index('IDX_notification_tenant_created', ['tenantId', 'createdAt'])
export class Notification {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'budget_line_id' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_notification_line' })
  budgetLine?: BudgetLine;

  @Column('uuid', { name: 'officer_user_id', nullable: true })
  officerUserId: string | null;

  @Column('text')
  kind: NotificationKind;

  @Column('int', { name: 'threshold_percent', nullable: true })
  thresholdPercent: number | null;

  @Column('uuid', { name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  /** Executed on the line (threshold) or the amount held. */
  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  @Column('bigint', { name: 'current_budget', transformer: wonTransformer })
  currentBudget: bigint;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
