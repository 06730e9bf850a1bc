import { Module } from '@nestjs/common';
import { BudgetBookController } from './budget-book.controller';
import { BudgetBookQueries } from './budget-book.queries';
import { BudgetLinesController } from './budget-lines.controller';
import { AddBudgetLineUseCase } from './usecases/add-budget-line/add-budget-line.usecase';
import { AmendBudgetUseCase } from './usecases/amend-budget/amend-budget.usecase';
import { ConfigureBookUseCase } from './usecases/configure-book/configure-book.usecase';
import { ConfigureLineUseCase } from './usecases/configure-line/configure-line.usecase';
import { OpenFiscalYearUseCase } from './usecases/open-fiscal-year/open-fiscal-year.usecase';
import { ReviseQuarterlyPlanUseCase } from './usecases/revise-quarterly-plan/revise-quarterly-plan.usecase';

/** The budget book: fiscal years, groups and lines, amendments and quarterly plans; the lowest feature. */
@Module({
  controllers: [BudgetLinesController, BudgetBookController],
  providers: [
    BudgetBookQueries,
    OpenFiscalYearUseCase,
    AddBudgetLineUseCase,
    ConfigureBookUseCase,
    ConfigureLineUseCase,
    AmendBudgetUseCase,
    ReviseQuarterlyPlanUseCase,
  ],
})
export class BudgetBookModule {}
