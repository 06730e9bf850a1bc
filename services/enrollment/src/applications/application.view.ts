import type { ApplicationWithCohortView, EnrollmentApplicationView } from '@baeum/api';
import { Cohort } from '../cohorts/cohort.entity';
import { cohortView } from '../cohorts/cohort.view';
import { Application } from './application.entity';

/** An application as its trainee, their agency and the host institute see it (no verification code). */
export function applicationView(a: Application): EnrollmentApplicationView {
  return {
    id: a.id,
    cohortId: a.cohortId,
    hostTenantId: a.tenantId,
    traineeId: a.traineeId,
    traineeTenantId: a.traineeTenantId,
    traineeName: a.traineeName,
    agencyCode: a.agencyCode,
    employeeNo: a.employeeNo,
    grade: a.grade,
    position: a.position,
    jobSeries: a.jobSeries,
    via: a.via,
    rank: a.rank,
    status: a.status,
    awaiting: a.awaiting,
    appliedAt: a.appliedAt,
    confirmedAt: a.confirmedAt,
    waitlistedAt: a.waitlistedAt,
    endedAt: a.endedAt,
    endReason: a.endReason,
    assessmentPassed: a.assessmentPassed,
    progressPercent: a.progressPercent,
    completionStatus: a.completionStatus,
    attendancePercent: a.attendancePercent,
    completedOn: a.completedOn,
    certificateNo: a.certificateNo,
    certificateRevokedAt: a.certificateRevokedAt?.toISOString() ?? null,
    certificateRevokeReason: a.certificateRevokeReason,
  };
}

/** An application with its cohort, when the cohort is known. */
export function applicationWithCohort(a: Application, cohort: Cohort | null | undefined): ApplicationWithCohortView {
  return { ...applicationView(a), ...(cohort ? { cohort: cohortView(cohort) } : {}) };
}
