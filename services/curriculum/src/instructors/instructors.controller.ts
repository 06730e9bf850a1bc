import { CohortListQuery, CohortView, CreateInstructorDto, INSTITUTE_USERS, InstructorView, UpdateInstructorDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadCohorts } from '../cohorts/cohort-reader';
import { toCohortView } from '../cohorts/cohort.view';
import { found } from '../shared/not-found';
import { STAFF } from '../shared/roles';
import { Instructor } from './instructor.entity';

function view(i: Instructor, withContact: boolean): InstructorView {
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    affiliation: i.affiliation,
    specialties: i.specialties,
    recommendedBy: i.recommendedBy,
    ...(withContact ? { email: i.email, phone: i.phone } : {}),
    rating: i.ratingCount === 0 ? null : Math.round((i.ratingSum * 100) / i.ratingCount) / 100,
    ratingCount: i.ratingCount,
  };
}

const isStaff = (user: AuthUser) => STAFF.includes(user.role);

@ApiTags('instructors')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('instructors')
export class InstructorsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [InstructorView], description: 'Contact details (email, phone) for staff only' })
  async list(@CurrentUser() user: AuthUser): Promise<InstructorView[]> {
    const rows = await this.dataSource.getRepository(Instructor).find({ where: { tenantId: user.tenantId }, order: { name: 'ASC' } });
    return rows.map((i) => view(i, isStaff(user)));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: InstructorView })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateInstructorDto): Promise<InstructorView> {
    const instructor: Instructor = {
      id: randomUUID(),
      tenantId: user.tenantId,
      name: body.name,
      kind: body.kind,
      affiliation: body.affiliation ?? null,
      specialties: body.specialties ?? [],
      recommendedBy: body.recommendedBy ?? null,
      email: body.email ?? null,
      phone: body.phone ?? null,
      ratingSum: 0,
      ratingCount: 0,
      createdAt: new Date(),
    };
    await this.dataSource.getRepository(Instructor).insert(instructor);
    return view(instructor, true);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: InstructorView })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInstructorDto,
  ): Promise<InstructorView> {
    const repo = this.dataSource.getRepository(Instructor);
    const instructor = found(await repo.findOne({ where: { id, tenantId: user.tenantId } }), 'INSTRUCTOR.NOT_FOUND', [
      '강사',
      'Instructor',
    ]);
    Object.assign(instructor, Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
    await repo.save(instructor);
    return view(instructor, true);
  }

  /** 강사 일정: the instructor's cohorts in a period. */
  @Get(':id/schedule')
  @ApiOkResponse({ type: [CohortView] })
  async schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await this.dataSource.getRepository(Instructor).findOne({ where: { id, tenantId: user.tenantId } }), 'INSTRUCTOR.NOT_FOUND', [
      '강사',
      'Instructor',
    ]);
    return (
      await loadCohorts(this.dataSource.manager, user.tenantId, { ...query, instructorId: id, status: query.status ?? 'scheduled' })
    ).map(toCohortView);
  }
}
