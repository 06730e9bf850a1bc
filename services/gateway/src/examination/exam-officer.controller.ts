import { Roles } from '@baeum/service-kit';
import {
  AccommodationDecisionDto,
  CreateExamDto,
  CreateExamRoomDto,
  CreateInterviewerDto,
  CreatePositionDto,
  CreateVenueDto,
  DeclaredInterviewerConflictView,
  DeclareInterviewerConflictDto,
  DocumentScreeningDto,
  DocumentScreeningView,
  ExamApplicationListQuery,
  ExamApplicationView,
  ExamExportQuery,
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
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { textQuery } from '../cohorts/passing-on';
import { ExamClient } from './exam-client';
import { FILE_NAME_HEADER, RAW_FILE_BODY, SPREADSHEET_FILE } from './exam-openapi';

const uuid = () => new ParseUUIDPipe();

/** The exam officer's console: rounds, positions, venues and seats, scores, interviews, pass lists, publication. */
@ApiTags('exam: officers')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamOfficerController {
  constructor(private readonly exam: ExamClient) {}

  @Post('exams')
  @ApiCreatedResponse({ type: ExamView })
  @Roles('admin', 'exam_officer')
  createExam(@Headers('authorization') auth: string, @Body() body: CreateExamDto): Promise<ExamView> {
    return this.exam.call(auth, '/exams', { method: 'POST', body });
  }

  @Patch('exams/:id')
  @ApiOkResponse({ type: ExamView })
  updateExam(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: UpdateExamDto): Promise<ExamView> {
    return this.exam.call(auth, `/exams/${id}`, { method: 'PATCH', body });
  }

  @Post('exams/:id/positions')
  @ApiCreatedResponse({ type: ExamView })
  @Roles('admin', 'exam_officer')
  addPosition(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreatePositionDto): Promise<ExamView> {
    return this.exam.call(auth, `/exams/${id}/positions`, { method: 'POST', body });
  }

  /** 전형 단계별 인원: applied, paid, sat, passed. */
  @Get('exams/:id/pipeline')
  @ApiOkResponse({ type: ExamPipelineView })
  pipeline(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ExamPipelineView> {
    return this.exam.call(auth, `/exams/${id}/pipeline`);
  }

  @Get('exams/:id/applications')
  @ApiOkResponse({ type: [ExamApplicationView] })
  applications(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Query() query: ExamApplicationListQuery,
  ): Promise<ExamApplicationView[]> {
    return this.exam.call(auth, `/exams/${id}/applications`, { query: textQuery(query) });
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
    return this.exam.download(auth, `/exams/${id}/applications/export`, res, textQuery(query));
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
    return this.exam.call(auth, `/applications/${id}/ineligible`, { method: 'POST', body });
  }

  @Patch('applications/:id/accommodations')
  @ApiOkResponse({ type: ExamApplicationView })
  @Roles('admin', 'exam_officer')
  decideAccommodations(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: AccommodationDecisionDto,
  ): Promise<ExamApplicationView> {
    return this.exam.call(auth, `/applications/${id}/accommodations`, { method: 'PATCH', body });
  }

  @Get('exams/:id/venues')
  @ApiOkResponse({ type: [VenueView] })
  venues(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<VenueView[]> {
    return this.exam.call(auth, `/exams/${id}/venues`);
  }

  @Post('exams/:id/venues')
  @ApiCreatedResponse({ type: NewVenueView })
  @Roles('admin', 'exam_officer')
  addVenue(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreateVenueDto): Promise<NewVenueView> {
    return this.exam.call(auth, `/exams/${id}/venues`, { method: 'POST', body });
  }

  @Post('venues/:id/rooms')
  @ApiCreatedResponse({ type: ExamRoomView })
  @Roles('admin', 'exam_officer')
  addRoom(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: CreateExamRoomDto): Promise<ExamRoomView> {
    return this.exam.call(auth, `/venues/${id}/rooms`, { method: 'POST', body });
  }

  @Patch('rooms/:id')
  @ApiOkResponse({ type: ExamRoomView })
  updateRoom(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: UpdateExamRoomDto,
  ): Promise<ExamRoomView> {
    return this.exam.call(auth, `/rooms/${id}`, { method: 'PATCH', body });
  }

  @Post('exams/:id/exam-numbers')
  @ApiCreatedResponse({ type: ExamNumbersView })
  examNumbers(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ExamNumbersView> {
    return this.exam.call(auth, `/exams/${id}/exam-numbers`, { method: 'POST' });
  }

  @Post('exams/:id/seat-assignment')
  @ApiCreatedResponse({ type: SeatAssignmentView })
  seats(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<SeatAssignmentView> {
    return this.exam.call(auth, `/exams/${id}/seat-assignment`, { method: 'POST', timeoutMs: 60_000 });
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
    return this.exam.upload(auth, `/exams/${id}/written-scores`, content, fileName);
  }

  @Post('positions/:id/pass-mark')
  @HttpCode(200)
  @ApiOkResponse({ type: PassMarkView })
  @Roles('admin', 'exam_officer')
  passMark(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: PassMarkDto): Promise<PassMarkView> {
    return this.exam.call(auth, `/positions/${id}/pass-mark`, { method: 'POST', body });
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
    return this.exam.call(auth, `/exams/${id}/document-screening`, { method: 'POST', body });
  }

  @Get('interviewers')
  @ApiOkResponse({ type: [InterviewerView] })
  interviewers(@Headers('authorization') auth: string): Promise<InterviewerView[]> {
    return this.exam.call(auth, '/interviewers');
  }

  @Post('interviewers')
  @ApiCreatedResponse({ type: InterviewerView })
  @Roles('admin', 'exam_officer')
  addInterviewer(@Headers('authorization') auth: string, @Body() body: CreateInterviewerDto): Promise<InterviewerView> {
    return this.exam.call(auth, '/interviewers', { method: 'POST', body });
  }

  @Patch('interviewers/:id')
  @ApiOkResponse({ type: InterviewerView })
  @Roles('admin', 'exam_officer')
  updateInterviewer(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: UpdateInterviewerDto,
  ): Promise<InterviewerView> {
    return this.exam.call(auth, `/interviewers/${id}`, { method: 'PATCH', body });
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
    return this.exam.call(auth, `/exams/${id}/interviewer-conflicts`, { method: 'POST', body });
  }

  @Get('exams/:id/interviewer-conflicts')
  @ApiOkResponse({ type: [InterviewerConflictView] })
  conflicts(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<InterviewerConflictView[]> {
    return this.exam.call(auth, `/exams/${id}/interviewer-conflicts`);
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
    return this.exam.call(auth, `/exams/${id}/interview-schedule`, { method: 'POST', body });
  }

  @Get('exams/:id/interviews')
  @ApiOkResponse({ type: InterviewBoardView })
  interviews(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<InterviewBoardView> {
    return this.exam.call(auth, `/exams/${id}/interviews`);
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
    return this.exam.call(auth, `/interview-sessions/${id}/marks`, { method: 'POST', body });
  }

  @Post('exams/:id/final-results')
  @HttpCode(200)
  @ApiOkResponse({ type: [PositionOutcomeView] })
  finalResults(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<PositionOutcomeView[]> {
    return this.exam.call(auth, `/exams/${id}/final-results`, { method: 'POST' });
  }

  @Get('exams/:id/pass-list')
  @ApiOkResponse({ type: [PassListPositionView] })
  passList(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<PassListPositionView[]> {
    return this.exam.call(auth, `/exams/${id}/pass-list`);
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
    return this.exam.download(auth, `/exams/${id}/pass-list/export`, res, textQuery(query));
  }

  @Get('exams/:id/publications')
  @ApiOkResponse({ type: [ResultPublicationView] })
  publications(@Headers('authorization') auth: string, @Param('id', uuid()) id: string): Promise<ResultPublicationView[]> {
    return this.exam.call(auth, `/exams/${id}/publications`);
  }

  @Post('exams/:id/publications')
  @ApiCreatedResponse({ type: ResultPublicationView })
  @Roles('admin', 'exam_officer')
  publish(
    @Headers('authorization') auth: string,
    @Param('id', uuid()) id: string,
    @Body() body: PublicationDto,
  ): Promise<ResultPublicationView> {
    return this.exam.call(auth, `/exams/${id}/publications`, { method: 'POST', body });
  }

  @Post('exams/:id/sittings')
  @ApiCreatedResponse({ type: ExamSittingView })
  @Roles('admin', 'exam_officer')
  sitting(@Headers('authorization') auth: string, @Param('id', uuid()) id: string, @Body() body: SittingDto): Promise<ExamSittingView> {
    return this.exam.call(auth, `/exams/${id}/sittings`, { method: 'POST', body });
  }
}
