import { EntityManager } from 'typeorm';
import { Contact } from '../../contacts/contact.entity';
import { ContactsQueries } from '../../contacts/contacts.queries';

/**
 * Who is told of a budget line's matter: its officer (finance let only an eligible person be named:
 * a finance officer, a planner or an administrator), or, when the line names none or that person is no
 * longer an active contact, every active finance officer of the tenant.
 */
export async function lineOfficers(
  tx: EntityManager,
  contacts: ContactsQueries,
  tenantId: string,
  officerUserId?: string,
): Promise<Contact[]> {
  const named = officerUserId ? await contacts.byId(tx, tenantId, officerUserId) : null;
  if (named?.active) return [named];
  return contacts.activeWithRole(tx, tenantId, 'finance_officer');
}
