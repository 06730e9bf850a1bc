import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExamClient } from './exam-client';

/** An applicant's side of an exam: apply, pay, correct, cancel, print the ticket, look up the result. */
@ApiTags('exam: applicants')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamApplicantController {
  constructor(private readonly exam: ExamClient) {}

  @Get('exams')
  exams(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/exams');
  }

  @Get('exams/:id')
  examById(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/exams/${id}`);
  }

  /** A retried submission with the same Idempotency-Key returns the application it already made. */
  @Post('applications')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'one key per application form; resend it on retry' })
  submit(@Headers('authorization') auth: string, @Headers('idempotency-key') key: string | undefined, @Body() body: Record<string, unknown>) {
    return this.exam.call(auth, '/applications', { method: 'POST', body: { ...(body ?? {}), idempotencyKey: key ?? body?.idempotencyKey } });
  }

  @Get('applications/mine')
  mine(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/applications/mine');
  }

  @Get('applications/:id')
  application(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/applications/${id}`);
  }

  @Patch('applications/:id')
  edit(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    return this.exam.call(auth, `/applications/${id}`, { method: 'PATCH', body });
  }

  @Get('applications/:id/refund-quote')
  refundQuote(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/applications/${id}/refund-quote`);
  }

  @Post('applications/:id/cancel')
  cancel(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/applications/${id}/cancel`, { method: 'POST' });
  }

  @Post('applications/:id/payments')
  pay(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/applications/${id}/payments`, { method: 'POST' });
  }

  /** 증빙서류: the raw file (application/octet-stream), its name in X-File-Name. */
  @Post('applications/:id/documents')
  upload(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() content: unknown, @Headers('x-file-name') fileName?: string) {
    return this.exam.upload(auth, `/applications/${id}/documents`, content, fileName);
  }

  @Get('applications/:id/documents')
  documents(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.exam.call(auth, `/applications/${id}/documents`);
  }

  @Get('applications/:id/documents/:documentId')
  document(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Param('documentId', new ParseUUIDPipe()) documentId: string, @Res() res: Response) {
    return this.exam.download(auth, `/applications/${id}/documents/${documentId}`, res);
  }

  /** 응시표 (PDF). */
  @Get('applications/:id/ticket')
  ticket(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    return this.exam.download(auth, `/applications/${id}/ticket`, res);
  }

  @Get('applications/:id/interview-ticket')
  interviewTicket(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    return this.exam.download(auth, `/applications/${id}/interview-ticket`, res);
  }

  /** 합격자 조회: the caller's own result, once published. */
  @Get('results/:examId')
  result(@Headers('authorization') auth: string, @Param('examId', new ParseUUIDPipe()) examId: string) {
    return this.exam.call(auth, `/results/${examId}`);
  }
}
