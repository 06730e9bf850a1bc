import {
  ApiEnrollmentSheetUpload,
  CreateTraineeDto,
  PatchTraineeDto,
  TraineeImportResultView,
  TraineeListQuery,
  TraineeView,
} from '@baeum/api';
import { AuthUser, conflict, CurrentUser, fieldError, invalidInput, isUniqueViolation, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { uploadedRows } from '../uploads';
import { readTraineeSheet } from './trainee-sheet';
import { TraineeDirectory } from './trainee-directory';
import { Trainee } from './trainee.entity';

const DUPLICATE =
  '같은 기관에 같은 직원번호 또는 계정의 교육생이 이미 있습니다 / A trainee with this staff number or account already exists in the agency';

/** A unique index refused the trainee: the same staff number in the agency, or the same account. */
const duplicate = (error: unknown) =>
  conflict('TRAINEE.DUPLICATE', {
    field: (error as { constraint?: string }).constraint === 'UQ_trainee_user' ? 'userId' : 'employeeNo',
    message: DUPLICATE,
  });

/** 교육생 관리: agency admins keep their own agency's staff; institute staff keep every agency's. */
@ApiTags('trainees')
@ApiBearerAuth()
@Controller('trainees')
export class TraineesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: TraineeDirectory,
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
    const qb = this.dataSource
      .getRepository(Trainee)
      .createQueryBuilder('t')
      .where('t.tenant_id = :tenant', { tenant: user.tenantId })
      .orderBy('t.agency_code')
      .addOrderBy('t.name')
      .take(1000);
    const agency = user.role === 'agency_admin' ? user.agencyCode : query.agencyCode;
    if (agency) qb.andWhere('t.agency_code = :agency', { agency });
    if (query.q) qb.andWhere('(t.name ILIKE :q OR t.employee_no ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    return qb.getMany();
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
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateTraineeDto): Promise<TraineeView> {
    const agencyCode = user.role === 'agency_admin' ? user.agencyCode! : body.agencyCode;
    if (!agencyCode) throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
    return this.dataSource.transaction(async (tx) => {
      await this.checkAgency(tx, user.tenantId, agencyCode);
      // An account made for staff already on the list (imported) takes over their record.
      const listed =
        body.employeeNo && body.userId
          ? await tx.findOne(Trainee, { where: { tenantId: user.tenantId, agencyCode, employeeNo: body.employeeNo } })
          : null;
      if (listed && !listed.userId) {
        Object.assign(listed, {
          userId: body.userId,
          name: body.name,
          grade: body.grade ?? listed.grade,
          position: body.position ?? listed.position,
          jobSeries: body.jobSeries ?? listed.jobSeries,
          updatedAt: new Date(),
        });
        await tx.save(Trainee, listed);
        return listed;
      }
      const trainee: Trainee = {
        id: randomUUID(),
        tenantId: user.tenantId,
        userId: body.userId ?? null,
        agencyCode,
        employeeNo: body.employeeNo ?? null,
        name: body.name,
        grade: body.grade ?? null,
        position: body.position ?? null,
        jobSeries: body.jobSeries ?? null,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
      await tx.insert(Trainee, trainee).catch((error) => {
        throw isUniqueViolation(error) ? duplicate(error) : error;
      });
      return trainee;
    });
  }

  @Patch(':id')
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: TraineeView })
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: PatchTraineeDto): Promise<TraineeView> {
    return this.dataSource.transaction(async (tx) => {
      const trainee = await this.directory.managed(tx, user, id, true);
      Object.assign(trainee, body, { updatedAt: new Date() });
      await tx.save(Trainee, trainee).catch((error) => {
        throw isUniqueViolation(error) ? duplicate(error) : error;
      });
      return trainee;
    });
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
    return this.dataSource.transaction(async (tx) => {
      const known = new Set((await tx.find(Agency, { where: { tenantId: user.tenantId } })).map((a) => a.code));
      const { trainees, errors } = readTraineeSheet(rows, known, user.role === 'agency_admin' ? user.agencyCode : null);
      if (errors.length > 0) throw invalidInput(errors);
      const result: { inserted: boolean }[] = await tx.query(
        `INSERT INTO enrollment.trainee (id, tenant_id, agency_code, employee_no, name, grade, position, job_series)
         SELECT gen_random_uuid(), $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         ON CONFLICT (tenant_id, agency_code, employee_no) WHERE employee_no IS NOT NULL
         DO UPDATE SET name = EXCLUDED.name, grade = EXCLUDED.grade, position = EXCLUDED.position, job_series = EXCLUDED.job_series, updated_at = now()
         RETURNING (xmax = 0) AS inserted`,
        [
          user.tenantId,
          ...(['agencyCode', 'employeeNo', 'name', 'grade', 'position', 'jobSeries'] as const).map((k) => trainees.map((t) => t[k])),
        ],
      );
      const created = result.filter((r) => r.inserted).length;
      return { created, updated: result.length - created };
    });
  }

  private async checkAgency(tx: EntityManager, tenantId: string, code: string) {
    if (!(await tx.findOne(Agency, { where: { tenantId, code } })))
      throw invalidInput([
        fieldError('agencyCode', 'TRAINEE.AGENCY_UNKNOWN', { agencyCode: code }, '알 수 없는 기관입니다 / unknown agency'),
      ]);
  }
}
