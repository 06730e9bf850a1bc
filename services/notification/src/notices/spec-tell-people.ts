import type { DataSource } from 'typeorm';
import { ContactsQueries } from '../contacts/contacts.queries';
import { TraineeLinksQueries } from '../contacts/trainee-links.queries';
import { DeliveriesQueries } from '../deliveries/deliveries.queries';
import { EnqueueDeliveriesUseCase } from '../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { InboxQueries } from '../inbox/inbox.queries';
import { PreferencesQueries } from '../preferences/preferences.queries';
import { HeldNoticesQueries } from './held-notices.queries';
import { TellPeople } from './tell-people';

/** The notice consumers' specs: TellPeople over the spec database, as the service wires it. */
export function specTellPeople(dataSource: DataSource): TellPeople {
  const contacts = new ContactsQueries(dataSource);
  const enqueue = new EnqueueDeliveriesUseCase(
    new DeliveriesQueries(dataSource),
    new InboxQueries(dataSource),
    new PreferencesQueries(dataSource),
  );
  return new TellPeople(contacts, new TraineeLinksQueries(), new HeldNoticesQueries(), enqueue);
}
