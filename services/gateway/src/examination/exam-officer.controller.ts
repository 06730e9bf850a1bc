import { Roles } from '@baeum/service-kit';
import {
  AccommodationDecisionDto,
  AnswerDecisionView,
  AnswerImportView,
  AnswerKeysDto,
  AnswerKeysView,
  FinalKeysView,
  ObjectionDecisionDto,
  ObjectionQuestionView,
  ProvisionalKeysDto,
  CreateExamDto,
  CreateExamRoomDto,
  CreateInterviewerDto,
  CreatePositionDto,
  CreateVenueDto,
  DeclaredInterviewerConflictView,
  DeclareInterviewerConflictDto,
  DocumentScreeningDto,
  DocumentScreeningView,
  RecruitmentPlanQuery,
  RecruitmentPlanReportView,
  ExamApplicationListQuery,
  ExamApplicationView,
  ExamExportQuery,
  ExamNoticeView,
  ExamNumbersView,
  ExamPipelineView,
  ExamRoomView,
  ExamSittingView,
  ExamView,
  IneligibleDto,
  InterviewBoardView,
  InterviewerConflictView,
  InterviewerView,
  InterviewMarksDto,
  InterviewScheduleView,
  NewVenueView,
  PassListPositionView,
  PassMarkDto,
  PassMarkView,
  PositionOutcomeView,
  PublicationDto,
  RecordedMarksView,
  ResultPublicationView,
  ScheduleInterviewsDto,
  ScoreImportView,
  SeatAssignmentView,
  SittingDto,
  UpdateExamDto,
  UpdateExamRoomDto,
  UpdateInterviewerDto,
  VenueView,
} from '@baeum/api';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClients, textQuery } from '../clients/service-clients';
import { FILE_NAME_HEADER, RAW_FILE_BODY, SPREADSHEET_FILE } from './exam-openapi';

/** Exam files (score sheets, rosters, pass lists, documents) are large in exam season. */
const FILE_TIMEOUT_MS = 60_000;

const uuid = () => new ParseUUIDPipe();

/** The exam officer's console: rounds, positions, venues and seats, scores, interviews, pass lists, publication. */
@ApiTags('exam: officers')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamOfficerController {
  constructor(private readonly services: ServiceClients) {}

  @Post('exams')
  @ApiCreatedResponse({ type: ExamView })
  @Roles('admin', 'exam_officer')
  createExam(@Headers('authorization') auth: string, @Body() body: CreateExamDto): Promise<ExamView> {
    return this.services.call('examination', '/exams', { authorization: auth, method: 'POST', body });
  }

  @Patch('exams/:id')
  @ApiOkResponse({ type: ExamView })
  updateExam(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: UpdateExamDto): Promise<ExamView> {
    return this.services.call('examination', `/exams/${id}`, { authorization: auth, method: 'PATCH', body });
  }

  /** 공고문 올리기: the raw PDF (application/octet-stream), its name in X-File-Name; a new one replaces the old. */
  @Put('exams/:id/notice')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: 'the notice as a PDF, at most 8 MB' })
  @ApiHeader(FILE_NAME_HEADER)
  @ApiOkResponse({ type: ExamNoticeView })
  @Roles('admin', 'exam_officer')
  uploadNotice(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<ExamNoticeView> {
    return this.services.upload('examination', `/exams/${id}/notice`, {
      authorization: auth,
      method: 'PUT',
      content,
      fileName: fileName ?? 'notice.pdf',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  @Post('exams/:id/positions')
  @ApiCreatedResponse({ type: ExamView })
  @Roles('admin', 'exam_officer')
  addPosition(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreatePositionDto): Promise<ExamView> {
    return this.services.call('examination', `/exams/${id}/positions`, { authorization: auth, method: 'POST', body });
  }

  /** 선발계획 대비 실적: the year's recruitment plan per quarter against the exams held (4-2's career plan). */
  @Get('recruitment-plan')
  @ApiOkResponse({ type: RecruitmentPlanReportView })
  @Roles('admin', 'exam_officer')
  recruitmentPlan(@Headers('authorization') auth: string, @Query() query: RecruitmentPlanQuery): Promise<RecruitmentPlanReportView> {
    return this.services.call('examination', '/recruitment-plan', { authorization: auth, query: textQuery(query) });
  }

  /** 전형 단계별 인원: applied, paid, sat, passed. */
  @Get('exams/:id/pipeline')
  @ApiOkResponse({ type: ExamPipelineView })
  pipeline(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ExamPipelineView> {
    return this.services.call('examination', `/exams/${id}/pipeline`, { authorization: auth });
  }

  @Get('exams/:id/applications')
  @ApiOkResponse({ type: [ExamApplicationView] })
  applications(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Query() query: ExamApplicationListQuery,
  ): Promise<ExamApplicationView[]> {
    return this.services.call('examination', `/exams/${id}/applications`, { authorization: auth, query: textQuery(query) });
  }

  /** 응시자 명단 (?format=xlsx|csv). */
  @Get('exams/:id/applications/export')
  @ApiProduces(...Object.keys(SPREADSHEET_FILE))
  @ApiOkResponse({ description: '응시자 명단 (.xlsx or CSV)', content: SPREADSHEET_FILE })
  @Roles('admin', 'exam_officer')
  exportApplications(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Query() query: ExamExportQuery,
    @Res() res: Response,
  ) {
    return this.services.download(
      'examination',
      `/exams/${id}/applications/export`,
      { authorization: auth, query: textQuery(query), timeoutMs: FILE_TIMEOUT_MS },
      res,
    );
  }

  /** 응시자격 미달 처리 (reason, refundInFull). */
  @Post('applications/:id/ineligible')
  @HttpCode(200)
  @ApiOkResponse({ type: ExamApplicationView })
  @Roles('admin', 'exam_officer')
  ineligible(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: IneligibleDto,
  ): Promise<ExamApplicationView> {
    return this.services.call('examination', `/applications/${id}/ineligible`, { authorization: auth, method: 'POST', body });
  }

  @Patch('applications/:id/accommodations')
  @ApiOkResponse({ type: ExamApplicationView })
  @Roles('admin', 'exam_officer')
  decideAccommodations(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AccommodationDecisionDto,
  ): Promise<ExamApplicationView> {
    return this.services.call('examination', `/applications/${id}/accommodations`, { authorization: auth, method: 'PATCH', body });
  }

  @Get('exams/:id/venues')
  @ApiOkResponse({ type: [VenueView] })
  venues(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<VenueView[]> {
    return this.services.call('examination', `/exams/${id}/venues`, { authorization: auth });
  }

  @Post('exams/:id/venues')
  @ApiCreatedResponse({ type: NewVenueView })
  @Roles('admin', 'exam_officer')
  addVenue(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreateVenueDto): Promise<NewVenueView> {
    return this.services.call('examination', `/exams/${id}/venues`, { authorization: auth, method: 'POST', body });
  }

  @Post('venues/:id/rooms')
  @ApiCreatedResponse({ type: ExamRoomView })
  @Roles('admin', 'exam_officer')
  addRoom(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreateExamRoomDto): Promise<ExamRoomView> {
    return this.services.call('examination', `/venues/${id}/rooms`, { authorization: auth, method: 'POST', body });
  }

  @Patch('rooms/:id')
  @ApiOkResponse({ type: ExamRoomView })
  updateRoom(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: UpdateExamRoomDto,
  ): Promise<ExamRoomView> {
    return this.services.call('examination', `/rooms/${id}`, { authorization: auth, method: 'PATCH', body });
  }

  @Post('exams/:id/exam-numbers')
  @ApiCreatedResponse({ type: ExamNumbersView })
  examNumbers(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ExamNumbersView> {
    return this.services.call('examination', `/exams/${id}/exam-numbers`, { authorization: auth, method: 'POST' });
  }

  @Post('exams/:id/seat-assignment')
  @ApiCreatedResponse({ type: SeatAssignmentView })
  seats(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<SeatAssignmentView> {
    return this.services.call('examination', `/exams/${id}/seat-assignment`, { authorization: auth, method: 'POST', timeoutMs: 60_000 });
  }

  /** The scanner's file, raw (application/octet-stream), its name in X-File-Name. */
  @Post('exams/:id/written-scores')
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: "the OMR scanner's file (.csv or .xlsx): 응시번호 and a score per subject on each line" })
  @ApiHeader(FILE_NAME_HEADER)
  @ApiOkResponse({ type: ScoreImportView })
  writtenScores(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<ScoreImportView> {
    return this.services.upload('examination', `/exams/${id}/written-scores`, {
      authorization: auth,
      content,
      fileName: fileName ?? 'upload',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  /** The scanner's answers file, raw (application/octet-stream), its name in X-File-Name. */
  @Post('exams/:id/written-answers')
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: "the OMR scanner's answers (.csv or .xlsx): 응시번호 and each subject's marks" })
  @ApiHeader(FILE_NAME_HEADER)
  @ApiOkResponse({ type: AnswerImportView })
  writtenAnswers(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<AnswerImportView> {
    return this.services.upload('examination', `/exams/${id}/written-answers`, {
      authorization: auth,
      content,
      fileName: fileName ?? 'upload',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  @Get('exams/:id/answer-keys')
  @ApiOkResponse({ type: AnswerKeysView })
  answerKeys(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<AnswerKeysView> {
    return this.services.call('examination', `/exams/${id}/answer-keys`, { authorization: auth });
  }

  /** 가답안 입력, until published. */
  @Put('exams/:id/answer-keys')
  @ApiOkResponse({ type: AnswerKeysView })
  @Roles('admin', 'exam_officer')
  saveAnswerKeys(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AnswerKeysDto,
  ): Promise<AnswerKeysView> {
    return this.services.call('examination', `/exams/${id}/answer-keys`, { authorization: auth, method: 'PUT', body });
  }

  /** 가답안 공개 with the objection window; again, it moves the window. */
  @Post('exams/:id/answer-keys/provisional')
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerKeysView })
  @Roles('admin', 'exam_officer')
  provisionalKeys(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: ProvisionalKeysDto,
  ): Promise<AnswerKeysView> {
    return this.services.call('examination', `/exams/${id}/answer-keys/provisional`, { authorization: auth, method: 'POST', body });
  }

  /** 최종정답 공개: every candidate scored again from the final keys. */
  @Post('exams/:id/answer-keys/final')
  @HttpCode(200)
  @ApiOkResponse({ type: FinalKeysView })
  @Roles('admin', 'exam_officer')
  finalKeys(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<FinalKeysView> {
    return this.services.call('examination', `/exams/${id}/answer-keys/final`, { authorization: auth, method: 'POST', body: {} });
  }

  @Get('exams/:id/objections')
  @ApiOkResponse({ type: [ObjectionQuestionView] })
  objections(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ObjectionQuestionView[]> {
    return this.services.call('examination', `/exams/${id}/objections`, { authorization: auth });
  }

  /** 이의제기 심사: one question's decision, until the final keys are published. */
  @Post('exams/:id/objection-decisions')
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerDecisionView })
  @Roles('admin', 'exam_officer')
  decideObjection(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: ObjectionDecisionDto,
  ): Promise<AnswerDecisionView> {
    return this.services.call('examination', `/exams/${id}/objection-decisions`, { authorization: auth, method: 'POST', body });
  }

  @Post('positions/:id/pass-mark')
  @HttpCode(200)
  @ApiOkResponse({ type: PassMarkView })
  @Roles('admin', 'exam_officer')
  passMark(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: PassMarkDto): Promise<PassMarkView> {
    return this.services.call('examination', `/positions/${id}/pass-mark`, { authorization: auth, method: 'POST', body });
  }

  @Post('exams/:id/document-screening')
  @HttpCode(200)
  @ApiOkResponse({ type: DocumentScreeningView })
  @Roles('admin', 'exam_officer')
  screening(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: DocumentScreeningDto,
  ): Promise<DocumentScreeningView> {
    return this.services.call('examination', `/exams/${id}/document-screening`, { authorization: auth, method: 'POST', body });
  }

  @Get('interviewers')
  @ApiOkResponse({ type: [InterviewerView] })
  interviewers(@Headers('authorization') auth: string): Promise<InterviewerView[]> {
    return this.services.call('examination', '/interviewers', { authorization: auth });
  }

  @Post('interviewers')
  @ApiCreatedResponse({ type: InterviewerView })
  @Roles('admin', 'exam_officer')
  addInterviewer(@Headers('authorization') auth: string, @Body() body: CreateInterviewerDto): Promise<InterviewerView> {
    return this.services.call('examination', '/interviewers', { authorization: auth, method: 'POST', body });
  }

  @Patch('interviewers/:id')
  @ApiOkResponse({ type: InterviewerView })
  @Roles('admin', 'exam_officer')
  updateInterviewer(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: UpdateInterviewerDto,
  ): Promise<InterviewerView> {
    return this.services.call('examination', `/interviewers/${id}`, { authorization: auth, method: 'PATCH', body });
  }

  /** 제척·회피 신고 (interviewerId, applicationId, reason) and the list of them. */
  @Post('exams/:id/interviewer-conflicts')
  @ApiCreatedResponse({ type: DeclaredInterviewerConflictView })
  @Roles('admin', 'exam_officer')
  declareConflict(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: DeclareInterviewerConflictDto,
  ): Promise<DeclaredInterviewerConflictView> {
    return this.services.call('examination', `/exams/${id}/interviewer-conflicts`, { authorization: auth, method: 'POST', body });
  }

  @Get('exams/:id/interviewer-conflicts')
  @ApiOkResponse({ type: [InterviewerConflictView] })
  conflicts(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<InterviewerConflictView[]> {
    return this.services.call('examination', `/exams/${id}/interviewer-conflicts`, { authorization: auth });
  }

  @Post('exams/:id/interview-schedule')
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewScheduleView })
  @Roles('admin', 'exam_officer')
  scheduleInterviews(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: ScheduleInterviewsDto,
  ): Promise<InterviewScheduleView> {
    return this.services.call('examination', `/exams/${id}/interview-schedule`, { authorization: auth, method: 'POST', body });
  }

  @Get('exams/:id/interviews')
  @ApiOkResponse({ type: InterviewBoardView })
  interviews(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<InterviewBoardView> {
    return this.services.call('examination', `/exams/${id}/interviews`, { authorization: auth });
  }

  @Post('interview-sessions/:id/marks')
  @HttpCode(200)
  @ApiOkResponse({ type: RecordedMarksView })
  @Roles('admin', 'exam_officer')
  marks(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: InterviewMarksDto,
  ): Promise<RecordedMarksView> {
    return this.services.call('examination', `/interview-sessions/${id}/marks`, { authorization: auth, method: 'POST', body });
  }

  @Post('exams/:id/final-results')
  @HttpCode(200)
  @ApiOkResponse({ type: [PositionOutcomeView] })
  finalResults(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<PositionOutcomeView[]> {
    return this.services.call('examination', `/exams/${id}/final-results`, { authorization: auth, method: 'POST' });
  }

  @Get('exams/:id/pass-list')
  @ApiOkResponse({ type: [PassListPositionView] })
  passList(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<PassListPositionView[]> {
    return this.services.call('examination', `/exams/${id}/pass-list`, { authorization: auth });
  }

  /** 최종 합격자 명단 (?format=xlsx|csv). */
  @Get('exams/:id/pass-list/export')
  @ApiProduces(...Object.keys(SPREADSHEET_FILE))
  @ApiOkResponse({ description: '최종 합격자 명단 (.xlsx or CSV)', content: SPREADSHEET_FILE })
  @Roles('admin', 'exam_officer')
  exportPassList(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Query() query: ExamExportQuery,
    @Res() res: Response,
  ) {
    return this.services.download(
      'examination',
      `/exams/${id}/pass-list/export`,
      { authorization: auth, query: textQuery(query), timeoutMs: FILE_TIMEOUT_MS },
      res,
    );
  }

  @Get('exams/:id/publications')
  @ApiOkResponse({ type: [ResultPublicationView] })
  publications(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ResultPublicationView[]> {
    return this.services.call('examination', `/exams/${id}/publications`, { authorization: auth });
  }

  @Post('exams/:id/publications')
  @ApiCreatedResponse({ type: ResultPublicationView })
  @Roles('admin', 'exam_officer')
  publish(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: PublicationDto,
  ): Promise<ResultPublicationView> {
    return this.services.call('examination', `/exams/${id}/publications`, { authorization: auth, method: 'POST', body });
  }

  @Post('exams/:id/sittings')
  @ApiCreatedResponse({ type: ExamSittingView })
  @Roles('admin', 'exam_officer')
  sitting(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: SittingDto): Promise<ExamSittingView> {
    return this.services.call('examination', `/exams/${id}/sittings`, { authorization: auth, method: 'POST', body });
  }
}
