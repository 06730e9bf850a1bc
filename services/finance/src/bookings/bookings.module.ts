import { Global, Module } from '@nestjs/common';
import { Ledger } from '../ledger/ledger';
import { BookRules } from './book-rules';
import { CohortBookings } from './cohort-bookings';
import { FeeRevenue } from './fee-revenue';
import { Settlement } from './settlement';

/**
 * The ledger and what books entries from events. Global, because the messaging module builds the
 * event handlers in its own scope and they need these.
 */
@Global()
@Module({
  providers: [Ledger, Settlement, CohortBookings, FeeRevenue, BookRules],
  exports: [Ledger, Settlement, CohortBookings, FeeRevenue, BookRules],
})
export class BookingsModule {}
