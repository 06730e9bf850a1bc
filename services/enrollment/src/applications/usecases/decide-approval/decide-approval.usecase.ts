import { AuthUser, conflict, forbidden } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { approvalSteps, COHORT_CLOSED, seatsAtOnce } from '../../../cohorts/cohort-rules';
import { SeatBook } from '../../../seats/seat-book';
import { Application, ApprovalStep } from '../../application.entity';
import { accessibleApplication } from '../../application-access';
import { agencyOf } from '../../../agencies/agencies.queries';
import { applicationById, recordApproval } from '../../applications.queries';

/** The cohort can no longer change hands. */

export interface ApprovalDecision {
  approve: boolean;
  /** The agency's rank for its nominee, given with the agency's approval. */
  rank?: number;
  reason?: string;
}

/**
 * An approval step (agency admin, then institute) approves or rejects a pending application. The
 * last approval seats or waitlists it at once, or leaves it for the cohort's selection.
 */
@Injectable()
export class DecideApprovalUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
  ) {}

  execute(user: AuthUser, applicationId: string, decision: ApprovalDecision): Promise<Application> {
    const step: ApprovalStep | null =
      user.role === 'agency_admin' ? 'agency' : ['course_manager', 'admin'].includes(user.role) ? 'institute' : null;
    if (!step) throw forbidden('FORBIDDEN', { message: '권한이 없습니다 / Not allowed for your role' });
    return this.dataSource.transaction(async (tx) => {
      const { cohortId } = await accessibleApplication(tx, user, applicationId);
      const cohort = (await this.seats.lock(tx, cohortId))!;
      const app = (await applicationById(tx, applicationId))!;
      if (app.status !== 'pending' || app.awaiting !== step) {
        throw conflict('APPLICATION.NOT_AWAITING_YOU', {
          params: { status: app.status, step, ...(app.awaiting ? { awaiting: app.awaiting } : {}) },
          message: '이 단계에서 결정할 신청이 아닙니다 / This application is not awaiting your approval',
        });
      }
      if (cohort.status !== 'scheduled')
        throw conflict('ENROLLMENT_COHORT.NOT_SCHEDULED', { params: { status: cohort.status }, message: COHORT_CLOSED });
      // An agency deactivated after its staff applied cannot approve them either; rejecting stays possible.
      if (decision.approve && step === 'agency') {
        const agency = await agencyOf(tx, app.traineeTenantId, app.agencyCode);
        if (agency && !agency.active)
          throw conflict('AGENCY.INACTIVE', {
            params: { code: agency.code },
            message: '비활성화된 기관은 신청을 승인할 수 없습니다 / A deactivated agency cannot approve applications',
          });
      }
      const today = seoulToday();
      const seats = await this.seats.open(tx, cohort, today);
      if (!decision.approve) {
        await this.seats.end(tx, seats, app, 'rejected', decision.reason ?? null);
        await this.seats.save(tx, seats);
        return app;
      }
      const now = new Date();
      if (step === 'agency') Object.assign(app, { agencyApprovedBy: user.userId, agencyApprovedAt: now, rank: decision.rank ?? app.rank });
      else Object.assign(app, { instituteApprovedBy: user.userId, instituteApprovedAt: now });
      const steps = approvalSteps(app.approvalRequired);
      const next = steps[steps.indexOf(step) + 1] ?? null;
      const status = next ? 'pending' : 'approved';
      Object.assign(app, { awaiting: next, status });
      await recordApproval(tx, app);
      if (status === 'approved' && seatsAtOnce(cohort)) {
        await this.seats.admit(tx, seats, app, app.via);
        await this.seats.save(tx, seats);
      }
      return app;
    });
  }
}
