import { CohortSnapshot } from '@baeum/contracts';
import { PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { seoulToday } from '@baeum/calendar';
import { notify } from '../notifications/notices';
import { SeatBook } from '../seats/seat-book';
import { AgencyQuota } from './agency-quota.entity';
import { quotasOf, replicaFields, seatsAtOnce, seatsMayChange } from './cohort-rules';
import { Cohort } from './cohort.entity';

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
      await tx.insert(Cohort, {
        ...fields,
        cohortId: snapshot.cohortId,
        tenantId,
        status: 'scheduled',
        reservedSeats,
        fillVersion: 1,
        updatedAt: new Date(),
      });
      if (quotas.size > 0)
        await tx.insert(
          AgencyQuota,
          [...quotas].map(([agencyCode, seats]) => ({ cohortId: snapshot.cohortId, agencyCode, seats, confirmed: 0 })),
        );
      return;
    }
    if (existing.tenantId !== tenantId) throw new PermanentEventError(`cohort ${snapshot.cohortId} belongs to another tenant`);

    // Confirmed seats per agency, to count each agency's use of its (new) quota.
    const byAgency: { agency_code: string; n: number }[] = await tx.query(
      `SELECT agency_code, count(*)::int AS n FROM enrollment.application WHERE cohort_id = $1 AND status = 'confirmed' GROUP BY agency_code`,
      [snapshot.cohortId],
    );
    const confirmedOf = new Map(byAgency.map((r) => [r.agency_code, r.n]));
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
    await tx.update(Cohort, snapshot.cohortId, changes);
    await tx.delete(AgencyQuota, { cohortId: snapshot.cohortId });
    if (quotas.size > 0)
      await tx.insert(
        AgencyQuota,
        [...quotas].map(([agencyCode, seats]) => ({
          cohortId: snapshot.cohortId,
          agencyCode,
          seats,
          confirmed: confirmedOf.get(agencyCode) ?? 0,
        })),
      );

    const cohort = Object.assign(existing, changes);
    const seats = await this.seats.open(tx, cohort, today);
    if (seatsAtOnce(cohort) && seatsMayChange(cohort, today)) await this.seats.fillFreeSeats(tx, seats, { includeApproved: false });
    await this.seats.save(tx, seats);
  }

  async cancel(tx: EntityManager, cohortId: string): Promise<void> {
    const cohort = await this.seats.lock(tx, cohortId);
    if (!cohort || cohort.status === 'cancelled') return;
    const seats = await this.seats.open(tx, cohort, seoulToday());
    const active = await tx
      .getRepository(Application)
      .createQueryBuilder('a')
      .where(`a.cohort_id = :cohortId AND a.status IN ('pending', 'approved', 'waitlisted', 'confirmed')`, { cohortId })
      .getMany();
    for (const app of active) {
      await this.seats.end(tx, seats, app, 'cohort_cancelled');
      await notify(tx, { tenantId: app.traineeTenantId, traineeId: app.traineeId }, 'cohort_cancelled', cohort, { applicationId: app.id });
    }
    await tx.update(Cohort, cohortId, { status: 'cancelled', underFilled: false, updatedAt: new Date() });
    cohort.status = 'cancelled';
    await this.seats.save(tx, seats);
  }

  async complete(tx: EntityManager, cohortId: string): Promise<void> {
    await tx.update(Cohort, { cohortId, status: 'scheduled' }, { status: 'completed', updatedAt: new Date() });
  }
}
