import {
  AnswerDecisionView,
  AnswerImportView,
  AnswerKeysDto,
  AnswerKeysView,
  FinalKeysView,
  ObjectionDecisionDto,
  ObjectionDto,
  ObjectionQuestionView,
  ObjectionView,
  ProvisionalKeysDto,
} from '@baeum/api';
import { AuthUser, badRequest, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { documentName } from '../applications/documents/supporting-documents';
import { ExamQueries } from '../exams/exam-queries';
import { RAW_FILE_BODY } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { AnswerKeyQueries } from './answer-key-queries';
import { keysFound } from './answer-key-rules';
import { groupObjections, toAnswerKeysView, toOwnObjections } from './answer-key.views';
import { DecideObjectionUseCase } from './usecases/decide-objection/decide-objection.usecase';
import { FileObjectionUseCase } from './usecases/file-objection/file-objection.usecase';
import { ImportWrittenAnswersUseCase } from './usecases/import-written-answers/import-written-answers.usecase';
import { PublishFinalKeysUseCase } from './usecases/publish-final-keys/publish-final-keys.usecase';
import { PublishProvisionalKeysUseCase } from './usecases/publish-provisional-keys/publish-provisional-keys.usecase';
import { SaveAnswerKeysUseCase } from './usecases/save-answer-keys/save-answer-keys.usecase';

const uuid = () => new ParseUUIDPipe();

/** 가답안, 이의제기, 최종정답: the officer's keys and decisions, the applicants' objections. */
@ApiTags('answer keys')
@ApiBearerAuth()
@Controller()
export class AnswerKeysController {
  constructor(
    private readonly exams: ExamQueries,
    private readonly keys: AnswerKeyQueries,
    private readonly importAnswers: ImportWrittenAnswersUseCase,
    private readonly saveKeys: SaveAnswerKeysUseCase,
    private readonly publishProvisional: PublishProvisionalKeysUseCase,
    private readonly fileObjection: FileObjectionUseCase,
    private readonly decideObjection: DecideObjectionUseCase,
    private readonly publishFinal: PublishFinalKeysUseCase,
  ) {}

  /** The scanner's answers file (.csv or .xlsx) as the raw body, its name in X-File-Name. */
  @Post('exams/:id/written-answers')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: "the OMR scanner's answers: 응시번호 and each subject's marks, one character per question" })
  @ApiHeader({ name: 'X-File-Name', required: false, description: "the file's name, URL-encoded (.csv or .xlsx)" })
  @ApiOkResponse({ type: AnswerImportView })
  answers(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<AnswerImportView> {
    if (!Buffer.isBuffer(content) || content.length === 0)
      throw badRequest('WRITTEN_SCORES.OCTET_STREAM_REQUIRED', {
        message: '파일을 application/octet-stream 으로 보내세요 / send the file as application/octet-stream',
      });
    return this.importAnswers.execute(user, id, content, documentName(fileName));
  }

  @Get('exams/:id/answer-keys')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: AnswerKeysView })
  async officerKeys(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string): Promise<AnswerKeysView> {
    await this.exams.exam(user.tenantId, id);
    const key = keysFound(await this.keys.keys(id));
    return toAnswerKeysView(key, await this.keys.decisions(id), await this.keys.sheetCount(id));
  }

  @Put('exams/:id/answer-keys')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: AnswerKeysView })
  save(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string, @Body() body: AnswerKeysDto): Promise<AnswerKeysView> {
    return this.saveKeys.execute(user, id, body);
  }

  @Post('exams/:id/answer-keys/provisional')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerKeysView })
  provisional(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string, @Body() body: ProvisionalKeysDto): Promise<AnswerKeysView> {
    return this.publishProvisional.execute(user, id, body);
  }

  @Post('exams/:id/answer-keys/final')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: FinalKeysView })
  final(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string): Promise<FinalKeysView> {
    return this.publishFinal.execute(user, id);
  }

  /** Every objection of the exam, per question with its claims counted and its decision. */
  @Get('exams/:id/objections')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [ObjectionQuestionView] })
  async objections(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string): Promise<ObjectionQuestionView[]> {
    await this.exams.exam(user.tenantId, id);
    const key = keysFound(await this.keys.keys(id));
    return groupObjections(await this.keys.allObjections(id), key, await this.keys.decisions(id));
  }

  @Post('exams/:id/objection-decisions')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerDecisionView })
  decide(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string, @Body() body: ObjectionDecisionDto): Promise<AnswerDecisionView> {
    return this.decideObjection.execute(user, id, body);
  }

  /** The published keys, for the exam's applicants; the decisions once the final keys are out. */
  @Get('answer-keys/:examId')
  @Roles('applicant')
  @ApiOkResponse({ type: AnswerKeysView })
  async applicantKeys(@CurrentUser() user: AuthUser, @Param('examId', uuid()) examId: string): Promise<AnswerKeysView> {
    const key = await this.publishedToApplicant(user, examId);
    return toAnswerKeysView(key, await this.keys.decisions(examId));
  }

  /** The caller's own objections in the exam, each with its decision once the final keys are out. */
  @Get('answer-keys/:examId/objections')
  @Roles('applicant')
  @ApiOkResponse({ type: [ObjectionView] })
  async ownObjections(@CurrentUser() user: AuthUser, @Param('examId', uuid()) examId: string): Promise<ObjectionView[]> {
    const key = await this.publishedToApplicant(user, examId);
    const own = await this.keys.ownApplications(user.tenantId, user.userId, examId);
    return toOwnObjections(await this.keys.ownObjections(own.map((a) => a.id)), key, await this.keys.decisions(examId));
  }

  @Post('answer-keys/:examId/objections')
  @Roles('applicant')
  @ApiCreatedResponse({ type: ObjectionView })
  object(@CurrentUser() user: AuthUser, @Param('examId', uuid()) examId: string, @Body() body: ObjectionDto): Promise<ObjectionView> {
    return this.fileObjection.execute(user, examId, body);
  }

  /** The keys once published, to an applicant of the exam; to anyone else the exam has none. */
  private async publishedToApplicant(user: AuthUser, examId: string) {
    const own = await this.keys.ownApplications(user.tenantId, user.userId, examId);
    const key = await this.keys.keys(examId);
    return keysFound(own.length > 0 && key?.provisionalAt ? key : undefined);
  }
}
