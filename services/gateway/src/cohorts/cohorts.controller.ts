import {
  ChargeableBudgetLineView,
  CancelCohortDto,
  ChangeCohortDto,
  CohortConflictErrorView,
  CohortListQuery,
  CohortPageView,
  CURRICULUM_STAFF,
  CohortView,
  CourseDetailView,
  CourseQuery,
  CourseView,
  ScheduleCohortDto,
  ScheduledCohortPageView,
  ScheduledCohortView,
} from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, LOGGER, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, HttpCode, HttpException, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { ServiceClients } from '../clients/service-clients';
import { CohortCommitment, CohortSeats, combineCohortViews } from './cohort-view';

/** Query strings stay well under Node's header limit. */
const IDS_PER_CALL = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINE = /^[A-Z0-9-]{1,40}$/;
const STAFF = CURRICULUM_STAFF;

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('api')
export class CohortsController {
  constructor(
    private readonly services: ServiceClients,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The catalog: a year's courses (the latest by default), searched and filtered. */
  @Get('courses')
  @ApiOkResponse({ type: [CourseView] })
  courses(@Headers('authorization') authorization: string, @Query() query: CourseQuery): Promise<CourseView[]> {
    return this.services.call<CourseView[]>('curriculum', '/courses', { authorization, query });
  }

  /** The current fiscal year's expenditure lines a cohort may be charged to (from finance). */
  @Get('budget-lines')
  @ApiOkResponse({ type: [ChargeableBudgetLineView] })
  budgetLines(@Headers('authorization') authorization: string): Promise<ChargeableBudgetLineView[]> {
    return this.services.call<ChargeableBudgetLineView[]>('finance', '/budget-lines', { authorization });
  }

  /** Newest first; with from/to, courseId, roomId, instructorId or status, the calendar's cohorts. */
  @Get('cohorts')
  @ApiOkResponse({ type: [CohortPageView] })
  async list(@Headers('authorization') authorization: string, @Query() query: CohortListQuery): Promise<CohortPageView[]> {
    const cohorts = await this.services.call<CohortView[]>('curriculum', '/cohorts', { authorization, query });
    return this.withSeatsAndCommitments(cohorts, authorization);
  }

  @Get('cohorts/:id')
  @ApiOkResponse({ type: CohortPageView })
  async get(@Headers('authorization') authorization: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortPageView> {
    const cohort = await this.services.call<CohortView>('curriculum', `/cohorts/${id}`, { authorization });
    const [view] = await this.withSeatsAndCommitments([cohort], authorization);
    return view;
  }

  /**
   * Schedules a cohort. The budget line (the course's when none is given) must exist in the fiscal
   * year the cohort starts; the gateway checks that with finance first, so curriculum never
   * announces a cohort finance cannot book. Curriculum validates every other field.
   */
  @Post('cohorts')
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: ScheduledCohortPageView })
  @ApiConflictResponse({ type: CohortConflictErrorView, description: 'The room or an instructor is booked at overlapping dates and hours' })
  async schedule(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') authorization: string,
    @Body() body: ScheduleCohortDto,
  ): Promise<ScheduledCohortPageView> {
    const { startDate, courseId } = body;
    let budgetLineCode: string | undefined = body.budgetLineCode;
    if (budgetLineCode === undefined && typeof courseId === 'string' && /^[0-9a-f-]{36}$/i.test(courseId)) {
      budgetLineCode = await this.services
        .call<Pick<CourseDetailView, 'budgetLineCode'>>('curriculum', `/courses/${courseId}`, { authorization })
        .then((c) => c.budgetLineCode ?? undefined)
        .catch(() => undefined); // curriculum names the bad course itself
    }
    await this.checkBudgetLine(authorization, budgetLineCode, startDate);
    const cohort = await this.services.call<ScheduledCohortView>('curriculum', '/cohorts', { authorization, method: 'POST', body });
    this.logger.info({ cohortId: cohort.id, tenantId: user.tenantId }, 'cohort scheduled');
    return { ...cohort, seatsFree: null, committedAmount: null };
  }

  /** Reschedules or edits a cohort (with a reason); a new budget line or fiscal year is checked with finance first. */
  @Patch('cohorts/:id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ScheduledCohortPageView })
  @ApiConflictResponse({
    type: CohortConflictErrorView,
    description: 'The room or an instructor is booked at overlapping dates and hours, or the cohort is closed',
  })
  async change(
    @Headers('authorization') authorization: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeCohortDto,
  ): Promise<ScheduledCohortPageView> {
    if (body.budgetLineCode !== undefined || body.startDate !== undefined) {
      const current = await this.services.call<CohortView>('curriculum', `/cohorts/${id}`, { authorization });
      const code = body.budgetLineCode ?? current.budgetLineCode;
      const start = body.startDate ?? current.startDate;
      if (code !== current.budgetLineCode || (typeof start === 'string' && start.slice(0, 4) !== current.startDate.slice(0, 4)))
        await this.checkBudgetLine(authorization, code, start);
    }
    const cohort = await this.services.call<ScheduledCohortView>('curriculum', `/cohorts/${id}`, { authorization, method: 'PATCH', body });
    const [view] = await this.withSeatsAndCommitments([cohort], authorization);
    return view;
  }

  @Post('cohorts/:id/cancel')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOkResponse({ type: CohortView, description: 'The cancelled cohort (폐강)' })
  cancel(
    @Headers('authorization') authorization: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CancelCohortDto,
  ): Promise<CohortView> {
    return this.services.call<CohortView>('curriculum', `/cohorts/${id}/cancel`, { authorization, method: 'POST', body });
  }

  @Post('cohorts/:id/complete')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOkResponse({ type: CohortView, description: 'The completed cohort (교육 종료)' })
  complete(@Headers('authorization') authorization: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortView> {
    return this.services.call<CohortView>('curriculum', `/cohorts/${id}/complete`, { authorization, method: 'POST' });
  }

  private async checkBudgetLine(authorization: string | undefined, budgetLineCode: unknown, startDate: unknown): Promise<void> {
    if (typeof budgetLineCode !== 'string' || !LINE.test(budgetLineCode) || typeof startDate !== 'string' || !DATE.test(startDate)) return;
    const year = startDate.slice(0, 4);
    await this.services
      .call('finance', `/budget-lines/${budgetLineCode}`, { authorization, query: { fiscalYear: year } })
      .catch((error) => {
        if (error instanceof HttpException && error.getStatus() === 404) {
          const params = { budgetLineCode, fiscalYear: Number(year) };
          throw invalidInput([
            fieldError(
              'budgetLineCode',
              'COHORT.BUDGET_LINE_UNKNOWN',
              params,
              `${year}년도에 없는 예산 사업입니다 / no such budget line in fiscal year ${year}`,
            ),
          ]);
        }
        throw error;
      });
  }

  /** Enrollment's and finance's parts; if either is down the cohorts still show, their parts pending. */
  private async withSeatsAndCommitments<C extends CohortView>(
    cohorts: C[],
    authorization: string | undefined,
  ): Promise<(C & Pick<CohortPageView, 'seatsFree' | 'committedAmount'>)[]> {
    const seats: CohortSeats[] = [];
    const commitments: CohortCommitment[] = [];
    for (let i = 0; i < cohorts.length; i += IDS_PER_CALL) {
      const query = {
        cohortIds: cohorts
          .slice(i, i + IDS_PER_CALL)
          .map((c) => c.id)
          .join(','),
      };
      const [s, c] = await Promise.all([
        this.services
          .call<CohortSeats[]>('enrollment', '/cohort-seats', { authorization, query })
          .catch((e) => this.degraded('enrollment', e)),
        this.services
          .call<CohortCommitment[]>('finance', '/commitments/by-cohort', { authorization, query })
          .catch((e) => this.degraded('finance', e)),
      ]);
      seats.push(...s);
      commitments.push(...c);
    }
    return combineCohortViews(cohorts, seats, commitments);
  }

  private degraded(service: string, error: unknown): [] {
    this.logger.warn({ err: error, service }, 'service unavailable; showing cohorts without its part');
    return [];
  }
}
