import { Global, Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxQueries } from './inbox.queries';
import { MarkAllInboxReadUseCase } from './usecases/mark-all-inbox-read/mark-all-inbox-read.usecase';
import { MarkInboxReadUseCase } from './usecases/mark-inbox-read/mark-inbox-read.usecase';

/**
 * The in-app inbox: every notice the delivery pipeline records is also kept here for its recipient
 * (deliveries write the item), and each person reads and marks their own.
 */
@Global()
@Module({
  controllers: [InboxController],
  providers: [InboxQueries, MarkInboxReadUseCase, MarkAllInboxReadUseCase],
  exports: [InboxQueries],
})
export class InboxModule {}
