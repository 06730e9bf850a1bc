import type { EventEnvelope, FieldNeed } from '@baeum/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ContactsQueries } from '../contacts/contacts.queries';
import { TraineeLinksQueries } from '../contacts/trainee-links.queries';
import { EnqueueDeliveriesUseCase } from '../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import type { RenderedMail } from '../mail/templates/mail-template';
import { Awaited, HeldNoticesQueries } from './held-notices.queries';

/** What a consumer reads of the course an enrollment event names (optional: older events name none). */
export const NAMES_THE_COURSE = {
  courseNameKo: 'string?',
  courseNameEn: 'string?',
  startDate: 'date?',
  endDate: 'date?',
} as const satisfies Record<string, FieldNeed>;

/** The roles told as a whole (a role, a budget line's officers): the only roles a notice is held for. */
export const ROLES_TOLD = ['finance_officer', 'course_manager'] as const;
export type RoleTold = (typeof ROLES_TOLD)[number];

/** Writes one person's mail of an event, for them. */
export type Render = (person: Contact) => RenderedMail;

/**
 * Whom an event tells, in the consumer's transaction: every notice consumer finds its recipients
 * here and records their messages (EnqueueDeliveriesUseCase). A recipient this service does not know
 * yet is waited for: the event is held (held-notice.entity.ts) and handled again when they are announced.
 *
 * Each lookup is preceded by the lock of what it may wait for (HeldNoticesQueries.lock), so that a
 * notice held while its person is being announced is seen by that announcement.
 */
@Injectable()
export class TellPeople {
  constructor(
    private readonly contacts: ContactsQueries,
    private readonly links: TraineeLinksQueries,
    private readonly held: HeldNoticesQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
  ) {}

  /**
   * The one mail an event owes the person it concerns. Nothing is owed when the event names no one
   * (written before it carried the person) or the person is an inactive contact of its tenant.
   */
  async person(tx: EntityManager, event: EventEnvelope<unknown>, userId: string | undefined, render: Render): Promise<void> {
    if (!userId) return;
    const awaited: Awaited = { kind: 'person', id: userId };
    await this.held.lock(tx, event.tenantId, [awaited]);
    const person = await this.contacts.byId(tx, event.tenantId, userId);
    if (!person) return this.held.hold(tx, event, [awaited]);
    if (person.active) await this.tell(tx, event, [person], render);
  }

  /**
   * The same for an event that names enrollment's trainee record: the person is the account the record
   * is linked to (enrollment.trainee.linked); none is owed when it is linked to none. A record whose
   * link is not known yet is waited for like a person.
   */
  async trainee(tx: EntityManager, event: EventEnvelope<unknown>, traineeId: string, render: Render): Promise<void> {
    const awaited: Awaited = { kind: 'trainee', id: traineeId };
    await this.held.lock(tx, event.tenantId, [awaited]);
    const userId = await this.links.userOf(tx, event.tenantId, traineeId);
    if (userId === undefined) return this.held.hold(tx, event, [awaited]);
    await this.person(tx, event, userId ?? undefined, render);
  }

  /**
   * The mail an event owes everyone in a role of its tenant (course managers, finance officers): each
   * active contact holding `role` gets their own. The event is also held for the role, so that someone
   * who held it when the event happened, but whose announcement comes after, is told too.
   */
  async role(tx: EntityManager, event: EventEnvelope<unknown>, role: RoleTold, render: Render): Promise<void> {
    await this.held.lock(tx, event.tenantId, [{ kind: 'role', id: role }]);
    await this.tell(tx, event, await this.holdersOf(tx, event, role, []), render);
  }

  /**
   * A budget line's matter: its officer is told (finance lets only an eligible person be named: a
   * finance officer, a planner or an administrator), or, when the line names none or that person is no
   * longer an active contact, every finance officer, as a role. A named officer not announced yet is
   * waited for as well as the role.
   */
  async lineOfficers(tx: EntityManager, event: EventEnvelope<unknown>, officerUserId: string | undefined, render: Render): Promise<void> {
    if (!officerUserId) return this.role(tx, event, 'finance_officer', render);
    const officer: Awaited = { kind: 'person', id: officerUserId };
    await this.held.lock(tx, event.tenantId, [officer, { kind: 'role', id: 'finance_officer' }]);
    const named = await this.contacts.byId(tx, event.tenantId, officerUserId);
    if (named?.active) return this.tell(tx, event, [named], render);
    await this.tell(tx, event, await this.holdersOf(tx, event, 'finance_officer', named ? [] : [officer]), render);
  }

  /** The role's active holders, once its lock is taken; the event is held for the role and for `alsoAwaited`. */
  private async holdersOf(tx: EntityManager, event: EventEnvelope<unknown>, role: RoleTold, alsoAwaited: Awaited[]): Promise<Contact[]> {
    const awaited: Awaited[] = [...alsoAwaited, { kind: 'role', id: role }];
    await this.held.hold(tx, event, awaited);
    return this.contacts.activeWithRole(tx, event.tenantId, role);
  }

  private async tell(tx: EntityManager, event: EventEnvelope<unknown>, people: Contact[], render: Render): Promise<void> {
    if (people.length === 0) return;
    await this.enqueue.execute(tx, {
      event,
      mails: people.map((person) => ({ recipient: person.userId, address: person.email, phone: person.phone, mail: render(person) })),
    });
  }
}
