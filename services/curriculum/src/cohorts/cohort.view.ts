import type { CohortInstructorView, CohortView } from '@baeum/api';
import type { CohortSnapshot } from '@baeum/contracts';
import type { Course } from '../courses/course.entity';
import type { Room } from '../rooms/room.entity';
import type { Cohort } from './cohort.entity';
import { termsOf } from './cohort-rules';

/** An instructor of a cohort, by name. */
export type InstructorRef = CohortInstructorView;
export type { CohortView };

export interface CohortParts {
  cohort: Cohort;
  course: Course;
  room: Room | null;
  instructors: InstructorRef[];
  /** Agencies of the quotas the tenant has deactivated: their quotas are shown marked. */
  inactiveAgencies?: ReadonlySet<string>;
}

export function toCohortView({ cohort, course, room, instructors, inactiveAgencies }: CohortParts): CohortView {
  return {
    id: cohort.id,
    courseId: cohort.courseId,
    courseCode: course.code,
    courseNameKo: course.nameKo,
    courseNameEn: course.nameEn,
    cohortNo: cohort.cohortNo,
    ...termsOf(cohort),
    agencyQuotas: cohort.agencyQuotas.map(({ agencyCode, seats }) => ({
      agencyCode,
      seats,
      agencyActive: !inactiveAgencies?.has(agencyCode),
    })),
    deliveryMode: cohort.deliveryMode,
    roomId: cohort.roomId,
    roomNameKo: room?.nameKo ?? null,
    roomNameEn: room?.nameEn ?? null,
    instructors,
    estimatedCost: cohort.estimatedCost.toString(),
    budgetLineCode: cohort.budgetLineCode,
    status: cohort.status,
    statusReason: cohort.statusReason,
    lateEntryReason: cohort.lateEntryReason,
    confirmed: cohort.confirmed,
    waitlisted: cohort.waitlisted,
    underFilled: cohort.underFilled,
    fillUpdatedAt: cohort.fillUpdatedAt?.toISOString() ?? null,
    createdAt: cohort.createdAt.toISOString(),
    updatedAt: cohort.updatedAt.toISOString(),
  };
}

/** The whole cohort as scheduled and changed events carry it (libs/contracts, CohortSnapshot). */
export function cohortSnapshot({ cohort, course, room, instructors }: CohortParts): CohortSnapshot {
  return {
    cohortId: cohort.id,
    courseId: course.id,
    courseCode: course.code,
    courseNameKo: course.nameKo,
    estimatedCost: cohort.estimatedCost.toString(),
    budgetLineCode: cohort.budgetLineCode,
    courseNameEn: course.nameEn,
    cohortNo: cohort.cohortNo,
    educationType: course.educationType,
    fieldCode: course.fieldCode,
    ...(course.subfieldCode ? { subfieldCode: course.subfieldCode } : {}),
    deliveryMode: cohort.deliveryMode,
    ...termsOf(cohort),
    agencyQuotas: cohort.agencyQuotas.map(({ agencyCode, seats }) => ({ agencyCode, seats })),
    openToOtherProvinces: course.openToOtherProvinces,
    completionMinAttendancePercent: course.completionMinAttendancePercent,
    completionRequiresAssessment: course.completionRequiresAssessment,
    hours: course.hours,
    ...(room ? { roomName: room.nameKo } : {}),
    instructors: instructors.map((i) => ({ instructorId: i.id, name: i.name })),
  };
}

/** Names of the snapshot fields whose values differ. */
export function changedFields(before: CohortSnapshot, after: CohortSnapshot): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof CohortSnapshot>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
