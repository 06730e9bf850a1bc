import { ExamSittingView, PublicationDto, ResultLookupView, ResultPublicationView, ScoreDisclosureView, SittingDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ExamQueries } from '../exams/exam-queries';
import { OFFICER_ROLES } from '../shared/roles';
import { toPublicationView } from './publication.view';
import { ResultLookupService } from './result-lookup';
import { ResultQueries } from './result-queries';
import { ScoreDisclosureService } from './score-disclosure.service';
import { PublishResultsUseCase } from './usecases/publish-results/publish-results.usecase';
import { RecordSittingUseCase } from './usecases/record-sitting/record-sitting.usecase';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(
    private readonly exams: ExamQueries,
    private readonly results: ResultQueries,
    private readonly lookups: ResultLookupService,
    private readonly disclosures: ScoreDisclosureService,
    private readonly publishResults: PublishResultsUseCase,
    private readonly recordSitting: RecordSittingUseCase,
  ) {}

  @Get('results/:examId')
  @Roles('applicant')
  @ApiOkResponse({ type: ResultLookupView })
  lookup(@CurrentUser() user: AuthUser, @Param('examId', new ParseUUIDPipe()) examId: string): Promise<ResultLookupView> {
    return this.lookups.lookup(user, examId);
  }

  /** 성적 공개: the caller's own written scores, pass mark and standing, once the written results are published. */
  @Get('results/:examId/scores')
  @Roles('applicant')
  @ApiOkResponse({ type: ScoreDisclosureView })
  scores(@CurrentUser() user: AuthUser, @Param('examId', new ParseUUIDPipe()) examId: string): Promise<ScoreDisclosureView> {
    return this.disclosures.disclose(user, examId);
  }

  @Get('exams/:id/publications')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [ResultPublicationView] })
  async publications(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ResultPublicationView[]> {
    await this.exams.exam(user.tenantId, id);
    return (await this.results.publications(user.tenantId, id)).map(toPublicationView);
  }

  /**
   * 합격자 발표 예약: the stage's results, once decided for every candidate, become visible at
   * `publishAt`. The instant can move until it has passed; then the results are final.
   */
  @Post('exams/:id/publications')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ResultPublicationView })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PublicationDto,
  ): Promise<ResultPublicationView> {
    return this.publishResults.execute(user, { ...body, examId: id });
  }

  /** 시험 시행 기록: finance books the sitting's cost against the budget line from the event. */
  @Post('exams/:id/sittings')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamSittingView })
  sitting(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SittingDto): Promise<ExamSittingView> {
    return this.recordSitting.execute(user, { ...body, examId: id });
  }
}
