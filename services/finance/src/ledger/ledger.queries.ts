import type { CohortCommitmentTotalView, FinanceNotificationView } from '@baeum/api';
import type { AuthUser } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './entities/notification.entity';

/** Amount committed for each cohort's estimated cost; a cohort finance has not seen yet is absent. */
export async function commitmentsByCohort(m: EntityManager, tenantId: string, cohortIds: string[]): Promise<CohortCommitmentTotalView[]> {
  const rows: { cohort_id: string; amount: string; count: number }[] = await m.query(
    `SELECT cohort_id, sum(committed)::text AS amount, count(*) FILTER (WHERE status = 'booked')::int AS count
       FROM finance.commitment WHERE tenant_id = $1 AND cause = 'cohort' AND cohort_id = ANY($2::uuid[]) GROUP BY cohort_id`,
    [tenantId, cohortIds],
  );
  return rows.map((r) => ({ cohortId: r.cohort_id, amount: r.amount, commitments: r.count }));
}

/** A notification with its line, as the query reads it (amounts as text, bigint). */
interface NotificationRow {
  id: string;
  kind: NotificationKind;
  threshold_percent: number | null;
  commitment_id: string | null;
  amount: string;
  current_budget: string;
  created_at: Date | string;
  code: string;
  fiscal_year: number;
  name_ko: string;
  name_en: string;
}

/**
 * What a line's officer has been told, newest first (the latest 50): thresholds crossed and
 * commitments held. A line without an officer tells every finance officer (and administrator).
 */
export async function notificationsOf(m: EntityManager, user: AuthUser): Promise<FinanceNotificationView[]> {
  const rows: NotificationRow[] = await m.query(
    `SELECT n.id, n.kind, n.threshold_percent, n.commitment_id, n.amount::text, n.current_budget::text, n.created_at,
            l.code, l.fiscal_year, l.name_ko, l.name_en
       FROM finance.notification n JOIN finance.budget_line l ON l.id = n.budget_line_id
      WHERE n.tenant_id = $1 AND (n.officer_user_id = $2 OR (n.officer_user_id IS NULL AND $3))
      ORDER BY n.created_at DESC LIMIT 50`,
    [user.tenantId, user.userId, user.role === 'finance_officer' || user.role === 'admin'],
  );
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    thresholdPercent: n.threshold_percent,
    commitmentId: n.commitment_id,
    amount: n.amount,
    currentBudget: n.current_budget,
    createdAt: new Date(n.created_at).toISOString(),
    budgetLineCode: n.code,
    fiscalYear: n.fiscal_year,
    nameKo: n.name_ko,
    nameEn: n.name_en,
  }));
}
