import { defineEvent } from '../schema';
import { DELIVERY_MODES, DeliveryMode } from './cohort-snapshot';

export const COURSE_STATUSES = ['continued', 'new', 'improved', 'merged'] as const;
/** The year's status of a course: 계속, 신설, 개선, 통합·대체. */
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** A course entered (or changed in) the catalog of a fiscal year. Published again on every change. */
export interface CoursePublishedV1 {
  courseId: string;
  fiscalYear: number;
  code: string;
  nameKo: string;
  nameEn: string;
  educationType: 'general' | 'e_learning';
  fieldCode: string;
  subfieldCode?: string;
  deliveryMode: DeliveryMode;
  hours: number;
  budgetLineCode?: string;
  status: CourseStatus;
  /** The course this one merges or replaces, when status is `merged`. */
  replacesCourseId?: string;
  openToOtherProvinces: boolean;
  completionMinAttendancePercent: number;
  completionRequiresAssessment: boolean;
}

export const CoursePublishedV1 = defineEvent<CoursePublishedV1>({
  type: 'curriculum.course.published',
  version: 1,
  topic: 'curriculum.course',
  keyOf: (p) => p.courseId,
  fields: {
    courseId: { kind: 'uuid' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    code: { kind: 'string' },
    nameKo: { kind: 'string' },
    nameEn: { kind: 'string' },
    educationType: { kind: 'enum', values: ['general', 'e_learning'] },
    fieldCode: { kind: 'string' },
    subfieldCode: { kind: 'string', optional: true },
    deliveryMode: { kind: 'enum', values: DELIVERY_MODES },
    hours: { kind: 'int', min: 0 },
    budgetLineCode: { kind: 'string', optional: true },
    status: { kind: 'enum', values: COURSE_STATUSES },
    replacesCourseId: { kind: 'uuid', optional: true },
    openToOtherProvinces: { kind: 'boolean' },
    completionMinAttendancePercent: { kind: 'int', min: 0, max: 100 },
    completionRequiresAssessment: { kind: 'boolean' },
  },
});
