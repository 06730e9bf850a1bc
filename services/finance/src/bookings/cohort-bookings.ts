import { CohortCancelledV1, CohortSnapshot, EventEnvelope, InstituteSettingsChangedV1 } from '@baeum/contracts';
import { BatchEnd, PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fiscalYearOf, notBeforeYear, seoulDate, trainingDays } from '@baeum/calendar';
import { Commitment } from '../ledger/entities/commitment.entity';
import { Ledger } from '../ledger/ledger';
import { actorOf } from '../shared/actor';
import { BookRules } from './book-rules';
import { holidaysOf, keepHolidays, lockCohortEvents, scheduledCohortsOn } from './bookings.queries';
import { CohortReplica } from './cohort-replica.entity';
import { Seat } from './seat.entity';
import { Settlement } from './settlement';

const won = (n: bigint) => n.toLocaleString('en-US');

/**
 * What cohorts cost finance, from curriculum's and enrollment's events: each cohort's estimated
 * cost on its course's line, and its confirmed trainees' meals on the year's meal line (per training day: weekdays but
 * the institute's own holidays, which curriculum's settings announce). Events
 * about one cohort are applied one at a time (an advisory lock per cohort), because a seat event
 * and the cohort's own event can arrive on different topics at the same moment.
 */
@Injectable()
export class CohortBookings {
  constructor(
    private readonly ledger: Ledger,
    private readonly settlement: Settlement,
    private readonly rules: BookRules,
  ) {}

  /** A cohort scheduled or changed: its snapshot is the truth now. */
  async applySnapshot(tx: EntityManager, event: EventEnvelope<CohortSnapshot>, why: string): Promise<void> {
    const p = event.payload;
    await this.lockCohort(tx, p.cohortId);
    await this.ledger.remember(tx, event);
    const replica: CohortReplica = {
      cohortId: p.cohortId,
      tenantId: event.tenantId,
      courseCode: p.courseCode,
      courseNameKo: p.courseNameKo,
      startDate: p.startDate,
      endDate: p.endDate,
      budgetLineCode: p.budgetLineCode,
      estimatedCost: BigInt(p.estimatedCost),
      status: 'scheduled',
      updatedAt: new Date(),
    };
    await tx.upsert(CohortReplica, replica, ['cohortId']);
    await this.settleCost(tx, replica, event, why);
    await this.settleMeals(tx, replica, event);
  }

  async cancel(tx: EntityManager, event: EventEnvelope<CohortCancelledV1>): Promise<void> {
    await this.lockCohort(tx, event.payload.cohortId);
    const replica = await tx.findOne(CohortReplica, { where: { cohortId: event.payload.cohortId, tenantId: event.tenantId } });
    if (!replica) return; // never booked: nothing to release
    await this.ledger.remember(tx, event);
    replica.status = 'cancelled';
    await tx.update(CohortReplica, { cohortId: replica.cohortId }, { status: 'cancelled', updatedAt: new Date() });
    await this.settleCost(tx, replica, event, `폐강 (${event.payload.reason}) / Cancelled`);
    await this.settleMeals(tx, replica, event);
  }

  /**
   * A seat confirmed or released: the cohort's meals follow its confirmed trainees. They are settled
   * once per cohort at the end of the consumer's batch (the seats of a rush arrive together), with the
   * batch's last seat event of the cohort behind the entry.
   */
  async seatChanged(
    tx: EntityManager,
    event: EventEnvelope<{ applicationId: string; cohortId: string }>,
    status: Seat['status'],
    batch: BatchEnd,
  ): Promise<void> {
    const { applicationId, cohortId } = event.payload;
    await this.lockCohort(tx, cohortId);
    await tx.upsert(Seat, { applicationId, tenantId: event.tenantId, cohortId, status, updatedAt: new Date() }, ['applicationId']);
    batch.settle(`meals:${cohortId}`, async () => {
      const replica = await tx.findOne(CohortReplica, { where: { cohortId, tenantId: event.tenantId } });
      // A seat may arrive before its cohort: the cohort's own event books the meals then.
      if (!replica) return;
      await this.ledger.remember(tx, event);
      await this.settleMeals(tx, replica, event);
    });
  }

  /** Cohorts this transaction holds (events of a batch about one cohort lock it once). */
  private readonly locked = new WeakMap<EntityManager, Set<string>>();

  private async lockCohort(tx: EntityManager, cohortId: string): Promise<void> {
    const held = this.locked.get(tx) ?? new Set<string>();
    this.locked.set(tx, held);
    if (held.has(cohortId)) return;
    await lockCohortEvents(tx, cohortId);
    held.add(cohortId);
  }

  /**
   * The institute's own holidays changed: kept (unless the event is older than what is kept), and the
   * meals of every scheduled cohort meeting on a day that became, or stopped being, a holiday follow
   * its new meal-days.
   */
  async holidaysChanged(tx: EntityManager, event: EventEnvelope<InstituteSettingsChangedV1>): Promise<void> {
    const holidays = [...new Set(event.payload.holidays.map((h) => h.date))].sort();
    const before = await keepHolidays(tx, event.tenantId, holidays, event.payload.changedAt);
    if (!before) return;
    const after = new Set(holidays);
    const moved = [...holidays.filter((d) => !before.has(d)), ...[...before].filter((d) => !after.has(d))];
    const cohortIds = await scheduledCohortsOn(tx, event.tenantId, moved);
    if (cohortIds.length === 0) return;
    await this.ledger.remember(tx, event);
    // Cohorts in id order, so two transactions never wait on each other's cohorts.
    for (const cohortId of cohortIds) {
      await this.lockCohort(tx, cohortId);
      const replica = await tx.findOne(CohortReplica, { where: { cohortId, tenantId: event.tenantId } });
      if (replica?.status !== 'scheduled') continue;
      try {
        await this.settleMeals(tx, replica, event);
      } catch (error) {
        // A year without a meal line books no meals for anyone (its seat events are dead-lettered, named):
        // that must not cost the other cohorts, nor the calendar, their new days. Thrown before any write.
        if (!(error instanceof PermanentEventError)) throw error;
      }
    }
  }

  private settleCost(tx: EntityManager, cohort: CohortReplica, event: EventEnvelope, why: string) {
    const fiscalYear = fiscalYearOf(cohort.startDate);
    return this.settlement.settle(tx, {
      tenantId: cohort.tenantId,
      cause: 'cohort',
      causeId: cohort.cohortId,
      cohortId: cohort.cohortId,
      fiscalYear,
      lineCode: cohort.budgetLineCode,
      amount: cohort.status === 'scheduled' ? cohort.estimatedCost : 0n,
      posting: {
        bookedOn: notBeforeYear(seoulDate(event.occurredAt), fiscalYear),
        actor: actorOf(event),
        event,
        reason: `${why}: ${cohort.courseNameKo} (${cohort.startDate}~${cohort.endDate}) / estimated cost of the cohort`,
      },
    });
  }

  private async settleMeals(tx: EntityManager, cohort: CohortReplica, event: EventEnvelope) {
    const fiscalYear = fiscalYearOf(cohort.startDate);
    const seats =
      cohort.status === 'scheduled'
        ? await tx.count(Seat, { where: { tenantId: cohort.tenantId, cohortId: cohort.cohortId, status: 'confirmed' } })
        : 0;
    if (seats === 0 && !(await tx.exists(Commitment, { where: { tenantId: cohort.tenantId, cause: 'meals', causeId: cohort.cohortId } })))
      return;
    const rules = seats > 0 ? await this.rules.of(tx, cohort.tenantId, fiscalYear) : null;
    if (seats > 0 && (!rules?.mealLineCode || rules.mealCostPerDay === null)) {
      throw new PermanentEventError(`fiscal year ${fiscalYear} has no meal line or meal cost in its book`);
    }
    const days = trainingDays(cohort.startDate, cohort.endDate, await holidaysOf(tx, cohort.tenantId)).length;
    const perDay = rules?.mealCostPerDay ?? 0n;
    await this.settlement.settle(tx, {
      tenantId: cohort.tenantId,
      cause: 'meals',
      causeId: cohort.cohortId,
      fiscalYear,
      lineCode: rules?.mealLineCode ?? null,
      amount: BigInt(seats) * BigInt(days) * perDay,
      posting: {
        bookedOn: notBeforeYear(seoulDate(event.occurredAt), fiscalYear),
        actor: actorOf(event),
        event,
        reason:
          `교육생 급식 ${seats}명 × ${days}일 × ${won(perDay)}원: ${cohort.courseNameKo} (${cohort.startDate}~${cohort.endDate}) / ` +
          `trainee meals: ${seats} × ${days} days × ${won(perDay)} won`,
      },
    });
  }
}
