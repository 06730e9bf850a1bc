import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { BookingsModule } from './bookings/bookings.module';
import { CohortCancelledConsumer } from './bookings/consumers/cohort-cancelled.consumer';
import { CohortChangedConsumer } from './bookings/consumers/cohort-changed.consumer';
import { CohortScheduledConsumer } from './bookings/consumers/cohort-scheduled.consumer';
import { FeePaidConsumer } from './bookings/consumers/fee-paid.consumer';
import { FeeRefundedConsumer } from './bookings/consumers/fee-refunded.consumer';
import { SeatConfirmedConsumer } from './bookings/consumers/seat-confirmed.consumer';
import { SeatReleasedConsumer } from './bookings/consumers/seat-released.consumer';
import { SittingHeldConsumer } from './bookings/consumers/sitting-held.consumer';
import { BudgetBookController } from './budget-book/budget-book.controller';
import { BudgetBookQueries } from './budget-book/budget-book.queries';
import { BudgetLinesController } from './budget-book/budget-lines.controller';
import { AddBudgetLineUseCase } from './budget-book/usecases/add-budget-line/add-budget-line.usecase';
import { ConfigureBookUseCase } from './budget-book/usecases/configure-book/configure-book.usecase';
import { ConfigureLineUseCase } from './budget-book/usecases/configure-line/configure-line.usecase';
import { AmendBudgetUseCase } from './budget-book/usecases/amend-budget/amend-budget.usecase';
import { OpenFiscalYearUseCase } from './budget-book/usecases/open-fiscal-year/open-fiscal-year.usecase';
import { ReviseQuarterlyPlanUseCase } from './budget-book/usecases/revise-quarterly-plan/revise-quarterly-plan.usecase';
import { FinanceEnv } from './config/env';
import { financeDatabase } from './database/settings';
import { CommitmentsController } from './ledger/commitments.controller';
import { NotificationsController } from './ledger/notifications.controller';
import { BookHeldCommitmentUseCase } from './ledger/usecases/book-held-commitment/book-held-commitment.usecase';
import { RecordCommitmentUseCase } from './ledger/usecases/record-commitment/record-commitment.usecase';
import { RecordPaymentUseCase } from './ledger/usecases/record-payment/record-payment.usecase';
import { ReleaseCommitmentUseCase } from './ledger/usecases/release-commitment/release-commitment.usecase';
import { ReverseEntryUseCase } from './ledger/usecases/reverse-entry/reverse-entry.usecase';
import { ReportsController } from './reports/reports.controller';

/** Events finance books entries from (curriculum, enrollment, examination). */
const HANDLERS = [
  CohortScheduledConsumer,
  CohortChangedConsumer,
  CohortCancelledConsumer,
  SeatConfirmedConsumer,
  SeatReleasedConsumer,
  FeePaidConsumer,
  FeeRefundedConsumer,
  SittingHeldConsumer,
];

@Module({})
export class FinanceModule {
  static forRoot(env: FinanceEnv, logger: Logger): DynamicModule {
    return {
      module: FinanceModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'finance', env, logger }),
        TypeOrmModule.forRoot(dataSourceOptions(financeDatabase(env))),
        BookingsModule,
        MessagingModule.forService({ service: 'finance', handlers: HANDLERS }),
      ],
      controllers: [BudgetLinesController, BudgetBookController, CommitmentsController, NotificationsController, ReportsController],
      providers: [
        BudgetBookQueries,
        OpenFiscalYearUseCase,
        AddBudgetLineUseCase,
        ConfigureBookUseCase,
        ConfigureLineUseCase,
        AmendBudgetUseCase,
        ReviseQuarterlyPlanUseCase,
        RecordCommitmentUseCase,
        ReleaseCommitmentUseCase,
        RecordPaymentUseCase,
        BookHeldCommitmentUseCase,
        ReverseEntryUseCase,
      ],
    };
  }
}
