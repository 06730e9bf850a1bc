import { Global, Module } from '@nestjs/common';
import { UserChangedConsumer } from './consumers/user-changed.consumer';
import { ContactsQueries } from './contacts.queries';
import { RecordContactUseCase } from './usecases/record-contact/record-contact.usecase';

/** The people to tell, from the gateway's users. Global: the messaging module builds the handlers in its own scope. */
@Global()
@Module({
  providers: [ContactsQueries, RecordContactUseCase],
  exports: [ContactsQueries, RecordContactUseCase],
})
export class ContactsModule {
  static readonly consumers = [UserChangedConsumer];
}
