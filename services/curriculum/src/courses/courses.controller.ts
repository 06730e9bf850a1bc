import {
  CarryCatalogForwardDto,
  CatalogCarriedView,
  COURSE_YEARS_SCHEMA,
  CourseQuery,
  CourseView,
  CreateCourseDto,
  INSTITUTE_USERS,
  UpdateCourseDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { coursesOf, courseYears } from './courses.queries';
import { toCourseView } from './course.view';
import { CarryCatalogForwardUseCase } from './usecases/carry-catalog-forward/carry-catalog-forward.usecase';
import { SaveCourseUseCase } from './usecases/save-course/save-course.usecase';

/** The course catalog (과정): browse, search and filter a year's courses; add and change them. */
@ApiTags('courses')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor
// assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly saveCourse: SaveCourseUseCase,
    private readonly carryCatalog: CarryCatalogForwardUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CourseView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: CourseQuery): Promise<CourseView[]> {
    return (await coursesOf(this.dataSource.manager, user.tenantId, query)).map(toCourseView);
  }

  /** The fiscal years that have a catalog, newest first. */
  @Get('years')
  @ApiOkResponse({ schema: COURSE_YEARS_SCHEMA })
  async years(@CurrentUser() user: AuthUser): Promise<number[]> {
    return courseYears(this.dataSource.manager, user.tenantId);
  }

  /** 과정 이월: a later year's catalog made from an earlier one. */
  @Post('years')
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ type: CatalogCarriedView })
  carryForward(@CurrentUser() user: AuthUser, @Body() body: CarryCatalogForwardDto): Promise<CatalogCarriedView> {
    return this.carryCatalog.execute(user, body);
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
