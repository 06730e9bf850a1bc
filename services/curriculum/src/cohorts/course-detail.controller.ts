import { CourseDetailView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Course } from '../courses/course.entity';
import { courseById, coursesReplacing } from '../courses/courses.queries';
import { toCourseView } from '../courses/course.view';
import { planLinesOfCourse } from '../plans/plans.queries';
import { found } from '../shared/errors';
import { loadCohorts } from './cohorts.queries';
import { toCohortView } from './cohort.view';

const brief = (c: Course) => ({ id: c.id, code: c.code, nameKo: c.nameKo, nameEn: c.nameEn, fiscalYear: c.fiscalYear });

/**
 * A course's page: the course with its plan lines and cohorts. Here, above plans and cohorts, since it
 * shows both (courses sit below them).
 */
@ApiTags('courses')
@ApiBearerAuth()
// The institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('courses')
export class CourseDetailController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @ApiOkResponse({ type: CourseDetailView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetailView> {
    const m = this.dataSource.manager;
    const course = found(await courseById(m, user.tenantId, id), 'COURSE.NOT_FOUND', ['과정', 'Course']);
    const replaces = course.replacesCourseId ? await courseById(m, user.tenantId, course.replacesCourseId) : null;
    const replacedBy = await coursesReplacing(m, user.tenantId, course.id);
    const lines = await planLinesOfCourse(m, user.tenantId, id);
    const cohorts = await loadCohorts(this.dataSource.manager, user.tenantId, { courseId: id });
    return {
      ...toCourseView(course),
      replaces: replaces ? brief(replaces) : null,
      replacedBy: replacedBy.map(brief),
      plans: lines.map(({ planVersion: v, sessions, trainees }) => ({
        versionId: v!.id,
        fiscalYear: v!.fiscalYear,
        kind: v!.kind,
        versionNo: v!.versionNo,
        status: v!.status,
        labelKo: v!.labelKo,
        labelEn: v!.labelEn,
        sessions,
        trainees,
      })),
      cohorts: cohorts.map(toCohortView),
    };
  }
}
