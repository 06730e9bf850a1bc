import {
  COURSE_YEARS_SCHEMA,
  CourseDetailView,
  CourseQuery,
  CourseView,
  CreateCourseDto,
  INSTITUTE_USERS,
  UpdateCourseDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Brackets, DataSource } from 'typeorm';
import { loadCohorts } from '../cohorts/cohort-reader';
import { toCohortView } from '../cohorts/cohort.view';
import { PlanLine } from '../plans/plan-line.entity';
import { found } from '../shared/not-found';
import { PLANNERS } from '../shared/roles';
import { Course } from './course.entity';
import { toCourseView } from './course.view';
import { SaveCourseUseCase } from './usecases/save-course/save-course.usecase';

const brief = (c: Course) => ({ id: c.id, code: c.code, nameKo: c.nameKo, nameEn: c.nameEn, fiscalYear: c.fiscalYear });

/** The course catalog (과정): browse, search and filter a year's courses; add and change them. */
@ApiTags('courses')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly saveCourse: SaveCourseUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CourseView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: CourseQuery): Promise<CourseView[]> {
    const repo = this.dataSource.getRepository(Course);
    const fiscalYear = query.fiscalYear ?? (await repo.maximum('fiscalYear', { tenantId: user.tenantId }));
    if (fiscalYear === null) return [];
    const qb = repo
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId AND c.fiscal_year = :fiscalYear', { tenantId: user.tenantId, fiscalYear });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere(
        new Brackets((w) => w.where('c.code ILIKE :like', { like }).orWhere('c.name_ko ILIKE :like').orWhere('c.name_en ILIKE :like')),
      );
    }
    const exact = {
      educationType: 'education_type',
      fieldCode: 'field_code',
      subfieldCode: 'subfield_code',
      deliveryMode: 'delivery_mode',
      yearStatus: 'year_status',
      generated: 'generated',
      openToOtherProvinces: 'open_to_other_provinces',
    } as const;
    for (const [key, column] of Object.entries(exact)) {
      const value = query[key as keyof typeof exact];
      if (value !== undefined) qb.andWhere(`c.${column} = :${key}`, { [key]: value });
    }
    const courses = await qb.orderBy('c.code', 'ASC').take(1000).getMany();
    return courses.map(toCourseView);
  }

  /** The fiscal years that have a catalog, newest first. */
  @Get('years')
  @ApiOkResponse({ schema: COURSE_YEARS_SCHEMA })
  async years(@CurrentUser() user: AuthUser): Promise<number[]> {
    const rows: { fiscal_year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT fiscal_year FROM "curriculum"."course" WHERE tenant_id = $1 ORDER BY fiscal_year DESC`,
      [user.tenantId],
    );
    return rows.map((r) => r.fiscal_year);
  }

  @Get(':id')
  @ApiOkResponse({ type: CourseDetailView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetailView> {
    const repo = this.dataSource.getRepository(Course);
    const course = found(await repo.findOne({ where: { id, tenantId: user.tenantId } }), 'COURSE.NOT_FOUND', ['과정', 'Course']);
    const replaces = course.replacesCourseId
      ? await repo.findOne({ where: { id: course.replacesCourseId, tenantId: user.tenantId } })
      : null;
    const replacedBy = await repo.find({ where: { replacesCourseId: course.id, tenantId: user.tenantId }, order: { fiscalYear: 'ASC' } });
    const lines = await this.dataSource
      .getRepository(PlanLine)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.planVersion', 'v')
      .where('l.course_id = :id AND l.tenant_id = :tenantId', { id, tenantId: user.tenantId })
      .orderBy('v.fiscalYear', 'ASC')
      .addOrderBy('v.versionNo', 'ASC')
      .getMany();
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

  @Post()
  @Roles(...PLANNERS, 'course_manager')
  @ApiCreatedResponse({ type: CourseView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCourseDto): Promise<CourseView> {
    return this.saveCourse.create(user, body);
  }

  @Patch(':id')
  @Roles(...PLANNERS, 'course_manager')
  @ApiOkResponse({ type: CourseView })
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateCourseDto): Promise<CourseView> {
    return this.saveCourse.update(user, id, body);
  }
}
