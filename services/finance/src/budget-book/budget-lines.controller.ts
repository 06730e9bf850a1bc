import { BudgetLinesQuery, ChargeableBudgetLineView, COHORT_VIEWERS } from '@baeum/api';
import { currentFiscalYear } from '@baeum/calendar';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BudgetBookQueries } from './budget-book.queries';

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
  constructor(private readonly queries: BudgetBookQueries) {}

  @Get()
  @ApiOkResponse({ type: [ChargeableBudgetLineView] })
  list(@CurrentUser() user: AuthUser, @Query() query: BudgetLinesQuery): Promise<ChargeableBudgetLineView[]> {
    return this.queries.chargeableLines(user.tenantId, query.fiscalYear ?? currentFiscalYear());
  }

  @Get(':code')
  @ApiOkResponse({ type: ChargeableBudgetLineView })
  get(@CurrentUser() user: AuthUser, @Param('code') code: string, @Query() query: BudgetLinesQuery): Promise<ChargeableBudgetLineView> {
    return this.queries.chargeableLine(user.tenantId, query.fiscalYear ?? currentFiscalYear(), code);
  }
}
