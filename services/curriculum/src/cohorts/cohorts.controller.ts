import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { found } from '../shared/not-found';
import { STAFF } from '../shared/roles';
import { loadCohorts } from './cohort-reader';
import { CohortView, toCohortView } from './cohort.view';
import { CancelCohortDto, ChangeCohortDto, CohortQuery, ScheduleCohortDto } from './dto/schedule-cohort.dto';
import { ChangeCohortUseCase } from './usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from './usecases/close-cohort/close-cohort.usecase';
import { ScheduledCohort, ScheduleCohortUseCase } from './usecases/schedule-cohort/schedule-cohort.usecase';

@ApiTags('cohorts')
@ApiBearerAuth()
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
  schedule(@CurrentUser() user: AuthUser, @Body() body: ScheduleCohortDto): Promise<ScheduledCohort> {
    return this.scheduleCohort.execute(user, body);
  }

  /** Newest first; with a period, a course, room or instructor, in calendar order. */
  @Get()
  async list(@CurrentUser() user: AuthUser, @Query() query: CohortQuery): Promise<CohortView[]> {
    return (await loadCohorts(this.dataSource.manager, user.tenantId, query)).map(toCohortView);
  }

  /** Another tenant's cohort is not found, not forbidden: its existence is not disclosed. */
  @Get(':id')
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortView> {
    const [parts] = await loadCohorts(this.dataSource.manager, user.tenantId, { ids: [id] });
    return toCohortView(found(parts, ['기수', 'Cohort']));
  }

  @Patch(':id')
  @Roles(...STAFF)
  change(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeCohortDto): Promise<ScheduledCohort> {
    return this.changeCohort.execute(user, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...STAFF)
  cancel(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelCohortDto): Promise<CohortView> {
    return this.closeCohort.cancel(user, id, body.reason);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(...STAFF)
  complete(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortView> {
    return this.closeCohort.complete(user, id);
  }
}
