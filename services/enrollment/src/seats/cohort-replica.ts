import { CohortSnapshot } from '@baeum/contracts';
import { PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { quotasOf, replicaFields, seatsAtOnce, seatsMayChange } from '../cohorts/cohort-rules';
import { Cohort } from '../cohorts/cohort.entity';
import { SeatBook } from './seat-book';
import { activeHolders, confirmedByAgency, insertCohort, markCohortCancelled, markCohortCompleted, updateCohort } from './seats.queries';

/**
 * Keeps the replica of curriculum's cohorts. A snapshot replaces what it says; seats freed by a
 * change (capacity raised, quotas moved) go to the waitlist in the same transaction, and a
 * cancellation releases every seat and tells everyone. Writes only through the consumer's `tx`.
 */
@Injectable()
export class CohortReplica {
  constructor(private readonly seats: SeatBook) {}

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

    const cohort = Object.assign(existing, changes);
    const seats = await this.seats.open(tx, cohort, today);
    if (seatsAtOnce(cohort) && seatsMayChange(cohort, today)) await this.seats.fillFreeSeats(tx, seats, { includeApproved: false });
    await this.seats.save(tx, seats);
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
