import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { BookRules } from './book-rules';
import { CohortBookings } from './cohort-bookings';
import { CohortCancelledConsumer } from './consumers/cohort-cancelled.consumer';
import { CohortChangedConsumer } from './consumers/cohort-changed.consumer';
import { CohortScheduledConsumer } from './consumers/cohort-scheduled.consumer';
import { FeePaidConsumer } from './consumers/fee-paid.consumer';
import { FeeRefundedConsumer } from './consumers/fee-refunded.consumer';
import { SeatConfirmedConsumer } from './consumers/seat-confirmed.consumer';
import { SeatReleasedConsumer } from './consumers/seat-released.consumer';
import { SettingsChangedConsumer } from './consumers/settings-changed.consumer';
import { SittingHeldConsumer } from './consumers/sitting-held.consumer';
import { FeeRevenue } from './fee-revenue';
import { Settlement } from './settlement';

/**
 * What books entries from events (curriculum, enrollment, examination), through the ledger. Exports
 * what its consumers inject (the ledger's Ledger too): the messaging module, which builds the event
 * handlers in its own scope, imports this module for them.
 */
@Module({
  imports: [LedgerModule],
  providers: [Settlement, CohortBookings, FeeRevenue, BookRules],
  exports: [LedgerModule, Settlement, CohortBookings, FeeRevenue],
})
export class BookingsModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [
    CohortScheduledConsumer,
    CohortChangedConsumer,
    CohortCancelledConsumer,
    SeatConfirmedConsumer,
    SeatReleasedConsumer,
    FeePaidConsumer,
    FeeRefundedConsumer,
    SittingHeldConsumer,
    SettingsChangedConsumer,
  ];
}
