import {
  ApplicationWithCohortView,
  ApplyDto,
  ApprovalDecisionDto,
  CancelApplicationDto,
  CourseAssessmentDto,
  EnrollmentApplicationView,
  INSTITUTE_USERS,
  LearningProgressDto,
  MyApplicationView,
} from '@baeum/api';
import { AuthUser, conflict, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { Cohort } from '../cohorts/cohort.entity';
import { cohortView } from '../cohorts/cohort.view';
import { CompleteCohortUseCase } from '../completion/usecases/complete-cohort/complete-cohort.usecase';
import { SeatBook } from '../seats/seat-book';
import { SurveyReceipt } from '../surveys/survey.entities';
import { TraineeDirectory } from '../trainees/trainee-directory';
import { Application } from './application.entity';
import { accessibleApplication } from './application-access';
import { applicationView, applicationWithCohort } from './application.view';
import { CancelApplicationUseCase, cancellationRefusal } from './usecases/cancel-application/cancel-application.usecase';
import { DecideApprovalUseCase } from './usecases/decide-approval/decide-approval.usecase';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase';

@ApiTags('applications')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainees: TraineeDirectory,
    private readonly seats: SeatBook,
    private readonly submit: SubmitApplicationUseCase,
    private readonly decide: DecideApprovalUseCase,
    private readonly cancelApplication: CancelApplicationUseCase,
    private readonly completion: CompleteCohortUseCase,
  ) {}

  /** 수강신청: confirmed, waitlisted, or pending its approvals; 409 when closed, already applied or overlapping. */
  @Post()
  @Roles('trainee')
  @ApiCreatedResponse({ type: EnrollmentApplicationView })
  async apply(@CurrentUser() user: AuthUser, @Body() body: ApplyDto): Promise<EnrollmentApplicationView> {
    return applicationView(await this.submit.apply(user, body.cohortId));
  }

  /** The trainee's own applications at every institute, with waitlist positions and surveys due. */
  @Get('mine')
  @Roles('trainee')
  @ApiOkResponse({ type: [MyApplicationView] })
  async mine(@CurrentUser() user: AuthUser): Promise<MyApplicationView[]> {
    return this.dataSource.transaction(async (tx) => {
      const trainee = await this.trainees.own(tx, user);
      const apps = await tx.find(Application, { where: { traineeId: trainee.id }, order: { appliedAt: 'DESC' }, take: 500 });
      const cohorts = new Map(
        (await tx.find(Cohort, { where: { cohortId: In([...new Set(apps.map((a) => a.cohortId))]) } })).map((c) => [c.cohortId, c]),
      );
      const answered = new Set((await tx.find(SurveyReceipt, { where: { traineeId: trainee.id } })).map((r) => r.cohortId));
      const today = seoulToday();
      const views: MyApplicationView[] = [];
      for (const app of apps) {
        const cohort = cohorts.get(app.cohortId)!;
        const waitlistPosition =
          app.status === 'waitlisted' ? (await this.seats.waitingAhead(tx, await this.seats.open(tx, cohort, today), app)) + 1 : null;
        views.push({
          ...applicationView(app),
          waitlistPosition,
          surveyDue: app.completionStatus === 'completed' && !answered.has(app.cohortId),
          canCancel: !cancellationRefusal(app, cohort, true, today),
          cohort: cohortView(cohort),
        });
      }
      return views;
    });
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationWithCohortView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ApplicationWithCohortView> {
    return this.dataSource.transaction(async (tx) => {
      const app = await accessibleApplication(tx, user, id);
      return applicationWithCohort(app, await tx.findOne(Cohort, { where: { cohortId: app.cohortId } }));
    });
  }

  /** The trainee cancels; their agency admin or the institute withdraws. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('trainee', 'agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CancelApplicationDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.cancelApplication.execute(user, id, body.reason));
  }

  /** An approval step: the agency admin first (with a rank), then the institute, as the cohort requires. */
  @Post(':id/decision')
  @HttpCode(200)
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async decision(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ApprovalDecisionDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.decide.execute(user, id, body));
  }

  /** The result of the course's assessment, where its completion rule requires one. */
  @Put(':id/assessment')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async assessment(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CourseAssessmentDto,
  ): Promise<EnrollmentApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const app = await accessibleApplication(tx, user, id);
      if (app.status !== 'confirmed')
        throw conflict('APPLICATION.NOT_CONFIRMED', {
          params: { status: app.status },
          message: '확정된 교육생만 평가 결과를 입력합니다 / Only confirmed trainees have assessment results',
        });
      await tx.update(Application, id, { assessmentPassed: body.passed });
      return applicationView({ ...app, assessmentPassed: body.passed });
    });
  }

  /** E-learning progress (진도율) from the LMS; reaching the course's threshold completes the course. */
  @Put(':id/progress')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async progress(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LearningProgressDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.completion.recordProgress(user, id, body.percent));
  }
}
