import type { EventEnvelope } from '@baeum/contracts';
import { EntityManager } from 'typeorm';
import { Contact } from '../../contacts/contact.entity';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import type { RoleTold } from '../tell-person';

/**
 * Who is told of a budget line's matter: its officer (finance let only an eligible person be named:
 * a finance officer, a planner or an administrator), or, when the line names none or that person is no
 * longer an active contact, every active finance officer of the tenant. An officer or finance officers
 * not announced yet are waited for (tell-person.ts): the event is held for them.
 */
export async function lineOfficers(
  tx: EntityManager,
  deps: { contacts: ContactsQueries; enqueue: EnqueueDeliveriesUseCase },
  event: EventEnvelope<unknown>,
  officerUserId?: string,
): Promise<Contact[]> {
  const role = { kind: 'role' as const, id: 'finance_officer' satisfies RoleTold };
  const officer = officerUserId ? { kind: 'person' as const, id: officerUserId } : undefined;
  await deps.enqueue.lookingFor(tx, event.tenantId, officer ? [officer, role] : [role]);
  const named = officerUserId ? await deps.contacts.byId(tx, event.tenantId, officerUserId) : null;
  if (named?.active) return [named];
  await deps.enqueue.hold(tx, event, officer && !named ? [officer, role] : [role]);
  return deps.contacts.activeWithRole(tx, event.tenantId, 'finance_officer');
}
