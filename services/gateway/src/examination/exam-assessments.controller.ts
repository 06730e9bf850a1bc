import { Roles } from '@baeum/service-kit';
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
  PreparatoryCohortView,
  RateCandidateDto,
  RatingsRecordedView,
} from '@baeum/api';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients, textQuery } from '../clients/service-clients';

const uuid = () => new ParseUUIDPipe();

/** Competency assessments (역량평가): rounds and assessors for the officer, the rating form, the candidate's feedback. */
@ApiTags('exam: competency assessments')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamAssessmentsController {
  constructor(private readonly services: ServiceClients) {}

  @Get('assessment-models')
  @ApiOkResponse({ type: [AssessmentModelView] })
  models(@Headers('authorization') auth: string): Promise<AssessmentModelView[]> {
    return this.services.call('examination', '/assessment-models', { authorization: auth });
  }

  /** 역량평가 실시 운영계획: the year's plan per grade and quarter against the rounds held. */
  @Get('assessment-plan')
  @ApiOkResponse({ type: AssessmentPlanReportView })
  @Roles('admin', 'exam_officer')
  plan(@Headers('authorization') auth: string, @Query() query: AssessmentPlanQuery): Promise<AssessmentPlanReportView> {
    return this.services.call('examination', '/assessment-plan', { authorization: auth, query: textQuery(query) });
  }

  @Get('assessment-rounds')
  @ApiOkResponse({ type: [AssessmentRoundSummaryView] })
  rounds(@Headers('authorization') auth: string): Promise<AssessmentRoundSummaryView[]> {
    return this.services.call('examination', '/assessment-rounds', { authorization: auth });
  }

  @Post('assessment-rounds')
  @ApiCreatedResponse({ type: AssessmentRoundView })
  @Roles('admin', 'exam_officer')
  createRound(@Headers('authorization') auth: string, @Body() body: CreateAssessmentRoundDto): Promise<AssessmentRoundView> {
    return this.services.call('examination', '/assessment-rounds', { authorization: auth, method: 'POST', body });
  }

  @Get('assessment-rounds/:id')
  @ApiOkResponse({ type: AssessmentRoundDetailView })
  round(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessmentRoundDetailView> {
    return this.services.call('examination', `/assessment-rounds/${id}`, { authorization: auth });
  }

  @Post('assessment-rounds/:id/candidates')
  @ApiCreatedResponse({ type: AssessmentCandidateView })
  @Roles('admin', 'exam_officer')
  addCandidate(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AddCandidateDto,
  ): Promise<AssessmentCandidateView> {
    return this.services.call('examination', `/assessment-rounds/${id}/candidates`, { authorization: auth, method: 'POST', body });
  }

  @Post('assessment-rounds/:id/assignments')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessorAssignmentView })
  assign(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessorAssignmentView> {
    return this.services.call('examination', `/assessment-rounds/${id}/assignments`, { authorization: auth, method: 'POST' });
  }

  @Post('assessment-rounds/:id/consolidation')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentConsolidationView })
  consolidate(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessmentConsolidationView> {
    return this.services.call('examination', `/assessment-rounds/${id}/consolidation`, { authorization: auth, method: 'POST' });
  }

  @Post('assessment-rounds/:id/sitting')
  @ApiCreatedResponse({ type: ExamSittingView })
  @Roles('admin', 'exam_officer')
  sitting(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AssessmentSittingDto,
  ): Promise<ExamSittingView> {
    return this.services.call('examination', `/assessment-rounds/${id}/sitting`, { authorization: auth, method: 'POST', body });
  }

  @Get('assessors')
  @ApiOkResponse({ type: [AssessorView] })
  assessors(@Headers('authorization') auth: string): Promise<AssessorView[]> {
    return this.services.call('examination', '/assessors', { authorization: auth });
  }

  @Post('assessors')
  @ApiCreatedResponse({ type: AssessorView })
  @Roles('admin', 'exam_officer')
  addAssessor(@Headers('authorization') auth: string, @Body() body: CreateAssessorDto): Promise<AssessorView> {
    return this.services.call('examination', '/assessors', { authorization: auth, method: 'POST', body });
  }

  /** The conflicts of interest declared in the institute. */
  @Get('assessors/conflicts')
  @ApiOkResponse({ type: [AssessorConflictView] })
  conflicts(@Headers('authorization') auth: string): Promise<AssessorConflictView[]> {
    return this.services.call('examination', '/assessors/conflicts', { authorization: auth });
  }

  @Post('assessors/:id/conflicts')
  @ApiCreatedResponse({ type: AssessorConflictView })
  @Roles('admin', 'exam_officer')
  declareConflict(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: ConflictDto,
  ): Promise<AssessorConflictView> {
    return this.services.call('examination', `/assessors/${id}/conflicts`, { authorization: auth, method: 'POST', body });
  }

  /** The assessor's rating form: their candidates and techniques. */
  @Get('assessments/assignments/mine')
  @ApiOkResponse({ type: [AssessorTaskView] })
  myAssignments(@Headers('authorization') auth: string): Promise<AssessorTaskView[]> {
    return this.services.call('examination', '/assessments/assignments/mine', { authorization: auth });
  }

  @Put('assessments/ratings')
  @ApiOkResponse({ type: RatingsRecordedView })
  @Roles('assessor')
  rate(@Headers('authorization') auth: string, @Body() body: RateCandidateDto): Promise<RatingsRecordedView> {
    return this.services.call('examination', '/assessments/ratings', { authorization: auth, method: 'PUT', body });
  }

  /** The signed-in official's feedback reports. */
  @Get('assessment-feedback/mine')
  @ApiOkResponse({ type: [FeedbackReportView] })
  myFeedback(@Headers('authorization') auth: string): Promise<FeedbackReportView[]> {
    return this.services.call('examination', '/assessment-feedback/mine', { authorization: auth });
  }

  @Get('assessment-candidates/:id/feedback')
  @ApiOkResponse({ type: FeedbackReportView })
  feedback(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<FeedbackReportView> {
    return this.services.call('examination', `/assessment-candidates/${id}/feedback`, { authorization: auth });
  }

  @Get('preparatory-cohorts')
  @ApiOkResponse({ type: [PreparatoryCohortView] })
  preparatoryCohorts(@Headers('authorization') auth: string): Promise<PreparatoryCohortView[]> {
    return this.services.call('examination', '/preparatory-cohorts', { authorization: auth });
  }
}
