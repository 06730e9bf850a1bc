import { AuthUser, conflict, isUniqueViolation, notFound } from '@baeum/service-kit';
import { NOTHING_DECIDED_YET } from '../../new-application';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { acceptsApplications, approvalSteps, COHORT_NOT_FOUND, seatsAtOnce, visibleTo } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { receivedAt, SeatBook } from '../../../seats/seat-book';
import { Trainee } from '../../../trainees/trainee.entity';
import { TraineeDirectory } from '../../../trainees/trainee-directory';
import { Application } from '../../application.entity';
import { cohortAndHeld, insertApplication } from '../../applications.queries';
import { checkTraineeMayTake } from '../../trainee-eligibility';

const NOT_OPEN = '신청 기간이 아닙니다 / Applications for this cohort are not open';

/** Applications are not taken today: the window's days, for the words. */
const windowClosed = (cohort: Cohort) =>
  conflict('APPLICATION.WINDOW_CLOSED', {
    params: { ...(cohort.applicationOpens ? { opens: cohort.applicationOpens } : {}), closes: cohort.applicationCloses },
    message: NOT_OPEN,
  });

export interface Submission {
  cohortId: string;
  via: 'application' | 'nomination';
  rank?: number;
}

/**
 * 수강신청 and 추천: checks the trainee may take the cohort, then either waits for the approvals
 * the cohort needs or, when none are left, seats or waitlists them (at once, or at the selection
 * of a cohort with approval steps). A nomination is the agency's approval already given. Every
 * check and the application's row come before the cohort's seat lock, which others wait for.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainees: TraineeDirectory,
    private readonly seats: SeatBook,
  ) {}

  /** The signed-in trainee applies. */
  apply(user: AuthUser, cohortId: string): Promise<Application> {
    return this.dataSource.transaction(async (tx) =>
      this.submit(tx, user, await this.trainees.own(tx, user, true), { cohortId, via: 'application' }),
    );
  }

  /** An agency admin nominates one of their staff, with a rank. */
  nominate(user: AuthUser, traineeId: string, cohortId: string, rank: number): Promise<Application> {
    return this.dataSource.transaction(async (tx) =>
      this.submit(tx, user, await this.trainees.managed(tx, user, traineeId, true), { cohortId, via: 'nomination', rank }),
    );
  }

  private async submit(tx: EntityManager, actor: AuthUser, trainee: Trainee, submission: Submission): Promise<Application> {
    const today = seoulToday();
    // The cohort applied for and every cohort the trainee holds, in one read.
    const cohorts = await cohortAndHeld(tx, submission.cohortId, trainee.id);
    const target = cohorts.find((c) => c.cohortId === submission.cohortId);
    if (!target || !visibleTo(target, trainee.tenantId))
      throw notFound('ENROLLMENT_COHORT.NOT_FOUND', { field: 'cohortId', message: COHORT_NOT_FOUND });
    await checkTraineeMayTake(
      tx,
      target,
      trainee,
      cohorts.filter((c) => c !== target),
      () => {
        if (!acceptsApplications(target, today)) throw windowClosed(target);
      },
    );

    const steps = approvalSteps(target.approval).filter((step) => !(step === 'agency' && submission.via === 'nomination'));
    const now = new Date();
    const nominated = submission.via === 'nomination';
    const app: Application = {
      id: randomUUID(),
      tenantId: target.tenantId,
      cohortId: target.cohortId,
      traineeId: trainee.id,
      traineeTenantId: trainee.tenantId,
      agencyCode: trainee.agencyCode,
      traineeName: trainee.name,
      employeeNo: trainee.employeeNo,
      grade: trainee.grade,
      position: trainee.position,
      jobSeries: trainee.jobSeries,
      via: submission.via,
      rank: submission.rank ?? null,
      nominatedBy: nominated ? actor.userId : null,
      approvalRequired: target.approval,
      awaiting: steps[0] ?? null,
      agencyApprovedBy: nominated ? actor.userId : null,
      agencyApprovedAt: nominated ? now : null,
      instituteApprovedBy: null,
      instituteApprovedAt: null,
      status: steps.length > 0 ? 'pending' : 'approved',
      appliedAt: now,
      ...NOTHING_DECIDED_YET,
    };
    await insertApplication(tx, app).catch((error) => {
      throw isUniqueViolation(error)
        ? conflict('APPLICATION.ALREADY_APPLIED', {
            field: 'cohortId',
            message: '이미 신청한 기수입니다 / You have already applied for this cohort',
          })
        : error;
    });
    if (app.status !== 'approved' || !seatsAtOnce(target)) return app;

    const cohort = (await this.seats.lock(tx, target.cohortId))!;
    if (!acceptsApplications(cohort, today)) throw windowClosed(cohort);
    const seats = await this.seats.open(tx, cohort, today);
    app.appliedAt = receivedAt();
    await this.seats.admit(tx, seats, app, submission.via);
    await this.seats.save(tx, seats);
    return app;
  }
}
