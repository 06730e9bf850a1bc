import { conflict, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { COHORT_NOT_FOUND, seatsAtOnce, seatsMayChange } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { SeatBook } from '../../../seats/seat-book';
import { Application } from '../../application.entity';
import { cohortOfTenant } from '../../../cohorts/cohorts.queries';
import { activeApplicationsInOrder, activeTraineesOf, cohortById, insertApplication } from '../../applications.queries';

/**
 * 통합: an under-filled cohort's trainees move to another cohort of the same course. Each keeps
 * their place in the order (rank, application time); the target seats them within its capacity
 * and waitlists the rest. Both cohorts are locked, in id order, so two merges cannot deadlock.
 */
@Injectable()
export class MergeCohortUseCase {
  constructor(private readonly seats: SeatBook) {}

  async execute(tx: EntityManager, source: Cohort, targetId: string): Promise<{ moved: number }> {
    const today = seoulToday();
    const found = await cohortOfTenant(tx, targetId, source.tenantId);
    if (!found || found.cohortId === source.cohortId)
      throw notFound('ENROLLMENT_COHORT.NOT_FOUND', { field: 'targetCohortId', message: COHORT_NOT_FOUND });
    if (found.courseCode !== source.courseCode) {
      throw conflict('UNDER_FILL.OTHER_COURSE', {
        field: 'targetCohortId',
        params: { course: source.courseCode ?? '', targetCourse: found.courseCode ?? '' },
        message: '같은 과정의 기수로만 통합할 수 있습니다 / Merge into a cohort of the same course',
      });
    }
    const [first, second] = [source.cohortId, targetId].sort();
    await this.seats.lock(tx, first);
    await this.seats.lock(tx, second);
    const target = (await cohortById(tx, targetId))!;
    if (!seatsMayChange(target, today)) {
      throw conflict('UNDER_FILL.TARGET_CLOSED', {
        field: 'targetCohortId',
        params: { status: target.status, startDate: target.startDate },
        message: '통합할 기수가 이미 시작되었거나 폐강되었습니다 / The target cohort has started or was cancelled',
      });
    }
    const from = await this.seats.open(tx, source, today);
    const to = await this.seats.open(tx, target, today);
    const moving = await activeApplicationsInOrder(tx, source.cohortId);
    const inTarget = await activeTraineesOf(tx, targetId);
    let moved = 0;
    for (const app of moving) {
      await this.seats.end(tx, from, { ...app }, 'merged', null, target);
      if (inTarget.has(app.traineeId)) continue;
      // Approvals given stay given; who still awaits one keeps waiting for it.
      const copy: Application = {
        ...app,
        id: randomUUID(),
        tenantId: target.tenantId,
        cohortId: targetId,
        status: app.status === 'pending' ? 'pending' : 'approved',
        confirmedAt: null,
        waitlistedAt: null,
        endedAt: null,
        endReason: null,
        endNote: null,
      };
      await insertApplication(tx, copy);
      if (copy.status === 'approved' && seatsAtOnce(target)) await this.seats.admit(tx, to, copy, app.via);
      moved++;
    }
    await this.seats.save(tx, from);
    await this.seats.save(tx, to);
    return { moved };
  }
}
