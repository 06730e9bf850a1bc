import { Module } from '@nestjs/common';
import { BudgetLinesController } from './budget-lines.controller';
import { BudgetLineQueries } from './budget-lines.queries';
import { BudgetLinePublishedConsumer } from './consumers/budget-line-published.consumer';

/** Finance's budget lines as curriculum keeps them; cohorts are checked against them. */
@Module({
  controllers: [BudgetLinesController],
  providers: [BudgetLineQueries],
  exports: [BudgetLineQueries],
})
export class BudgetLinesModule {
  /** Handed to MessagingModule.forService by app.module.ts, which provides and runs them. */
  static readonly consumers = [BudgetLinePublishedConsumer];
}
