import { Roles } from '@baeum/service-kit';
import {
  AddCandidateDto,
  AssessmentCandidateView,
  AssessmentConsolidationView,
  AssessmentModelView,
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
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ExamClient } from './exam-client';

const uuid = () => new ParseUUIDPipe();

/** Competency assessments (역량평가): rounds and assessors for the officer, the rating form, the candidate's feedback. */
@ApiTags('exam: competency assessments')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamAssessmentsController {
  constructor(private readonly exam: ExamClient) {}

  @Get('assessment-models')
  @ApiOkResponse({ type: [AssessmentModelView] })
  models(@Headers('authorization') auth: string): Promise<AssessmentModelView[]> {
    return this.exam.call(auth, '/assessment-models');
  }

  @Get('assessment-rounds')
  @ApiOkResponse({ type: [AssessmentRoundSummaryView] })
  rounds(@Headers('authorization') auth: string): Promise<AssessmentRoundSummaryView[]> {
    return this.exam.call(auth, '/assessment-rounds');
  }

  @Post('assessment-rounds')
  @ApiCreatedResponse({ type: AssessmentRoundView })
  @Roles('admin', 'exam_officer')
  createRound(@Headers('authorization') auth: string, @Body() body: CreateAssessmentRoundDto): Promise<AssessmentRoundView> {
    return this.exam.call(auth, '/assessment-rounds', { method: 'POST', body });
  }

  @Get('assessment-rounds/:id')
  @ApiOkResponse({ type: AssessmentRoundDetailView })
  round(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessmentRoundDetailView> {
    return this.exam.call(auth, `/assessment-rounds/${id}`);
  }

  @Post('assessment-rounds/:id/candidates')
  @ApiCreatedResponse({ type: AssessmentCandidateView })
  @Roles('admin', 'exam_officer')
  addCandidate(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AddCandidateDto,
  ): Promise<AssessmentCandidateView> {
    return this.exam.call(auth, `/assessment-rounds/${id}/candidates`, { method: 'POST', body });
  }

  @Post('assessment-rounds/:id/assignments')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessorAssignmentView })
  assign(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessorAssignmentView> {
    return this.exam.call(auth, `/assessment-rounds/${id}/assignments`, { method: 'POST' });
  }

  @Post('assessment-rounds/:id/consolidation')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentConsolidationView })
  consolidate(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AssessmentConsolidationView> {
    return this.exam.call(auth, `/assessment-rounds/${id}/consolidation`, { method: 'POST' });
  }

  @Post('assessment-rounds/:id/sitting')
  @ApiCreatedResponse({ type: ExamSittingView })
  @Roles('admin', 'exam_officer')
  sitting(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AssessmentSittingDto,
  ): Promise<ExamSittingView> {
    return this.exam.call(auth, `/assessment-rounds/${id}/sitting`, { method: 'POST', body });
  }

  @Get('assessors')
  @ApiOkResponse({ type: [AssessorView] })
  assessors(@Headers('authorization') auth: string): Promise<AssessorView[]> {
    return this.exam.call(auth, '/assessors');
  }

  @Post('assessors')
  @ApiCreatedResponse({ type: AssessorView })
  @Roles('admin', 'exam_officer')
  addAssessor(@Headers('authorization') auth: string, @Body() body: CreateAssessorDto): Promise<AssessorView> {
    return this.exam.call(auth, '/assessors', { method: 'POST', body });
  }

  /** The conflicts of interest declared in the institute. */
  @Get('assessors/conflicts')
  @ApiOkResponse({ type: [AssessorConflictView] })
  conflicts(@Headers('authorization') auth: string): Promise<AssessorConflictView[]> {
    return this.exam.call(auth, '/assessors/conflicts');
  }

  @Post('assessors/:id/conflicts')
  @ApiCreatedResponse({ type: AssessorConflictView })
  @Roles('admin', 'exam_officer')
  declareConflict(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: ConflictDto,
  ): Promise<AssessorConflictView> {
    return this.exam.call(auth, `/assessors/${id}/conflicts`, { method: 'POST', body });
  }

  /** The assessor's rating form: their candidates and techniques. */
  @Get('assessments/assignments/mine')
  @ApiOkResponse({ type: [AssessorTaskView] })
  myAssignments(@Headers('authorization') auth: string): Promise<AssessorTaskView[]> {
    return this.exam.call(auth, '/assessments/assignments/mine');
  }

  @Put('assessments/ratings')
  @ApiOkResponse({ type: RatingsRecordedView })
  @Roles('assessor')
  rate(@Headers('authorization') auth: string, @Body() body: RateCandidateDto): Promise<RatingsRecordedView> {
    return this.exam.call(auth, '/assessments/ratings', { method: 'PUT', body });
  }

  /** The signed-in official's feedback reports. */
  @Get('assessment-feedback/mine')
  @ApiOkResponse({ type: [FeedbackReportView] })
  myFeedback(@Headers('authorization') auth: string): Promise<FeedbackReportView[]> {
    return this.exam.call(auth, '/assessment-feedback/mine');
  }

  @Get('assessment-candidates/:id/feedback')
  @ApiOkResponse({ type: FeedbackReportView })
  feedback(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<FeedbackReportView> {
    return this.exam.call(auth, `/assessment-candidates/${id}/feedback`);
  }

  @Get('preparatory-cohorts')
  @ApiOkResponse({ type: [PreparatoryCohortView] })
  preparatoryCohorts(@Headers('authorization') auth: string): Promise<PreparatoryCohortView[]> {
    return this.exam.call(auth, '/preparatory-cohorts');
  }
}
