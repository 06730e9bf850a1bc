import { Module } from '@nestjs/common';
import { CommitmentsController } from './commitments.controller';
import { Ledger } from './ledger';
import { BookHeldCommitmentUseCase } from './usecases/book-held-commitment/book-held-commitment.usecase';
import { RecordCommitmentUseCase } from './usecases/record-commitment/record-commitment.usecase';
import { RecordPaymentUseCase } from './usecases/record-payment/record-payment.usecase';
import { ReleaseCommitmentUseCase } from './usecases/release-commitment/release-commitment.usecase';
import { ReverseEntryUseCase } from './usecases/reverse-entry/reverse-entry.usecase';

/** The ledger: entries and commitments on the budget lines (their officers are told by the notification service). Bookings post through its Ledger. */
@Module({
  controllers: [CommitmentsController],
  providers: [
    Ledger,
    RecordCommitmentUseCase,
    ReleaseCommitmentUseCase,
    RecordPaymentUseCase,
    BookHeldCommitmentUseCase,
    ReverseEntryUseCase,
  ],
  exports: [Ledger],
})
export class LedgerModule {}
