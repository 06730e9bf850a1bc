import type { CourseView } from '@baeum/api';
import { CoursePublishedV1 } from '@baeum/contracts';
import { Course } from './course.entity';

export type { CourseView };

export const toCourseView = ({ tenantId: _tenant, createdAt: _created, updatedAt, ...course }: Course): CourseView => ({
  ...course,
  updatedAt: updatedAt.toISOString(),
});

/** What curriculum tells the others about a course of a year's catalog. */
export function coursePublished(course: Course): CoursePublishedV1 {
  return {
    courseId: course.id,
    fiscalYear: course.fiscalYear,
    code: course.code,
    nameKo: course.nameKo,
    nameEn: course.nameEn,
    educationType: course.educationType,
    fieldCode: course.fieldCode,
    ...(course.subfieldCode ? { subfieldCode: course.subfieldCode } : {}),
    deliveryMode: course.deliveryMode,
    hours: course.hours,
    ...(course.budgetLineCode ? { budgetLineCode: course.budgetLineCode } : {}),
    status: course.yearStatus,
    ...(course.replacesCourseId ? { replacesCourseId: course.replacesCourseId } : {}),
    openToOtherProvinces: course.openToOtherProvinces,
    completionMinAttendancePercent: course.completionMinAttendancePercent,
    completionRequiresAssessment: course.completionRequiresAssessment,
  };
}
