import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExamClient, plainQuery } from './exam-client';

type Id = string;
const uuid = () => new ParseUUIDPipe();

/** The exam officer's console: rounds, positions, venues and seats, scores, interviews, pass lists, publication. */
@ApiTags('exam: officers')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamOfficerController {
  constructor(private readonly exam: ExamClient) {}

  @Post('exams')
  createExam(@Headers('authorization') auth: string, @Body() body: unknown) {
    return this.exam.call(auth, '/exams', { method: 'POST', body });
  }

  @Patch('exams/:id')
  updateExam(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}`, { method: 'PATCH', body });
  }

  @Post('exams/:id/positions')
  addPosition(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/positions`, { method: 'POST', body });
  }

  @Get('exams/:id/applications')
  applications(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Query() query: Record<string, unknown>) {
    return this.exam.call(auth, `/exams/${id}/applications`, { query: plainQuery(query) });
  }

  /** 응시자 명단 (?format=xlsx|csv). */
  @Get('exams/:id/applications/export')
  exportApplications(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.exam.download(auth, `/exams/${id}/applications/export`, res, plainQuery(query));
  }

  /** 응시자격 미달 처리 (reason, refundInFull). */
  @Post('applications/:id/ineligible')
  @HttpCode(200)
  ineligible(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/applications/${id}/ineligible`, { method: 'POST', body });
  }

  @Patch('applications/:id/accommodations')
  decideAccommodations(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/applications/${id}/accommodations`, { method: 'PATCH', body });
  }

  @Get('exams/:id/venues')
  venues(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/venues`);
  }

  @Post('exams/:id/venues')
  addVenue(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/venues`, { method: 'POST', body });
  }

  @Post('venues/:id/rooms')
  addRoom(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/venues/${id}/rooms`, { method: 'POST', body });
  }

  @Patch('rooms/:id')
  updateRoom(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/rooms/${id}`, { method: 'PATCH', body });
  }

  @Post('exams/:id/exam-numbers')
  examNumbers(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/exam-numbers`, { method: 'POST' });
  }

  @Post('exams/:id/seat-assignment')
  seats(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/seat-assignment`, { method: 'POST', timeoutMs: 60_000 });
  }

  /** The scanner's file, raw (application/octet-stream), its name in X-File-Name. */
  @Post('exams/:id/written-scores')
  @HttpCode(200)
  writtenScores(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() content: unknown, @Headers('x-file-name') fileName?: string) {
    return this.exam.upload(auth, `/exams/${id}/written-scores`, content, fileName);
  }

  @Post('positions/:id/pass-mark')
  @HttpCode(200)
  passMark(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/positions/${id}/pass-mark`, { method: 'POST', body });
  }

  @Post('exams/:id/document-screening')
  @HttpCode(200)
  screening(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/document-screening`, { method: 'POST', body });
  }

  @Get('interviewers')
  interviewers(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/interviewers');
  }

  @Post('interviewers')
  addInterviewer(@Headers('authorization') auth: string, @Body() body: unknown) {
    return this.exam.call(auth, '/interviewers', { method: 'POST', body });
  }

  @Patch('interviewers/:id')
  updateInterviewer(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/interviewers/${id}`, { method: 'PATCH', body });
  }

  /** 제척·회피 신고 (interviewerId, applicationId, reason) and the list of them. */
  @Post('exams/:id/interviewer-conflicts')
  declareConflict(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/interviewer-conflicts`, { method: 'POST', body });
  }

  @Get('exams/:id/interviewer-conflicts')
  conflicts(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/interviewer-conflicts`);
  }

  @Post('exams/:id/interview-schedule')
  @HttpCode(200)
  scheduleInterviews(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/interview-schedule`, { method: 'POST', body });
  }

  @Get('exams/:id/interviews')
  interviews(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/interviews`);
  }

  @Post('interview-sessions/:id/marks')
  @HttpCode(200)
  marks(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/interview-sessions/${id}/marks`, { method: 'POST', body });
  }

  @Post('exams/:id/final-results')
  @HttpCode(200)
  finalResults(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/final-results`, { method: 'POST' });
  }

  @Get('exams/:id/pass-list')
  passList(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/pass-list`);
  }

  /** 최종 합격자 명단 (?format=xlsx|csv). */
  @Get('exams/:id/pass-list/export')
  exportPassList(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.exam.download(auth, `/exams/${id}/pass-list/export`, res, plainQuery(query));
  }

  @Get('exams/:id/publications')
  publications(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/exams/${id}/publications`);
  }

  @Post('exams/:id/publications')
  publish(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/publications`, { method: 'POST', body });
  }

  @Post('exams/:id/sittings')
  sitting(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/exams/${id}/sittings`, { method: 'POST', body });
  }
}
