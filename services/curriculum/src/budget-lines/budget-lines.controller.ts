import { BudgetLinesQuery, COHORT_VIEWERS, CohortBudgetLineView } from '@baeum/api';
import { currentFiscalYear } from '@baeum/calendar';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BudgetLineQueries } from './budget-lines.queries';

/**
 * The lines a cohort may be charged to, from the replica that scheduling checks against: the
 * cohort form offers no line curriculum would refuse.
 */
@ApiTags('budget-lines')
@ApiBearerAuth()
// The same readers as finance's list of lines: the institute's staff and agency admins.
@Roles(...COHORT_VIEWERS)
@Controller('budget-lines')
export class BudgetLinesController {
  constructor(private readonly queries: BudgetLineQueries) {}

  @Get()
  @ApiOkResponse({ type: [CohortBudgetLineView] })
  list(@CurrentUser() user: AuthUser, @Query() query: BudgetLinesQuery): Promise<CohortBudgetLineView[]> {
    return this.queries.chargeableLines(user.tenantId, query.fiscalYear ?? currentFiscalYear());
  }
}
