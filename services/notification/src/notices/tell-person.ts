import type { EventEnvelope, FieldNeed } from '@baeum/contracts';
import { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ContactsQueries } from '../contacts/contacts.queries';
import { TraineeLinksQueries } from '../contacts/trainee-links.queries';
import { EnqueueDeliveriesUseCase } from '../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import type { RenderedMail } from '../mail/templates/mail-template';

/** What a consumer reads of the course an enrollment event names (optional: older events name none). */
export const NAMES_THE_COURSE = {
  courseNameKo: 'string?',
  courseNameEn: 'string?',
  startDate: 'date?',
  endDate: 'date?',
} as const satisfies Record<string, FieldNeed>;

/**
 * Records the one mail an event owes the person it concerns. Nothing is owed when the event names no
 * one (written before it carried the person) or the person is an inactive contact of its tenant. A
 * person not announced yet is waited for: the event is held and handled again when they are.
 */
export async function tellPerson(
  tx: EntityManager,
  deps: { contacts: ContactsQueries; enqueue: EnqueueDeliveriesUseCase },
  event: EventEnvelope<unknown>,
  userId: string | undefined,
  render: (person: Contact) => RenderedMail,
): Promise<void> {
  if (!userId) return;
  await deps.enqueue.lookingFor(tx, event.tenantId, [{ kind: 'person', id: userId }]);
  const person = await deps.contacts.byId(tx, event.tenantId, userId);
  if (!person) return deps.enqueue.hold(tx, event, [{ kind: 'person', id: userId }]);
  if (!person.active) return;
  await deps.enqueue.execute(tx, { event, mails: [{ recipient: person.userId, address: person.email, mail: render(person) }] });
}

/**
 * The same for an event that names enrollment's trainee record: the person is the account the record
 * is linked to (enrollment.trainee.linked); none is owed when it is linked to none. A record whose
 * link is not known yet is waited for like a person.
 */
export async function tellTrainee(
  tx: EntityManager,
  deps: { links: TraineeLinksQueries; contacts: ContactsQueries; enqueue: EnqueueDeliveriesUseCase },
  event: EventEnvelope<unknown>,
  traineeId: string,
  render: (person: Contact) => RenderedMail,
): Promise<void> {
  await deps.enqueue.lookingFor(tx, event.tenantId, [{ kind: 'trainee', id: traineeId }]);
  const userId = await deps.links.userOf(tx, event.tenantId, traineeId);
  if (userId === undefined) return deps.enqueue.hold(tx, event, [{ kind: 'trainee', id: traineeId }]);
  await tellPerson(tx, deps, event, userId ?? undefined, render);
}

/** The roles told as a whole (tellRole, a budget line's officers): the only roles a notice is held for. */
export const ROLES_TOLD = ['finance_officer', 'course_manager'] as const;
export type RoleTold = (typeof ROLES_TOLD)[number];

/**
 * Records the mail an event owes everyone in a role of its tenant (course managers, finance
 * officers): each active contact holding `role` gets their own, written for them. The event is also
 * held for the role, so that someone who held it when the event happened, but whose announcement
 * comes after the event is handled, is told too.
 */
export async function tellRole(
  tx: EntityManager,
  deps: { contacts: ContactsQueries; enqueue: EnqueueDeliveriesUseCase },
  event: EventEnvelope<unknown>,
  role: RoleTold,
  render: (person: Contact) => RenderedMail,
): Promise<void> {
  await deps.enqueue.lookingFor(tx, event.tenantId, [{ kind: 'role', id: role }]);
  await deps.enqueue.hold(tx, event, [{ kind: 'role', id: role }]);
  const people = await deps.contacts.activeWithRole(tx, event.tenantId, role);
  if (people.length === 0) return;
  await deps.enqueue.execute(tx, {
    event,
    mails: people.map((person) => ({ recipient: person.userId, address: person.email, mail: render(person) })),
  });
}
