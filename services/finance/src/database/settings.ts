import { DatabaseSettings, requestKeysMigration } from '@baeum/service-kit';
import { CohortReplica } from '../bookings/cohort-replica.entity';
import { InstituteCalendar } from '../bookings/institute-calendar.entity';
import { Seat } from '../bookings/seat.entity';
import { BudgetAmendment } from '../budget-book/entities/budget-amendment.entity';
import { BudgetGroup } from '../budget-book/entities/budget-group.entity';
import { BudgetLine } from '../budget-book/entities/budget-line.entity';
import { FiscalYear } from '../budget-book/entities/fiscal-year.entity';
import { ProgrammePlan } from '../budget-book/entities/programme-plan.entity';
import { QuarterlyPlan } from '../budget-book/entities/quarterly-plan.entity';
import { FinanceEnv } from '../config/env';
import { Commitment } from '../ledger/entities/commitment.entity';
import { Entry } from '../ledger/entities/entry.entity';
import { SourceEvent } from '../ledger/entities/source-event.entity';
import { Init1763800000000 } from './migrations/1763800000000-init';
import { BudgetBookAndLedger1764000000000 } from './migrations/1764000000000-budget-book-and-ledger';
import { PublishBudgetLines1765000000000 } from './migrations/1765000000000-publish-budget-lines';
import { InstituteHolidays1765920000001 } from './migrations/1765920000001-institute-holidays';
import { QuarterlyPlanCourses1765950000000 } from './migrations/1765950000000-quarterly-plan-courses';
import { ProgrammePlan1765995000000 } from './migrations/1765995000000-programme-plan';
import { DropNotices1766010000000 } from './migrations/1766010000000-drop-notices';

export const financeDatabase = (env: FinanceEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'finance',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: [
    FiscalYear,
    BudgetGroup,
    BudgetLine,
    BudgetAmendment,
    QuarterlyPlan,
    ProgrammePlan,
    Commitment,
    Entry,
    SourceEvent,
    CohortReplica,
    Seat,
    InstituteCalendar,
  ],
  migrations: [
    Init1763800000000,
    BudgetBookAndLedger1764000000000,
    PublishBudgetLines1765000000000,
    InstituteHolidays1765920000001,
    QuarterlyPlanCourses1765950000000,
    ProgrammePlan1765995000000,
    DropNotices1766010000000,
    requestKeysMigration('finance'),
  ],
});
