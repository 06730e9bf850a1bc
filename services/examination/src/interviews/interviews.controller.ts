import {
  CreateInterviewerDto,
  DeclaredInterviewerConflictView,
  DeclareInterviewerConflictDto,
  ExamExportQuery,
  InterviewBoardView,
  InterviewerConflictView,
  InterviewerView,
  InterviewMarksDto,
  InterviewScheduleView,
  PassListPositionView,
  PositionOutcomeView,
  RecordedMarksView,
  ScheduleInterviewsDto,
  UpdateInterviewerDto,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExamQueries } from '../exams/exam-queries';
import { SPREADSHEET_FILE } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { INTERVIEW_STEPS } from './interview-rules';
import { InterviewQueries } from './interview-queries';
import { AddInterviewerUseCase } from './usecases/add-interviewer/add-interviewer.usecase';
import { DeclareInterviewerConflictUseCase } from './usecases/declare-interviewer-conflict/declare-interviewer-conflict.usecase';
import { RecordInterviewMarksUseCase } from './usecases/record-interview-marks/record-interview-marks.usecase';
import { UpdateInterviewerUseCase } from './usecases/update-interviewer/update-interviewer.usecase';
import { DecideFinalResultsUseCase } from './usecases/decide-final-results/decide-final-results.usecase';
import { ScheduleInterviewsUseCase } from './usecases/schedule-interviews/schedule-interviews.usecase';

const GRADE_KO: Record<string, string> = { excellent: '우수', average: '보통', poor: '미흡' };
const score = (hundredths: number | null) => (hundredths === null ? null : (hundredths / 100).toFixed(2));

@ApiTags('interviews')
@ApiBearerAuth()
@Controller()
@Roles(...OFFICER_ROLES)
export class InterviewsController {
  constructor(
    private readonly exams: ExamQueries,
    private readonly interviewQueries: InterviewQueries,
    private readonly scheduleInterviews: ScheduleInterviewsUseCase,
    private readonly decideFinalResults: DecideFinalResultsUseCase,
    private readonly addInterviewerUseCase: AddInterviewerUseCase,
    private readonly updateInterviewerUseCase: UpdateInterviewerUseCase,
    private readonly declareInterviewerConflict: DeclareInterviewerConflictUseCase,
    private readonly recordInterviewMarks: RecordInterviewMarksUseCase,
  ) {}

  @Get('interviewers')
  @ApiOkResponse({ type: [InterviewerView] })
  interviewers(@CurrentUser() user: AuthUser): Promise<InterviewerView[]> {
    return this.interviewQueries.interviewers(user.tenantId);
  }

  @Post('interviewers')
  @ApiCreatedResponse({ type: InterviewerView })
  addInterviewer(@CurrentUser() user: AuthUser, @Body() body: CreateInterviewerDto): Promise<InterviewerView> {
    return this.addInterviewerUseCase.execute(user, body);
  }

  @Patch('interviewers/:id')
  @ApiOkResponse({ type: InterviewerView })
  updateInterviewer(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInterviewerDto,
  ): Promise<InterviewerView> {
    return this.updateInterviewerUseCase.execute(user, { ...body, interviewerId: id });
  }

  @Post('exams/:id/interview-schedule')
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewScheduleView })
  schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ScheduleInterviewsDto,
  ): Promise<InterviewScheduleView> {
    return this.scheduleInterviews.execute(user, id, body);
  }

  /** 제척·회피 신고: declared before the marking starts; the answer says when the schedule must be made again. */
  @Post('exams/:id/interviewer-conflicts')
  @ApiCreatedResponse({ type: DeclaredInterviewerConflictView })
  declareConflict(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DeclareInterviewerConflictDto,
  ): Promise<DeclaredInterviewerConflictView> {
    return this.declareInterviewerConflict.execute(user, { ...body, examId: id });
  }

  @Get('exams/:id/interviewer-conflicts')
  @ApiOkResponse({ type: [InterviewerConflictView] })
  async conflicts(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InterviewerConflictView[]> {
    await this.exams.exam(user.tenantId, id);
    return this.interviewQueries.conflicts(user.tenantId, id);
  }

  /** Sessions with their panel, candidates and how far their marking has got. */
  @Get('exams/:id/interviews')
  @ApiOkResponse({ type: InterviewBoardView })
  async interviews(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InterviewBoardView> {
    const exam = await this.exams.exam(user.tenantId, id);
    const sessions = await this.interviewQueries.sessions(user.tenantId, id);
    const interviewers = new Map((await this.interviewQueries.interviewers(user.tenantId)).map((i) => [i.id, i.nameKo]));
    const candidates = await this.interviewQueries.boardCandidates(id);
    return {
      steps: [...INTERVIEW_STEPS[exam.kind]],
      sessions: sessions.map((s) => ({
        ...s,
        panel: s.panel.map((p) => ({ id: p, nameKo: interviewers.get(p) ?? '' })),
        candidates: candidates
          .filter((c) => c.sessionId === s.id)
          .map(({ sessionId: _, ...c }) => ({ ...c, complete: c.marks === s.panel.length * INTERVIEW_STEPS[exam.kind].length })),
      })),
    };
  }

  /** 평정표 입력: the panel's marks of one session, as its members wrote them. */
  @Post('interview-sessions/:id/marks')
  @HttpCode(200)
  @ApiOkResponse({ type: RecordedMarksView })
  mark(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: InterviewMarksDto,
  ): Promise<RecordedMarksView> {
    return this.recordInterviewMarks.execute(user, { ...body, sessionId: id });
  }

  @Post('exams/:id/final-results')
  @HttpCode(200)
  @ApiOkResponse({ type: [PositionOutcomeView] })
  finalResults(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PositionOutcomeView[]> {
    return this.decideFinalResults.execute(user, id);
  }

  @Get('exams/:id/pass-list')
  @ApiOkResponse({ type: [PassListPositionView] })
  passList(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PassListPositionView[]> {
    return this.loadPassList(user, id);
  }

  /** 최종 합격자 명단 as .xlsx or CSV (UTF-8 with BOM). */
  @Get('exams/:id/pass-list/export')
  @ApiProduces(...Object.keys(SPREADSHEET_FILE))
  @ApiOkResponse({ description: '최종 합격자 명단 (.xlsx or CSV)', content: SPREADSHEET_FILE })
  async exportPassList(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExamExportQuery,
    @Res() res: Response,
  ) {
    const exam = await this.exams.exam(user.tenantId, id);
    const positions = await this.loadPassList(user, id);
    const rows = [
      ['모집단위', '선발예정인원', '응시번호', '성명', '필기성적', '면접평정'],
      ...positions.flatMap((p) =>
        p.passed.map((c) => [
          p.labelKo,
          p.openings,
          c.examNumber,
          c.nameKo,
          score(c.writtenTotal),
          c.interviewGrade ? GRADE_KO[c.interviewGrade] : null,
        ]),
      ),
    ];
    const name = `최종합격자_${exam.year}_${exam.roundNo}회`;
    if (query.format === 'csv') return sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    return sendFile(res, await toXlsx([{ name: '최종 합격자', rows, widths: [18, 12, 12, 10, 10, 10] }]), `${name}.xlsx`, 'xlsx');
  }

  private async loadPassList(user: AuthUser, examId: string): Promise<PassListPositionView[]> {
    await this.exams.exam(user.tenantId, examId);
    const positions = await this.interviewQueries.passListPositions(examId);
    const passed = await this.interviewQueries.passed(examId);
    return positions.map((p) => ({
      positionId: p.id,
      labelKo: p.labelKo,
      openings: p.openings,
      passed: passed.filter((c) => c.positionId === p.id).map(({ positionId: _, ...c }) => c),
    }));
  }
}
