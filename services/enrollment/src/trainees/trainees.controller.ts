import {
  ApiEnrollmentSheetUpload,
  CreateTraineeDto,
  PatchTraineeDto,
  TraineeImportResultView,
  TraineeListQuery,
  TraineeView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { uploadedRows } from '../uploads';
import { TraineeDirectory } from './trainee-directory';
import { traineesOf } from './trainees.queries';
import { CreateTraineeUseCase } from './usecases/create-trainee/create-trainee.usecase';
import { ImportTraineesUseCase } from './usecases/import-trainees/import-trainees.usecase';
import { UpdateTraineeUseCase } from './usecases/update-trainee/update-trainee.usecase';

/** 교육생 관리: agency admins keep their own agency's staff; institute staff keep every agency's. */
@ApiTags('trainees')
@ApiBearerAuth()
@Controller('trainees')
export class TraineesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: TraineeDirectory,
    private readonly createTrainee: CreateTraineeUseCase,
    private readonly updateTrainee: UpdateTraineeUseCase,
    private readonly importTrainees: ImportTraineesUseCase,
  ) {}

  @Get('me')
  @Roles('trainee')
  @ApiOkResponse({ type: TraineeView })
  me(@CurrentUser() user: AuthUser): Promise<TraineeView> {
    return this.dataSource.transaction((tx) => this.directory.own(tx, user));
  }

  @Get()
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: [TraineeView] })
  list(@CurrentUser() user: AuthUser, @Query() query: TraineeListQuery): Promise<TraineeView[]> {
    return traineesOf(this.dataSource.manager, user.tenantId, user.role === 'agency_admin' ? user.agencyCode : query.agencyCode, query.q);
  }

  @Get(':id')
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: TraineeView })
  get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<TraineeView> {
    return this.dataSource.transaction((tx) => this.directory.managed(tx, user, id));
  }

  @Post()
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiCreatedResponse({ type: TraineeView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateTraineeDto): Promise<TraineeView> {
    return this.createTrainee.execute({ actor: user, trainee: body });
  }

  @Patch(':id')
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: TraineeView })
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: PatchTraineeDto): Promise<TraineeView> {
    return this.updateTrainee.execute({ actor: user, traineeId: id, changes: body });
  }

  /** 교육생 일괄 등록 from .xlsx or CSV: new staff numbers are added, known ones updated; nothing when any row is bad. */
  @Post('import')
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiEnrollmentSheetUpload()
  @ApiCreatedResponse({ type: TraineeImportResultView })
  async import(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Headers('x-file-name') fileName = '',
  ): Promise<TraineeImportResultView> {
    const rows = await uploadedRows(req, fileName);
    return this.importTrainees.execute({ actor: user, rows });
  }
}
