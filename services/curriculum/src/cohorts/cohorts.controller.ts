import {
  CancelCohortDto,
  ChangeCohortDto,
  COHORT_VIEWERS,
  CohortConflictErrorView,
  CohortListQuery,
  CohortView,
  ScheduleCohortDto,
  ScheduledCohortView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { found } from '../shared/errors';
import { STAFF } from '../shared/roles';
import { loadCohorts } from './cohorts.queries';
import { toCohortView } from './cohort.view';
import { ChangeCohortUseCase } from './usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from './usecases/close-cohort/close-cohort.usecase';
import { ScheduleCohortUseCase } from './usecases/schedule-cohort/schedule-cohort.usecase';

@ApiTags('cohorts')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff and agency admins (docs/security/role-matrix.md).
@Roles(...COHORT_VIEWERS)
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduleCohort: ScheduleCohortUseCase,
    private readonly changeCohort: ChangeCohortUseCase,
    private readonly closeCohort: CloseCohortUseCase,
  ) {}

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: ScheduledCohortView })
  @ApiConflictResponse({ type: CohortConflictErrorView, description: 'The room or an instructor is booked at overlapping dates and hours' })
  schedule(@CurrentUser() user: AuthUser, @Body() body: ScheduleCohortDto): Promise<ScheduledCohortView> {
    return this.scheduleCohort.execute(user, body);
  }

  /** Newest first; with a period, a course, room or instructor, in calendar order. */
  @Get()
  @ApiOkResponse({ type: [CohortView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: CohortListQuery): Promise<CohortView[]> {
    return (await loadCohorts(this.dataSource.manager, user.tenantId, query)).map(toCohortView);
  }

  /** Another tenant's cohort is not found, not forbidden: its existence is not disclosed. */
  @Get(':id')
  @ApiOkResponse({ type: CohortView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortView> {
    const [parts] = await loadCohorts(this.dataSource.manager, user.tenantId, { ids: [id] });
    return toCohortView(found(parts, 'COHORT.NOT_FOUND', ['기수', 'Cohort']));
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ScheduledCohortView })
  @ApiConflictResponse({
    type: CohortConflictErrorView,
    description: 'The room or an instructor is booked at overlapping dates and hours, or the cohort is closed',
  })
  change(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeCohortDto,
  ): Promise<ScheduledCohortView> {
    return this.changeCohort.execute(user, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOkResponse({ type: CohortView })
  cancel(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelCohortDto): Promise<CohortView> {
    return this.closeCohort.cancel(user, id, body.reason);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOkResponse({ type: CohortView })
  complete(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortView> {
    return this.closeCohort.complete(user, id);
  }
}
