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
  PassListEntryView,
  PassListPositionView,
  PositionOutcomeView,
  RecordedMarksView,
  ScheduleInterviewsDto,
  UpdateInterviewerDto,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, conflict, CurrentUser, fieldError, invalidInput, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../exams/exam-queries';
import { assertUnpublished } from '../results/publication-lock';
import { SPREADSHEET_FILE } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { INTERVIEW_STEPS } from './interview-rules';
import { InterviewRating } from './interview-rating.entity';
import { InterviewSession } from './interview-session.entity';
import { Interviewer } from './interviewer.entity';
import { InterviewerConflict } from './interviewer-conflict.entity';
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
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scheduleInterviews: ScheduleInterviewsUseCase,
    private readonly decideFinalResults: DecideFinalResultsUseCase,
  ) {}

  @Get('interviewers')
  @ApiOkResponse({ type: [InterviewerView] })
  interviewers(@CurrentUser() user: AuthUser): Promise<InterviewerView[]> {
    return this.dataSource.getRepository(Interviewer).find({ where: { tenantId: user.tenantId }, order: { nameKo: 'ASC' } });
  }

  @Post('interviewers')
  @ApiCreatedResponse({ type: InterviewerView })
  async addInterviewer(@CurrentUser() user: AuthUser, @Body() body: CreateInterviewerDto): Promise<InterviewerView> {
    const interviewer: Interviewer = {
      id: randomUUID(),
      tenantId: user.tenantId,
      nameKo: body.nameKo,
      affiliation: body.affiliation,
      expertise: body.expertise,
      external: body.external ?? true,
      active: true,
    };
    await this.dataSource.getRepository(Interviewer).insert(interviewer);
    return interviewer;
  }

  @Patch('interviewers/:id')
  @ApiOkResponse({ type: InterviewerView })
  async updateInterviewer(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInterviewerDto,
  ): Promise<InterviewerView> {
    const repository = this.dataSource.getRepository(Interviewer);
    const interviewer = await repository.findOne({ where: { id, tenantId: user.tenantId } });
    if (!interviewer) throw notFound('INTERVIEWER.NOT_FOUND', { message: '면접위원을 찾을 수 없습니다 / Interviewer not found' });
    await repository.update({ id }, { active: body.active });
    return { ...interviewer, active: body.active };
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

  /**
   * 제척·회피 신고: an interviewer who must not interview a candidate, declared before the marking
   * starts. Scheduling (under the same exam lock) keeps them off that candidate's panel; when the
   * current schedule has them there, the answer says to schedule again.
   */
  @Post('exams/:id/interviewer-conflicts')
  @ApiCreatedResponse({ type: DeclaredInterviewerConflictView })
  async declareConflict(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DeclareInterviewerConflictDto,
  ): Promise<DeclaredInterviewerConflictView> {
    return this.dataSource.transaction(async (tx) => {
      await this.exams.exam(user.tenantId, id, tx, true);
      const interviewer = await tx.findOne(Interviewer, { where: { id: body.interviewerId, tenantId: user.tenantId } });
      if (!interviewer)
        throw notFound('INTERVIEWER.NOT_FOUND', { field: 'interviewerId', message: '면접위원을 찾을 수 없습니다 / Interviewer not found' });
      const [application]: { sessionId: string | null }[] = await tx.query(
        `SELECT interview_session_id AS "sessionId" FROM examination.application WHERE id = $1 AND exam_id = $2 AND tenant_id = $3`,
        [body.applicationId, id, user.tenantId],
      );
      if (!application)
        throw notFound('EXAM_APPLICATION.NOT_FOUND', {
          field: 'applicationId',
          message: '원서를 찾을 수 없습니다 / Application not found',
        });
      const [{ marked }] = await tx.query(
        `SELECT count(*)::int AS marked FROM examination.interview_rating r JOIN examination.application a ON a.id = r.application_id WHERE a.exam_id = $1`,
        [id],
      );
      if (marked > 0)
        throw conflict('INTERVIEW.CONFLICTS_CLOSED', {
          message: '면접 평정이 시작된 뒤에는 제척·회피를 신고할 수 없습니다 / conflicts are declared before the marking starts',
        });
      const declared: InterviewerConflict = {
        interviewerId: body.interviewerId,
        applicationId: body.applicationId,
        tenantId: user.tenantId,
        examId: id,
        reason: body.reason.trim(),
        declaredAt: new Date(),
      };
      const inserted = await tx.query(
        `INSERT INTO examination.interviewer_conflict (interviewer_id, application_id, tenant_id, exam_id, reason, declared_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING interviewer_id`,
        [declared.interviewerId, declared.applicationId, declared.tenantId, declared.examId, declared.reason, declared.declaredAt],
      );
      if (inserted.length === 0)
        throw conflict('INTERVIEW.CONFLICT_DECLARED', { message: '이미 신고된 제척·회피입니다 / this conflict is already declared' });
      const session = application.sessionId ? await tx.findOne(InterviewSession, { where: { id: application.sessionId } }) : null;
      return {
        ...declared,
        declaredAt: declared.declaredAt.toISOString(),
        interviewerNameKo: interviewer.nameKo,
        reschedule: session?.panel.includes(body.interviewerId) ?? false,
      };
    });
  }

  @Get('exams/:id/interviewer-conflicts')
  @ApiOkResponse({ type: [InterviewerConflictView] })
  async conflicts(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InterviewerConflictView[]> {
    await this.exams.exam(user.tenantId, id);
    const rows: (Omit<InterviewerConflictView, 'declaredAt'> & { declaredAt: Date })[] = await this.dataSource.query(
      `SELECT c.interviewer_id AS "interviewerId", i.name_ko AS "interviewerNameKo", c.application_id AS "applicationId", a.exam_number AS "examNumber", a.name_ko AS "candidateNameKo", c.reason, c.declared_at AS "declaredAt"
         FROM examination.interviewer_conflict c JOIN examination.interviewer i ON i.id = c.interviewer_id JOIN examination.application a ON a.id = c.application_id
        WHERE c.exam_id = $1 AND c.tenant_id = $2 ORDER BY c.declared_at`,
      [id, user.tenantId],
    );
    return rows.map((r) => ({ ...r, declaredAt: r.declaredAt.toISOString() }));
  }

  /** Sessions with their panel, candidates and how far their marking has got. */
  @Get('exams/:id/interviews')
  @ApiOkResponse({ type: InterviewBoardView })
  async interviews(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InterviewBoardView> {
    const exam = await this.exams.exam(user.tenantId, id);
    const sessions = await this.dataSource
      .getRepository(InterviewSession)
      .find({ where: { examId: id, tenantId: user.tenantId }, order: { seq: 'ASC' } });
    const interviewers = new Map(
      (await this.dataSource.getRepository(Interviewer).find({ where: { tenantId: user.tenantId } })).map((i) => [i.id, i.nameKo]),
    );
    const candidates: { id: string; sessionId: string; examNumber: string; nameKo: string; marks: number }[] = await this.dataSource.query(
      `SELECT a.id, a.interview_session_id AS "sessionId", a.exam_number AS "examNumber", a.name_ko AS "nameKo", count(r.step)::int AS marks
         FROM examination.application a LEFT JOIN examination.interview_rating r ON r.application_id = a.id
        WHERE a.exam_id = $1 AND a.interview_session_id IS NOT NULL GROUP BY a.id ORDER BY a.exam_number`,
      [id],
    );
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
  async mark(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: InterviewMarksDto,
  ): Promise<RecordedMarksView> {
    return this.dataSource.transaction(async (tx) => {
      const session = await tx.findOne(InterviewSession, { where: { id, tenantId: user.tenantId } });
      if (!session)
        throw notFound('INTERVIEW.SESSION_NOT_FOUND', { message: '면접 세션을 찾을 수 없습니다 / Interview session not found' });
      const exam = await this.exams.exam(user.tenantId, session.examId, tx);
      await assertUnpublished(tx, session.examId, 'final');
      const members: { id: string }[] = await tx.query(`SELECT id FROM examination.application WHERE interview_session_id = $1`, [id]);
      const inSession = new Set(members.map((m) => m.id));
      const steps = INTERVIEW_STEPS[exam.kind];
      const problems = body.marks.flatMap((m, i) => [
        ...(inSession.has(m.applicationId)
          ? []
          : [
              fieldError(
                `marks.${i}.applicationId`,
                'INTERVIEW.NOT_IN_SESSION',
                undefined,
                '이 세션의 응시자가 아닙니다 / not a candidate of this session',
              ),
            ]),
        ...(session.panel.includes(m.interviewerId)
          ? []
          : [
              fieldError(
                `marks.${i}.interviewerId`,
                'INTERVIEW.NOT_ON_PANEL',
                undefined,
                '이 세션의 면접위원이 아닙니다 / not on this session’s panel',
              ),
            ]),
        ...(steps.includes(m.step)
          ? []
          : [
              fieldError(
                `marks.${i}.step`,
                'INTERVIEW.UNKNOWN_STEP',
                { steps: [...steps] },
                `평정 단계는 ${steps.join(', ')} 중 하나입니다 / step must be one of ${steps.join(', ')}`,
              ),
            ]),
      ]);
      if (problems.length > 0) throw invalidInput(problems);
      await tx.upsert(
        InterviewRating,
        body.marks.map((m) => ({ ...m, tenantId: user.tenantId })),
        ['applicationId', 'interviewerId', 'step'],
      );
      return { recorded: body.marks.length };
    });
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
    const positions: { id: string; labelKo: string; openings: number }[] = await this.dataSource.query(
      `SELECT id, job_series_ko || ' ' || grade || '급' AS "labelKo", openings FROM examination.position WHERE exam_id = $1 ORDER BY seq`,
      [examId],
    );
    const passed: (PassListEntryView & { positionId: string })[] = await this.dataSource.query(
      `SELECT position_id AS "positionId", exam_number AS "examNumber", name_ko AS "nameKo", written_total AS "writtenTotal", interview_grade AS "interviewGrade"
         FROM examination.application WHERE exam_id = $1 AND final_result = 'pass' ORDER BY exam_number`,
      [examId],
    );
    return positions.map((p) => ({
      positionId: p.id,
      labelKo: p.labelKo,
      openings: p.openings,
      passed: passed.filter((c) => c.positionId === p.id).map(({ positionId: _, ...c }) => c),
    }));
  }
}
