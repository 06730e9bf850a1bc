import {
  AddCandidateDto,
  AssessmentCandidateView,
  AssessmentConsolidationView,
  AssessmentModelView,
  AssessmentPlanQuery,
  AssessmentPlanReportView,
  AssessmentRoundDetailView,
  AssessmentRoundSummaryView,
  AssessmentRoundView,
  AssessmentSittingDto,
  AssessorAssignmentView,
  AssessorConflictView,
  AssessorTaskView,
  AssessorView,
  ConflictDto,
  CreateAssessmentRoundDto,
  CreateAssessorDto,
  ExamSittingView,
  FeedbackReportView,
  RateCandidateDto,
  RatingsRecordedView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { isOfficer, OFFICER_ROLES } from '../shared/roles';
import { ASSESSMENT_MODELS } from './assessment-models';
import { assessmentPlanReport } from './assessment-plan';
import { heldRounds, planCells } from './assessment-plan.queries';
import { AssessmentQueries, candidateNotFound } from './assessment-queries';
import { toRoundView } from './assessment-round.view';
import { FeedbackReports } from './feedback';
import { AddAssessorUseCase } from './usecases/add-assessor/add-assessor.usecase';
import { AddCandidateUseCase } from './usecases/add-candidate/add-candidate.usecase';
import { AssignAssessorsUseCase } from './usecases/assign-assessors/assign-assessors.usecase';
import { ConsolidateRoundUseCase } from './usecases/consolidate-round/consolidate-round.usecase';
import { CreateAssessmentRoundUseCase } from './usecases/create-assessment-round/create-assessment-round.usecase';
import { DeclareAssessorConflictUseCase } from './usecases/declare-assessor-conflict/declare-assessor-conflict.usecase';
import { RateCandidateUseCase } from './usecases/rate-candidate/rate-candidate.usecase';
import { RecordAssessmentSittingUseCase } from './usecases/record-assessment-sitting/record-assessment-sitting.usecase';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentQueries,
    private readonly feedback: FeedbackReports,
    private readonly addCandidate: AddCandidateUseCase,
    private readonly assignAssessors: AssignAssessorsUseCase,
    private readonly rateCandidate: RateCandidateUseCase,
    private readonly consolidateRound: ConsolidateRoundUseCase,
    private readonly createAssessmentRound: CreateAssessmentRoundUseCase,
    private readonly addAssessorUseCase: AddAssessorUseCase,
    private readonly declareAssessorConflict: DeclareAssessorConflictUseCase,
    private readonly recordAssessmentSitting: RecordAssessmentSittingUseCase,
    private readonly dataSource: DataSource,
  ) {}

  @Get('assessment-models')
  @ApiOkResponse({ type: [AssessmentModelView] })
  models(): AssessmentModelView[] {
    return ASSESSMENT_MODELS;
  }

  /** 역량평가 실시 운영계획: the year's plan per grade and quarter against the rounds held. */
  @Get('assessment-plan')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: AssessmentPlanReportView })
  async plan(@CurrentUser() user: AuthUser, @Query() query: AssessmentPlanQuery): Promise<AssessmentPlanReportView> {
    const m = this.dataSource.manager;
    const [cells, held] = await Promise.all([
      planCells(m, user.tenantId, query.fiscalYear),
      heldRounds(m, user.tenantId, query.fiscalYear),
    ]);
    return assessmentPlanReport(query.fiscalYear, cells, held);
  }

  @Get('assessment-rounds')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessmentRoundSummaryView] })
  async rounds(@CurrentUser() user: AuthUser): Promise<AssessmentRoundSummaryView[]> {
    const rounds = await this.assessments.rounds(user.tenantId);
    const counts = await this.assessments.roundCounts(user.tenantId);
    return rounds.map((r) => ({
      ...toRoundView(r),
      candidates: counts.find((c) => c.roundId === r.id)?.candidates ?? 0,
      passed: counts.find((c) => c.roundId === r.id)?.passed ?? 0,
    }));
  }

  @Post('assessment-rounds')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessmentRoundView })
  createRound(@CurrentUser() user: AuthUser, @Body() body: CreateAssessmentRoundDto): Promise<AssessmentRoundView> {
    return this.createAssessmentRound.execute(user, body);
  }

  @Get('assessment-rounds/:id')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: AssessmentRoundDetailView })
  async round(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessmentRoundDetailView> {
    const round = await this.assessments.round(user.tenantId, id);
    const candidates = await this.assessments.candidates(id);
    const progress = await this.assessments.ratingProgress(id, round.competencies.length);
    return {
      ...toRoundView(round),
      candidates: candidates.map((c) => ({ ...c, ...(progress.find((p) => p.candidateId === c.id) ?? { expected: 0, rated: 0 }) })),
    };
  }

  @Post('assessment-rounds/:id/candidates')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessmentCandidateView })
  candidate(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AddCandidateDto,
  ): Promise<AssessmentCandidateView> {
    return this.addCandidate.execute(user, id, body);
  }

  @Get('assessors')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessorView] })
  assessors(@CurrentUser() user: AuthUser): Promise<AssessorView[]> {
    return this.assessments.assessors(user.tenantId);
  }

  @Post('assessors')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessorView })
  addAssessor(@CurrentUser() user: AuthUser, @Body() body: CreateAssessorDto): Promise<AssessorView> {
    return this.addAssessorUseCase.execute(user, body);
  }

  /** The conflicts of interest declared: who is never assigned to whom, and why. */
  @Get('assessors/conflicts')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessorConflictView] })
  conflicts(@CurrentUser() user: AuthUser): Promise<AssessorConflictView[]> {
    return this.assessments.conflicts(user.tenantId);
  }

  /** 이해충돌 신고: the assessor will never be assigned to that official. */
  @Post('assessors/:id/conflicts')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessorConflictView })
  declareConflict(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ConflictDto,
  ): Promise<AssessorConflictView> {
    return this.declareAssessorConflict.execute(user, { ...body, assessorId: id });
  }

  @Post('assessment-rounds/:id/assignments')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AssessorAssignmentView })
  assign(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessorAssignmentView> {
    return this.assignAssessors.execute(user, id);
  }

  /** The assessor's work: each assigned candidate and technique, with the ratings given so far. */
  @Get('assessments/assignments/mine')
  @Roles('assessor')
  @ApiOkResponse({ type: [AssessorTaskView] })
  async myAssignments(@CurrentUser() user: AuthUser): Promise<AssessorTaskView[]> {
    const assessor = await this.assessments.assessorOf(user);
    const rows = await this.assessments.assignmentsOf(assessor.id);
    const ratings = await this.assessments.ratingsBy(assessor.id);
    return rows.map((r) => ({
      candidateId: r.candidateId,
      // Shown by the candidate's 평가 코드, not by name: assessors rate what they observe.
      candidateCode: r.candidateCode,
      round: {
        id: r.roundId,
        targetGrade: r.targetGrade,
        year: r.year,
        roundNo: r.roundNo,
        heldOn: r.heldOn,
        completed: r.completedOn !== null,
      },
      technique: r.techniques.find((t) => t.code === r.technique) ?? { code: r.technique, ko: r.technique, en: r.technique },
      competencies: r.competencies.map((c) => {
        const given = ratings.find((x) => x.candidateId === r.candidateId && x.technique === r.technique && x.competency === c.code);
        return { ...c, score: given?.score ?? null, comment: given?.comment ?? null };
      }),
    }));
  }

  @Put('assessments/ratings')
  @Roles('assessor')
  @ApiOkResponse({ type: RatingsRecordedView })
  rate(@CurrentUser() user: AuthUser, @Body() body: RateCandidateDto): Promise<RatingsRecordedView> {
    return this.rateCandidate.execute(user, body);
  }

  @Post('assessment-rounds/:id/consolidation')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentConsolidationView })
  consolidate(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessmentConsolidationView> {
    return this.consolidateRound.execute(user, id);
  }

  @Post('assessment-rounds/:id/sitting')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamSittingView })
  sitting(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AssessmentSittingDto,
  ): Promise<ExamSittingView> {
    return this.recordAssessmentSitting.execute(user, { ...body, roundId: id });
  }

  /** The signed-in official's own feedback reports. */
  @Get('assessment-feedback/mine')
  @ApiOkResponse({ type: [FeedbackReportView] })
  async myFeedback(@CurrentUser() user: AuthUser): Promise<FeedbackReportView[]> {
    const candidates = await this.assessments.candidatesOf(user);
    return Promise.all(candidates.map((c) => this.feedback.build(c)));
  }

  /** A candidate's report: for the exam officer, or for the candidate themself. */
  @Get('assessment-candidates/:id/feedback')
  @ApiOkResponse({ type: FeedbackReportView })
  async candidateFeedback(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<FeedbackReportView> {
    const candidate = await this.assessments.candidate(user.tenantId, id);
    if (!isOfficer(user) && candidate.userId !== user.userId) throw candidateNotFound();
    return this.feedback.build(candidate);
  }
}
