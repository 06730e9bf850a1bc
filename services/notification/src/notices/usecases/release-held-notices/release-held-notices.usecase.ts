import { BatchEnd } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Awaited, HeldNoticesQueries } from '../../held-notices.queries';
import { NoticeHandlers } from '../../notice-handlers';
import { ROLES_TOLD } from '../../tell-people';
import { ReleaseHeldNoticesCommand } from './release-held-notices.command';

/**
 * 대기 알림 전달: a person or a trainee link just announced (and recorded in the same transaction)
 * gets the notices held for them. Each held event is handled again by its own consumer, which now
 * finds them; an event already told to someone tells them nothing more (deliveries and inbox items
 * are one per event and person).
 */
@Injectable()
export class ReleaseHeldNoticesUseCase {
  constructor(
    private readonly held: HeldNoticesQueries,
    private readonly handlers: NoticeHandlers,
  ) {}

  /**
   * `record` keeps the announcement (the contact or the link); it runs after this transaction is ordered
   * with any holding a notice for the same person, link or role (HeldNoticesQueries.lock), so that a
   * notice held meanwhile is seen here, or sees the person there.
   */
  async execute(tx: EntityManager, batch: BatchEnd, command: ReleaseHeldNoticesCommand, record: () => Promise<void>): Promise<void> {
    const { tenantId } = command;
    await this.held.lock(tx, tenantId, awaitedBy(command));
    await record();
    if ('traineeId' in command) {
      for (const event of await this.held.forTrainee(tx, tenantId, command.traineeId)) await this.handlers.handle(event, tx, batch);
      await this.held.release(tx, tenantId, { kind: 'trainee', id: command.traineeId });
      return;
    }
    const { person } = command;
    // An inactive person is owed nothing (tell-people.ts); what waited for them is forgotten.
    if (person.active) for (const event of await this.held.forPerson(tx, tenantId, person)) await this.handlers.handle(event, tx, batch);
    await this.held.release(tx, tenantId, { kind: 'person', id: person.userId });
  }
}

/** What an announcement may be awaited as: the trainee's link; or the person, and each told role they hold. */
function awaitedBy(command: ReleaseHeldNoticesCommand): Awaited[] {
  if ('traineeId' in command) return [{ kind: 'trainee', id: command.traineeId }];
  const roles = ROLES_TOLD.filter((role) => command.person.roles.includes(role));
  return [{ kind: 'person', id: command.person.userId }, ...roles.map((id) => ({ kind: 'role' as const, id }))];
}
