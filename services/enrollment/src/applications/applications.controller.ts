import {
  ApplicationWithCohortView,
  INSTITUTE_USERS,
  ApplyDto,
  ApprovalDecisionDto,
  CancelApplicationDto,
  CourseAssessmentDto,
  EnrollmentApplicationView,
  MyApplicationView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { cohortView } from '../cohorts/cohort.view';
import { SeatBook } from '../seats/seat-book';
import { TraineeDirectory } from '../trainees/trainee-directory';
import { accessibleApplication } from './application-access';
import { applicationView, applicationWithCohort } from './application.view';
import { applicationsOfTrainee, cohortById, cohortsByIds, surveyedCohorts } from './applications.queries';
import { CancelApplicationUseCase, cancellationRefusal } from './usecases/cancel-application/cancel-application.usecase';
import { DecideApprovalUseCase } from './usecases/decide-approval/decide-approval.usecase';
import { RecordAssessmentUseCase } from './usecases/record-assessment/record-assessment.usecase';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase';

@ApiTags('applications')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
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
    private readonly assessments: RecordAssessmentUseCase,
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
      const apps = await applicationsOfTrainee(tx, trainee.id);
      const cohorts = await cohortsByIds(
        tx,
        apps.map((a) => a.cohortId),
      );
      const answered = await surveyedCohorts(tx, trainee.id);
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
      return applicationWithCohort(app, await cohortById(tx, app.cohortId));
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
    return applicationView(await this.assessments.execute({ actor: user, applicationId: id, passed: body.passed }));
  }
}
