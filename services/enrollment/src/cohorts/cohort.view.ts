import type { EnrollmentCohortView } from '@baeum/api';
import { isUnderFilled } from './cohort-rules';
import { Cohort } from './cohort.entity';

/** What pages show of a cohort: its facts from curriculum and its seats from here. */
export function cohortView(c: Cohort): EnrollmentCohortView {
  return {
    cohortId: c.cohortId,
    hostTenantId: c.tenantId,
    courseId: c.courseId,
    courseCode: c.courseCode,
    courseNameKo: c.courseNameKo,
    courseNameEn: c.courseNameEn,
    cohortNo: c.cohortNo,
    educationType: c.educationType,
    fieldCode: c.fieldCode,
    deliveryMode: c.deliveryMode,
    startDate: c.startDate,
    endDate: c.endDate,
    dailyStartTime: c.dailyStartTime,
    dailyEndTime: c.dailyEndTime,
    applicationOpens: c.applicationOpens,
    applicationCloses: c.applicationCloses,
    cancellationCloses: c.cancellationCloses,
    approval: c.approval,
    openToOtherProvinces: c.openToOtherProvinces,
    minimumFill: c.minimumFill,
    minimumFillCutoff: c.minimumFillCutoff,
    completionMinAttendancePercent: c.completionMinAttendancePercent,
    completionRequiresAssessment: c.completionRequiresAssessment,
    instructors: c.instructors,
    status: c.status,
    capacity: c.capacity,
    confirmed: c.confirmed,
    waitlisted: c.waitlisted,
    free: Math.max(0, c.capacity - c.confirmed),
    selectionDone: c.selectionDone,
    underFilled: isUnderFilled(c),
    underFillDecision: c.underFillDecision,
  };
}
