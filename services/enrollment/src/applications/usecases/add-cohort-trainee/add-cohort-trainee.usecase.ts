import { seoulToday } from '@baeum/calendar';
import { NOTHING_DECIDED_YET } from '../../new-application';
import { auditBy, AuthUser, conflict, isUniqueViolation, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { COHORT_CLOSED, cohortNotFound } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { receivedAt, SeatBook } from '../../../seats/seat-book';
import { hasSeatFor, SeatCounters } from '../../../seats/seat-counters';
import { TraineeDirectory } from '../../../trainees/trainee-directory';
import { Application } from '../../application.entity';
import { activeApplicationOf, cohortAndHeld, insertApplication } from '../../applications.queries';
import { checkTraineeMayTake } from '../../trainee-eligibility';

/** A course manager adds a trainee of their institute to one of its cohorts. */
export interface AddCohortTraineeCommand {
  actor: AuthUser;
  cohortId: string;
  traineeId: string;
  /** Why (a walk-in, a late nomination by phone), kept in the audit log. */
  reason?: string;
}

/** The trainee holds an application of the cohort already (`app` unless it was made at the same moment). */
const alreadyIn = (app?: Pick<Application, 'id' | 'status'>) =>
  conflict('APPLICATION.ALREADY_IN_COHORT', {
    field: 'traineeId',
    ...(app ? { params: { applicationId: app.id, status: app.status } } : {}),
    message: '이미 이 기수에 신청이 있는 교육생입니다 / The trainee already has an application for this cohort',
  });

const full = (cohort: Cohort, counters: SeatCounters, agencyCode: string) =>
  conflict('ENROLLMENT_COHORT.FULL', {
    field: 'traineeId',
    params: {
      capacity: cohort.capacity,
      confirmed: counters.confirmed,
      ...(counters.confirmed < counters.capacity ? { agencyCode } : {}),
    },
    message:
      `남은 자리가 없습니다(정원 ${cohort.capacity}명). 정원은 기수 변경에서 늘립니다 ` +
      `/ No seat left (capacity ${cohort.capacity}); raise the capacity by changing the cohort`,
  });

/**
 * 교육생 직접 추가 (a walk-in, a late nomination by phone): staff of the host institute seat a
 * trainee of theirs in a scheduled cohort whose training has not ended, outside the application
 * window and without approvals, since the institute decides it. What binds every seat still binds:
 * the capacity (which curriculum keeps within the room and the distancing rule), the agency's quota
 * while quotas hold, whoever waits on the waitlist first, the agency being active, other provinces,
 * and no clash with a cohort the trainee holds. There is no override: a full cohort is refused, and
 * staff raise its capacity in curriculum, where the room and the distancing rule are checked. The
 * application records who added the trainee (`nominatedBy`), and the audit log who, when and why.
 */
@Injectable()
export class AddCohortTraineeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainees: TraineeDirectory,
    private readonly seats: SeatBook,
  ) {}

  execute({ actor, cohortId, traineeId, reason }: AddCohortTraineeCommand): Promise<Application> {
    return this.dataSource.transaction(async (tx) => {
      const today = seoulToday();
      // Locking the trainee serialises their applications, as applying does.
      const trainee = await this.trainees.managed(tx, actor, traineeId, true);
      const cohorts = await cohortAndHeld(tx, cohortId, trainee.id);
      const target = cohorts.find((c) => c.cohortId === cohortId);
      if (!target || target.tenantId !== actor.tenantId) throw cohortNotFound();
      if (target.status !== 'scheduled')
        throw conflict('ENROLLMENT_COHORT.NOT_SCHEDULED', { params: { status: target.status }, message: COHORT_CLOSED });
      if (today > target.endDate)
        throw conflict('ENROLLMENT_COHORT.TRAINING_ENDED', {
          params: { endDate: target.endDate },
          message: `교육이 끝난 기수입니다(${target.endDate} 종료) / Training ended on ${target.endDate}`,
        });
      const existing = await activeApplicationOf(tx, cohortId, trainee.id);
      if (existing) throw alreadyIn(existing);
      await checkTraineeMayTake(
        tx,
        target,
        trainee,
        cohorts.filter((c) => c !== target),
      );

      const now = new Date();
      const app: Application = {
        id: randomUUID(),
        tenantId: target.tenantId,
        cohortId,
        traineeId: trainee.id,
        traineeTenantId: trainee.tenantId,
        agencyCode: trainee.agencyCode,
        traineeName: trainee.name,
        employeeNo: trainee.employeeNo,
        grade: trainee.grade,
        position: trainee.position,
        jobSeries: trainee.jobSeries,
        via: 'staff',
        rank: null,
        nominatedBy: actor.userId,
        approvalRequired: target.approval,
        awaiting: null,
        agencyApprovedBy: null,
        agencyApprovedAt: null,
        // The institute decides a seat it gives itself.
        instituteApprovedBy: target.approval === 'none' ? null : actor.userId,
        instituteApprovedAt: target.approval === 'none' ? null : now,
        status: 'approved',
        appliedAt: now,
        ...NOTHING_DECIDED_YET,
      };
      await insertApplication(tx, app).catch((error) => {
        throw isUniqueViolation(error) ? alreadyIn() : error;
      });

      const cohort = (await this.seats.lock(tx, cohortId))!;
      const seats = await this.seats.open(tx, cohort, today);
      // Whoever waits for a seat of the trainee's pool is seated first; then the trainee needs a seat of their own.
      if (seats.counters.waitlisted > 0 && hasSeatFor(seats.counters, app.agencyCode))
        await this.seats.fillFreeSeats(tx, seats, { includeApproved: false });
      if (!hasSeatFor(seats.counters, app.agencyCode)) throw full(cohort, seats.counters, app.agencyCode);
      app.appliedAt = receivedAt();
      await this.seats.admit(tx, seats, app, 'staff');
      if (app.status !== 'confirmed') throw full(cohort, seats.counters, app.agencyCode);
      await this.seats.save(tx, seats);
      await recordAudit(
        tx,
        'enrollment',
        auditBy(actor, {
          action: 'application.added_by_staff',
          subjectType: 'application',
          subjectId: app.id,
          before: null,
          after: {
            cohortId,
            traineeId: trainee.id,
            traineeName: trainee.name,
            agencyCode: trainee.agencyCode,
            status: app.status,
            reason: reason?.trim() || null,
          },
        }),
      );
      return app;
    });
  }
}
