import { ApplicationEndedV1, SeatConfirmedV1, SeatReleasedV1, SeatWaitlistedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { labelOf, quotasHold, seatsMayChange } from '../cohorts/cohort-rules';
import { Cohort } from '../cohorts/cohort.entity';
import { giveSeat, hasSeatFor, isFull, Pool, poolOf, SeatCounters, takeSeat } from './seat-counters';
import { SeatHolder } from './seat-holder';
import { cohortQuotas, holdersInOrder, lockCohort, waitingAheadOf, writeSeats } from './seats.queries';

/** How a seat was won, as the application records it: its route, or promotion from the waitlist. */
type SeatSource = SeatHolder['via'] | 'waitlist';

/**
 * The seat event's `via`: v1 knows no seat added by staff (교육생 직접 추가), which is announced as
 * a nomination (the institute's own) so its consumers need no change; the application says `staff`.
 */
const announcedVia = (via: SeatSource): SeatConfirmedV1['via'] => (via === 'staff' ? 'nomination' : via);
type EndReason = NonNullable<SeatHolder['endReason']>;
type StatusChange = Pick<SeatHolder, 'status' | 'appliedAt' | 'confirmedAt' | 'waitlistedAt' | 'endedAt' | 'endReason' | 'endNote'>;

let lastStamp = 0;
/**
 * The instant a first-come-first-served application reaches the seat lock: strictly increasing
 * in this process, so the waitlist's order (and each position) is the order seats were decided.
 */
export function receivedAt(): Date {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp);
}

/**
 * One cohort's seats while its row is locked: the counters, and the status changes of its
 * applications, written together by `save` in one statement.
 */
export interface SeatSession {
  cohort: Cohort;
  counters: SeatCounters;
  loadedQuotas: Map<string, number>;
  changes: Map<string, StatusChange>;
}

const poolKey = (pool: Pool) => (pool.kind === 'quota' ? `quota:${pool.agencyCode}` : pool.kind);

const RELEASE_REASONS: Record<EndReason, SeatReleasedV1['reason']> = {
  cancelled: 'cancelled',
  withdrawn: 'withdrawn',
  rejected: 'rejected',
  cohort_cancelled: 'cohort_cancelled',
  merged: 'cohort_cancelled',
  // Only a waitlisted application ends so, and it held no seat: nothing is released.
  waitlist_closed: 'cancelled',
};

/**
 * Every change of a cohort's seats. Callers lock the cohort's row first (`lock`), so the changes
 * of one cohort happen one at a time and its counters can never pass capacity or a quota; the
 * events of each change go into the same transaction's outbox. Work under the lock is kept to a
 * few statements, since every other applicant for the cohort waits for it.
 */
@Injectable()
export class SeatBook {
  constructor(private readonly publisher: EventPublisher) {}

  lock(tx: EntityManager, cohortId: string): Promise<Cohort | null> {
    return lockCohort(tx, cohortId);
  }

  /** The locked cohort's counters, read after the lock so they are the last holder's. */
  async open(tx: EntityManager, cohort: Cohort, today: string): Promise<SeatSession> {
    const quotas = cohort.reservedSeats > 0 ? await cohortQuotas(tx, cohort.cohortId) : [];
    return {
      cohort,
      counters: {
        capacity: cohort.capacity,
        confirmed: cohort.confirmed,
        waitlisted: cohort.waitlisted,
        reservedSeats: cohort.reservedSeats,
        unreservedConfirmed: cohort.unreservedConfirmed,
        quotas: new Map(quotas.map((q) => [q.agencyCode, { seats: q.seats, confirmed: q.confirmed }])),
        quotasHold: quotasHold(cohort, today),
      },
      loadedQuotas: new Map(quotas.map((q) => [q.agencyCode, q.confirmed])),
      changes: new Map(),
    };
  }

  /** Seats a stored application whose approvals are complete, or puts it on the waitlist. */
  async admit(tx: EntityManager, s: SeatSession, app: SeatHolder, via: SeatSource): Promise<void> {
    // Whoever already waits for a seat of this pool goes first.
    if (s.counters.waitlisted > 0 && hasSeatFor(s.counters, app.agencyCode)) await this.fillFreeSeats(tx, s, { includeApproved: false });
    if (hasSeatFor(s.counters, app.agencyCode)) {
      await this.confirm(tx, s, app, via);
      return;
    }
    // Promotions made above count as no longer waiting.
    if (s.changes.size > 0) await this.save(tx, s);
    await this.waitlist(tx, s, app, (await this.waitingAhead(tx, s, app)) + 1);
  }

  /**
   * Ends an application (cancelled, withdrawn, rejected, cohort cancelled, merged into `target`,
   * waitlist closed) and announces it, so its trainee is told; a confirmed seat goes back to its pool.
   */
  async end(
    tx: EntityManager,
    s: SeatSession,
    app: SeatHolder,
    reason: EndReason,
    note: string | null = null,
    target?: Pick<Cohort, 'cohortId' | 'startDate' | 'endDate'>,
  ): Promise<void> {
    const held = app.status === 'confirmed';
    if (app.status === 'waitlisted') s.counters.waitlisted--;
    this.change(s, app, {
      status: reason === 'rejected' ? 'rejected' : 'cancelled',
      endedAt: new Date(),
      endReason: reason,
      endNote: note,
    });
    await this.publisher.publish(tx, ApplicationEndedV1, app.tenantId, {
      applicationId: app.id,
      cohortId: app.cohortId,
      traineeId: app.traineeId,
      agencyCode: app.agencyCode,
      reason,
      heldSeat: held,
      endedAt: app.endedAt!.toISOString(),
      ...(target ? { targetCohortId: target.cohortId, targetStartDate: target.startDate, targetEndDate: target.endDate } : {}),
      ...labelOf(s.cohort),
    });
    if (!held) return;
    giveSeat(s.counters, app.agencyCode);
    await this.publisher.publish(tx, SeatReleasedV1, app.tenantId, {
      applicationId: app.id,
      cohortId: app.cohortId,
      traineeId: app.traineeId,
      agencyCode: app.agencyCode,
      reason: RELEASE_REASONS[reason],
      releasedAt: app.endedAt!.toISOString(),
    });
  }

  /**
   * Gives free seats to the waitlist in its order — each agency's first-ranked nominee first,
   * then application time — each promotion once. With `includeApproved` (the selection) approved
   * applications join in the same order, and those left without a seat are waitlisted.
   */
  async fillFreeSeats(tx: EntityManager, s: SeatSession, { includeApproved }: { includeApproved: boolean }): Promise<void> {
    if (!includeApproved && (s.counters.waitlisted === 0 || isFull(s.counters))) return;
    const candidates = await holdersInOrder(tx, s.cohort.cohortId, includeApproved ? ['waitlisted', 'approved'] : ['waitlisted']);
    const waitingInPool = new Map<string, number>();
    for (const app of candidates.filter((a) => !s.changes.has(a.id))) {
      if (hasSeatFor(s.counters, app.agencyCode)) {
        const promoted = app.status === 'waitlisted';
        if (promoted) s.counters.waitlisted--;
        await this.confirm(tx, s, app, promoted ? 'waitlist' : app.via);
        continue;
      }
      const key = poolKey(poolOf(s.counters, app.agencyCode));
      const position = (waitingInPool.get(key) ?? 0) + 1;
      waitingInPool.set(key, position);
      if (app.status === 'approved') await this.waitlist(tx, s, app, position);
      if (!includeApproved && isFull(s.counters)) break;
    }
  }

  /** Releases while seats may still change promote the waitlist in the same transaction. */
  async afterRelease(tx: EntityManager, s: SeatSession, today: string): Promise<void> {
    if (seatsMayChange(s.cohort, today)) await this.fillFreeSeats(tx, s, { includeApproved: false });
  }

  /** Writes the counters and every status change in one statement, and marks the fill changed for the fill publisher. */
  async save(tx: EntityManager, s: SeatSession): Promise<void> {
    const { cohort, counters } = s;
    const changes = [...s.changes];
    const quotas = [...counters.quotas].filter(([code, q]) => s.loadedQuotas.get(code) !== q.confirmed);
    await writeSeats(tx, cohort.cohortId, counters, changes, quotas);
    Object.assign(cohort, {
      confirmed: counters.confirmed,
      waitlisted: counters.waitlisted,
      unreservedConfirmed: counters.unreservedConfirmed,
    });
    s.changes.clear();
    for (const [code, q] of counters.quotas) s.loadedQuotas.set(code, q.confirmed);
  }

  /** How many wait ahead of `app` for a seat of its pool (after this session's own changes are saved). */
  async waitingAhead(tx: EntityManager, s: SeatSession, app: SeatHolder): Promise<number> {
    const pool = poolOf(s.counters, app.agencyCode);
    if (pool.kind === 'quota') return waitingAheadOf(tx, app, { agencyCode: pool.agencyCode });
    if (pool.kind === 'unreserved') return waitingAheadOf(tx, app, { notAgencies: pool.quotaAgencies });
    return waitingAheadOf(tx, app, {});
  }

  private change(s: SeatSession, app: SeatHolder, change: Partial<StatusChange> & { status: SeatHolder['status'] }) {
    Object.assign(app, change);
    s.changes.set(app.id, {
      status: app.status,
      appliedAt: app.appliedAt,
      confirmedAt: app.confirmedAt,
      waitlistedAt: app.waitlistedAt,
      endedAt: app.endedAt,
      endReason: app.endReason,
      endNote: app.endNote,
    });
  }

  private async confirm(tx: EntityManager, s: SeatSession, app: SeatHolder, via: SeatSource) {
    takeSeat(s.counters, app.agencyCode);
    this.change(s, app, { status: 'confirmed', confirmedAt: new Date() });
    await this.publisher.publish(tx, SeatConfirmedV1, app.tenantId, {
      applicationId: app.id,
      cohortId: app.cohortId,
      traineeId: app.traineeId,
      agencyCode: app.agencyCode,
      via: announcedVia(via),
      confirmedAt: app.confirmedAt!.toISOString(),
      ...labelOf(s.cohort),
    });
  }

  private async waitlist(tx: EntityManager, s: SeatSession, app: SeatHolder, position: number) {
    s.counters.waitlisted++;
    this.change(s, app, { status: 'waitlisted', waitlistedAt: new Date() });
    await this.publisher.publish(tx, SeatWaitlistedV1, app.tenantId, {
      applicationId: app.id,
      cohortId: app.cohortId,
      traineeId: app.traineeId,
      agencyCode: app.agencyCode,
      position,
      ...labelOf(s.cohort),
    });
  }
}
