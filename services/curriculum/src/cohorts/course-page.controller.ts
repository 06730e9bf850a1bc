import { seoulToday } from '@baeum/calendar';
import { CatalogCourseIdsView, CatalogCourseSearchQuery, CoursePageView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { visibleCourse, visibleCourseIds } from '../courses/courses.queries';
import { planLinesOfCourse } from '../plans/plans.queries';
import { found } from '../shared/errors';
import { loadCohorts } from './cohorts.queries';
import { instructorsOfCourse } from './course-page.queries';

/**
 * The trainee's side of the catalog: a course's page and the search that finds courses by any word
 * of their names or descriptions. A trainee reads their own institute's courses and other
 * institutes' courses open to officials of other provinces (as the catalog lists their cohorts).
 */
@ApiTags('courses')
@ApiBearerAuth()
// The institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('catalog/courses')
export class CoursePageController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: CatalogCourseIdsView })
  async search(@CurrentUser() user: AuthUser, @Query() query: CatalogCourseSearchQuery): Promise<CatalogCourseIdsView> {
    return { ids: await visibleCourseIds(this.dataSource.manager, user.tenantId, query.q) };
  }

  @Get(':id')
  @ApiOkResponse({ type: CoursePageView })
  async page(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CoursePageView> {
    const m = this.dataSource.manager;
    const course = found(await visibleCourse(m, user.tenantId, id), 'COURSE.NOT_FOUND', ['과정', 'Course']);
    const today = seoulToday();
    const host = course.tenantId;
    const [lines, cohorts, instructors] = await Promise.all([
      planLinesOfCourse(m, host, id),
      loadCohorts(m, host, { courseId: id, status: 'scheduled', from: today }),
      instructorsOfCourse(m, host, id, today),
    ]);
    const latestLine = lines.filter((l) => l.planVersion!.fiscalYear === course.fiscalYear).pop();
    return {
      id: course.id,
      hostTenantId: host,
      fiscalYear: course.fiscalYear,
      code: course.code,
      nameKo: course.nameKo,
      nameEn: course.nameEn,
      descriptionKo: course.descriptionKo,
      descriptionEn: course.descriptionEn,
      educationType: course.educationType,
      deliveryMode: course.deliveryMode,
      hours: course.hours,
      targetGrades: course.targetGrades,
      targetPositions: course.targetPositions,
      openToOtherProvinces: course.openToOtherProvinces,
      completionMinAttendancePercent: course.completionMinAttendancePercent,
      completionRequiresAssessment: course.completionRequiresAssessment,
      plannedSessions: latestLine && latestLine.sessions.length > 0 ? latestLine.sessions.reduce((a, b) => a + b, 0) : null,
      instructors,
      cohorts: cohorts
        .filter(({ cohort }) => cohort.startDate >= today)
        .map(({ cohort, room, instructors: taught }) => ({
          id: cohort.id,
          cohortNo: cohort.cohortNo,
          startDate: cohort.startDate,
          endDate: cohort.endDate,
          dailyStartTime: cohort.dailyStartTime,
          dailyEndTime: cohort.dailyEndTime,
          deliveryMode: cohort.deliveryMode,
          capacity: cohort.capacity,
          roomNameKo: room?.nameKo ?? null,
          roomNameEn: room?.nameEn ?? null,
          instructors: taught,
          applicationOpens: cohort.applicationOpens,
          applicationCloses: cohort.applicationCloses,
        })),
    };
  }
}
