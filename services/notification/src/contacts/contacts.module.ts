import { Global, Module } from '@nestjs/common';
import { ContactsQueries } from './contacts.queries';
import { TraineeLinksQueries } from './trainee-links.queries';
import { RecordContactUseCase } from './usecases/record-contact/record-contact.usecase';
import { RecordTraineeLinkUseCase } from './usecases/record-trainee-link/record-trainee-link.usecase';

/**
 * The people to tell, from the gateway's users, and which of them each of enrollment's trainee records
 * is. Their announcements are consumed in notices/ (which gives what waited for them). Global: the
 * messaging module builds the handlers in its own scope.
 */
@Global()
@Module({
  providers: [ContactsQueries, RecordContactUseCase, TraineeLinksQueries, RecordTraineeLinkUseCase],
  exports: [ContactsQueries, RecordContactUseCase, TraineeLinksQueries, RecordTraineeLinkUseCase],
})
export class ContactsModule {}
