import {
  ChargeableBudgetLineView,
  CohortBudgetLineView,
  CancelCohortDto,
  ChangeCohortDto,
  CohortConflictErrorView,
  CohortListQuery,
  CohortPageView,
  CURRICULUM_STAFF,
  CohortView,
  CourseQuery,
  CourseView,
  ScheduleCohortDto,
  ScheduledCohortPageView,
  ScheduledCohortView,
} from '@baeum/api';
import { AuthUser, CurrentUser, LOGGER, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { ServiceClients } from '../clients/service-clients';
import { CohortCommitment, CohortSeats, combineCohortViews } from './cohort-view';

/** Query strings stay well under Node's header limit. */
const IDS_PER_CALL = 100;
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

  /**
   * The current fiscal year's lines a cohort may be charged to: the lines are curriculum's (its
   * replica of finance's, which scheduling checks against, so the form never offers a line
   * curriculum would refuse), their amounts finance's.
   */
  @Get('budget-lines')
  @ApiOkResponse({ type: [ChargeableBudgetLineView] })
  async budgetLines(@Headers('authorization') authorization: string): Promise<ChargeableBudgetLineView[]> {
    const [offered, amounts] = await Promise.all([
      this.services.call<CohortBudgetLineView[]>('curriculum', '/budget-lines', { authorization }),
      this.services.call<ChargeableBudgetLineView[]>('finance', '/budget-lines', { authorization }),
    ]);
    const amountOf = new Map(amounts.map((l) => [`${l.fiscalYear}:${l.code}`, l]));
    // Finance has every line curriculum has heard of; one it did not answer for has no amounts to show.
    return offered.flatMap((line) => {
      const withAmounts = amountOf.get(`${line.fiscalYear}:${line.code}`);
      return withAmounts ? [{ ...withAmounts, ...line }] : [];
    });
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
   * Schedules a cohort. Curriculum validates every field, the budget line too (the course's when
   * none is given): it must be a chargeable line of the fiscal year the cohort starts in, as
   * curriculum's replica of finance's lines has it.
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
    const cohort = await this.services.call<ScheduledCohortView>('curriculum', '/cohorts', { authorization, method: 'POST', body });
    this.logger.info({ cohortId: cohort.id, tenantId: user.tenantId }, 'cohort scheduled');
    return { ...cohort, seatsFree: null, committedAmount: null };
  }

  /** Reschedules or edits a cohort (with a reason); curriculum checks a new budget line or fiscal year itself. */
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
