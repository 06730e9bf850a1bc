import { FinanceNotificationView } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { READERS } from '../roles';
import type { NotificationKind } from './entities/notification.entity';

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
 * What a line's officer has been told: thresholds crossed and commitments held. A line without an
 * officer tells every finance officer (and administrator) of the tenant.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: [FinanceNotificationView] })
  async mine(@CurrentUser() user: AuthUser): Promise<FinanceNotificationView[]> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.threshold_percent, n.commitment_id, n.amount::text, n.current_budget::text, n.created_at, l.code, l.fiscal_year, l.name_ko, l.name_en
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
}
