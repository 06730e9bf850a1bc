import { MessagingModule } from '@baeum/messaging';
import { keyedDatabaseModule, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { BookingsModule } from './bookings/bookings.module';
import { BudgetBookModule } from './budget-book/budget-book.module';
import { FinanceEnv } from './config/env';
import { financeDatabase } from './database/settings';
import { LedgerModule } from './ledger/ledger.module';
import { ReportsModule } from './reports/reports.module';

/*
 * A Nest module per feature, each importing only the features before it (docs/architecture.md,
 * "Inside a service: finance's shape"; feature-order.spec.ts). The features are listed in the order
 * their controllers' routes were registered in when they were one module.
 */
/** Every event handler of the service's features, run by MessagingModule: the events finance books entries from. */
export const FINANCE_CONSUMERS = [...BookingsModule.consumers];

@Module({})
export class FinanceModule {
  static forRoot(env: FinanceEnv, logger: Logger): DynamicModule {
    return {
      module: FinanceModule,
      imports: [
        BudgetBookModule,
        LedgerModule,
        ReportsModule,
        BookingsModule,
        // After the features, so their routes (and the OpenAPI paths) come before health and metrics.
        ServiceKitModule.forRoot({ service: 'finance', env, logger }),
        keyedDatabaseModule(financeDatabase(env)),
        MessagingModule.forService({ service: 'finance', imports: [BookingsModule], handlers: FINANCE_CONSUMERS }),
      ],
    };
  }
}
