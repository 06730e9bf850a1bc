import { CohortSnapshot, TraineeCohortRescheduledV1 } from '@baeum/contracts';
import { EventPublisher, PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { quotasOf, replicaFields, rescheduledParts, seatsAtOnce, seatsMayChange } from '../cohorts/cohort-rules';
import { Cohort } from '../cohorts/cohort.entity';
import { rescheduledEvents } from './rescheduled-notices';
import { SeatBook } from './seat-book';
import { activeHolders, confirmedByAgency, insertCohort, markCohortCancelled, markCohortCompleted, updateCohort } from './seats.queries';

/**
 * Keeps the replica of curriculum's cohorts. A snapshot replaces what it says; seats freed by a
 * change (capacity raised, quotas moved) go to the waitlist in the same transaction, and a
 * cancellation releases every seat and tells everyone. A change of dates, daily hours or room tells
 * every trainee who holds, waits for or awaits a seat (TraineeCohortRescheduledV1, one each), after
 * the seats freed by the change have been given. Writes only through the consumer's `tx`.
 */
@Injectable()
export class CohortReplica {
  constructor(
    private readonly seats: SeatBook,
    private readonly publisher: EventPublisher,
  ) {}

  async applySnapshot(tx: EntityManager, tenantId: string, snapshot: CohortSnapshot): Promise<void> {
    const today = seoulToday();
    const fields = replicaFields(snapshot);
    const quotas = quotasOf(snapshot);
    const reservedSeats = [...quotas.values()].reduce((a, b) => a + b, 0);
    const existing = await this.seats.lock(tx, snapshot.cohortId);
    if (!existing) {
      await insertCohort(
        tx,
        { ...fields, cohortId: snapshot.cohortId, tenantId, status: 'scheduled', reservedSeats, fillVersion: 1, updatedAt: new Date() },
        quotas,
      );
      return;
    }
    if (existing.tenantId !== tenantId) throw new PermanentEventError(`cohort ${snapshot.cohortId} belongs to another tenant`);

    // Confirmed seats per agency, to count each agency's use of its (new) quota.
    const confirmedOf = await confirmedByAgency(tx, snapshot.cohortId);
    const inQuotas = [...quotas.keys()].reduce((sum, code) => sum + (confirmedOf.get(code) ?? 0), 0);
    const reopened = fields.applicationCloses >= today && fields.applicationCloses !== existing.applicationCloses;
    const newCutoff = fields.minimumFillCutoff !== existing.minimumFillCutoff || fields.minimumFill !== existing.minimumFill;
    const changes: Partial<Cohort> = {
      ...fields,
      reservedSeats,
      unreservedConfirmed: existing.confirmed - inQuotas,
      ...(reopened ? { selectionDone: false } : {}),
      ...(newCutoff ? { underFilled: false, underFillCheckedOn: null, underFillDecision: null } : {}),
      updatedAt: new Date(),
    };
    await updateCohort(tx, snapshot.cohortId, changes, quotas, confirmedOf);

    const before = { ...existing };
    const parts = existing.status === 'scheduled' ? rescheduledParts(before, fields) : [];
    const cohort = Object.assign(existing, changes);
    const seats = await this.seats.open(tx, cohort, today);
    if (seatsAtOnce(cohort) && seatsMayChange(cohort, today)) await this.seats.fillFreeSeats(tx, seats, { includeApproved: false });
    await this.seats.save(tx, seats);
    if (parts.length > 0) {
      const holders = await activeHolders(tx, snapshot.cohortId);
      await this.publisher.publishMany(tx, TraineeCohortRescheduledV1, tenantId, rescheduledEvents(cohort, before, parts, holders));
    }
  }

  async cancel(tx: EntityManager, cohortId: string): Promise<void> {
    const cohort = await this.seats.lock(tx, cohortId);
    if (!cohort || cohort.status === 'cancelled') return;
    const seats = await this.seats.open(tx, cohort, seoulToday());
    const active = await activeHolders(tx, cohortId);
    // Each end is announced (enrollment.application.ended), which tells its trainee.
    for (const app of active) await this.seats.end(tx, seats, app, 'cohort_cancelled');
    await markCohortCancelled(tx, cohortId);
    cohort.status = 'cancelled';
    await this.seats.save(tx, seats);
  }

  async complete(tx: EntityManager, cohortId: string): Promise<void> {
    await markCohortCompleted(tx, cohortId);
  }
}
