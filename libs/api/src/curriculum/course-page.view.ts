import { ApiProperty, PickType } from '@nestjs/swagger';
import { CourseView } from './catalog.view';
import { CohortView } from './cohort.view';
import { INSTRUCTOR_KINDS, InstructorKind } from './constants';

/** An instructor as trainees see them on a course page: name, kind and affiliation, never contact details. */
export class CoursePageInstructorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '김민수' })
  name: string;

  @ApiProperty({ enum: INSTRUCTOR_KINDS, enumName: 'InstructorKind' })
  kind: InstructorKind;

  @ApiProperty({ type: String, nullable: true, example: '서울시 정보화담당관' })
  affiliation: string | null;
}

/** An upcoming cohort of the course: its dates, hours, place, instructors and application period. */
export class CoursePageCohortView extends PickType(CohortView, [
  'id',
  'cohortNo',
  'startDate',
  'endDate',
  'dailyStartTime',
  'dailyEndTime',
  'deliveryMode',
  'capacity',
  'roomNameKo',
  'roomNameEn',
  'instructors',
  'applicationOpens',
  'applicationCloses',
] as const) {}

/**
 * 과정 안내: a course as trainees (and staff) read it: its description, hours and planned sessions,
 * the grades it is for, its instructors and its cohorts from today on. Readable by the course's
 * institute and, for a course open to other provinces, by every institute.
 */
export class CoursePageView extends PickType(CourseView, [
  'id',
  'fiscalYear',
  'code',
  'nameKo',
  'nameEn',
  'descriptionKo',
  'descriptionEn',
  'educationType',
  'deliveryMode',
  'hours',
  'targetGrades',
  'targetPositions',
  'openToOtherProvinces',
  'completionMinAttendancePercent',
  'completionRequiresAssessment',
] as const) {
  @ApiProperty({ format: 'uuid', description: 'The institute that runs the course' })
  hostTenantId: string;

  @ApiProperty({ type: Number, nullable: true, description: "Sessions (회차) the year's latest plan gives the course", example: 4 })
  plannedSessions: number | null;

  @ApiProperty({ type: [CoursePageInstructorView], description: 'Who teaches its cohorts from today on (else its earlier ones)' })
  instructors: CoursePageInstructorView[];

  @ApiProperty({ type: [CoursePageCohortView], description: 'Its scheduled cohorts that have not started, by start date' })
  cohorts: CoursePageCohortView[];
}

/** The courses a search found: those of the caller's institute and those open to other provinces, any year. */
export class CatalogCourseIdsView {
  @ApiProperty({ type: [String], description: 'Course ids (at most 500)' })
  ids: string[];
}
