import { BudgetLinesQuery, ChargeableBudgetLineView, COHORT_VIEWERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { currentFiscalYear } from '@baeum/calendar';
import { lineNotFound } from './book-lookup';
import { BudgetLine } from './entities/budget-line.entity';

const toView = (l: BudgetLine): ChargeableBudgetLineView => ({
  code: l.code,
  nameKo: l.nameKo,
  nameEn: l.nameEn,
  fiscalYear: l.fiscalYear,
  amount: l.amount.toString(),
  committed: l.committed.toString(),
  remaining: (l.amount - l.committed).toString(),
  control: l.control,
});

/**
 * The expenditure lines a cohort or a sitting may be charged to, for other domains' pages and
 * for the gateway's check before a cohort is scheduled. Every signed-in user may read them.
 */
@ApiTags('budget-lines')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff and agency admins (docs/security/role-matrix.md).
@Roles(...COHORT_VIEWERS)
@Controller('budget-lines')
export class BudgetLinesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [ChargeableBudgetLineView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: BudgetLinesQuery): Promise<ChargeableBudgetLineView[]> {
    const lines = await this.dataSource.getRepository(BudgetLine).find({
      where: { tenantId: user.tenantId, fiscalYear: query.fiscalYear ?? currentFiscalYear(), kind: 'expenditure' },
      order: { code: 'ASC' },
    });
    return lines.map(toView);
  }

  @Get(':code')
  @ApiOkResponse({ type: ChargeableBudgetLineView })
  async get(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() query: BudgetLinesQuery,
  ): Promise<ChargeableBudgetLineView> {
    const fiscalYear = query.fiscalYear ?? currentFiscalYear();
    const line = await this.dataSource
      .getRepository(BudgetLine)
      .findOne({ where: { tenantId: user.tenantId, fiscalYear, code, kind: 'expenditure' } });
    if (!line) throw lineNotFound(fiscalYear, code);
    return toView(line);
  }
}
