import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import {
  ApplicationFormDto,
  CheckoutView,
  EditApplicationDto,
  ExamApplicationView,
  ExamView,
  IdentityVerificationDto,
  IdentityVerificationView,
  RefundQuoteView,
  ResultLookupView,
  SupportingDocumentView,
} from '@baeum/api';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { WaitingRoomGuard } from '../waiting-room/waiting-room.guard';
import { DOCUMENT_FILE, FILE_NAME_HEADER, PDF_FILE, RAW_FILE_BODY } from './exam-openapi';
import { ResultLookup } from './result-lookup';

/** Exam files (score sheets, rosters, pass lists, documents) are large in exam season. */
const FILE_TIMEOUT_MS = 60_000;

/** An applicant's side of an exam: apply, pay, correct, cancel, print the ticket, look up the result. */
@ApiTags('exam: applicants')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamApplicantController {
  constructor(
    private readonly services: ServiceClients,
    private readonly results: ResultLookup,
  ) {}

  @Get('exams')
  @ApiOkResponse({ type: [ExamView] })
  exams(@Headers('authorization') auth: string): Promise<ExamView[]> {
    return this.services.call('examination', '/exams', { authorization: auth });
  }

  @Get('exams/:id')
  @ApiOkResponse({ type: ExamView })
  examById(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamView> {
    return this.services.call('examination', `/exams/${id}`, { authorization: auth });
  }

  /** 본인 확인: the identity provider confirms name, birth date and mobile number; send the reference with the application. */
  @Post('identity-verifications')
  @Roles('applicant')
  @ApiCreatedResponse({ type: IdentityVerificationView })
  verifyIdentity(@Headers('authorization') auth: string, @Body() body: IdentityVerificationDto): Promise<IdentityVerificationView> {
    return this.services.call('examination', '/identity-verifications', { authorization: auth, method: 'POST', body });
  }

  /**
   * A retried submission with the same Idempotency-Key returns the application it already made. Beyond
   * the rate the examination service sustains, a submission is answered 429 WAITING_ROOM.QUEUED with a
   * place in the waiting room (GET /api/waiting-room/exam-applications), and resent with its pass.
   */
  @Post('applications')
  @UseGuards(WaitingRoomGuard)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'one key per application form; resend it on retry' })
  @ApiHeader({ name: 'X-Waiting-Room-Pass', required: false, description: 'the pass from the waiting room, once let in' })
  @ApiCreatedResponse({ type: ExamApplicationView })
  @Roles('applicant')
  submit(
    @Headers('authorization') auth: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: ApplicationFormDto,
  ): Promise<ExamApplicationView> {
    return this.services.call('examination', '/applications', {
      authorization: auth,
      method: 'POST',
      body: { ...(body ?? {}), idempotencyKey: key ?? body?.idempotencyKey },
    });
  }

  @Get('applications/mine')
  @ApiOkResponse({ type: [ExamApplicationView] })
  mine(@Headers('authorization') auth: string): Promise<ExamApplicationView[]> {
    return this.services.call('examination', '/applications/mine', { authorization: auth });
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ExamApplicationView })
  application(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamApplicationView> {
    return this.services.call('examination', `/applications/${id}`, { authorization: auth });
  }

  @Patch('applications/:id')
  @ApiOkResponse({ type: ExamApplicationView })
  edit(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EditApplicationDto,
  ): Promise<ExamApplicationView> {
    return this.services.call('examination', `/applications/${id}`, { authorization: auth, method: 'PATCH', body });
  }

  @Get('applications/:id/refund-quote')
  @ApiOkResponse({ type: RefundQuoteView })
  refundQuote(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<RefundQuoteView> {
    return this.services.call('examination', `/applications/${id}/refund-quote`, { authorization: auth });
  }

  @Post('applications/:id/cancel')
  @ApiCreatedResponse({ type: ExamApplicationView })
  cancel(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamApplicationView> {
    return this.services.call('examination', `/applications/${id}/cancel`, { authorization: auth, method: 'POST' });
  }

  @Post('applications/:id/payments')
  @ApiCreatedResponse({ type: CheckoutView })
  pay(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<CheckoutView> {
    return this.services.call('examination', `/applications/${id}/payments`, { authorization: auth, method: 'POST' });
  }

  /** 증빙서류: the raw file (application/octet-stream), its name in X-File-Name. */
  @Post('applications/:id/documents')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: 'PDF, PNG or JPG, at most 5 MB' })
  @ApiHeader(FILE_NAME_HEADER)
  @ApiCreatedResponse({ type: SupportingDocumentView })
  upload(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<SupportingDocumentView> {
    return this.services.upload('examination', `/applications/${id}/documents`, {
      authorization: auth,
      content,
      fileName: fileName ?? 'upload',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  @Get('applications/:id/documents')
  @ApiOkResponse({ type: [SupportingDocumentView] })
  documents(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<SupportingDocumentView[]> {
    return this.services.call('examination', `/applications/${id}/documents`, { authorization: auth });
  }

  @Get('applications/:id/documents/:documentId')
  @ApiProduces(...Object.keys(DOCUMENT_FILE))
  @ApiOkResponse({ description: 'the document as uploaded', content: DOCUMENT_FILE })
  document(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Res() res: Response,
  ) {
    return this.services.download(
      'examination',
      `/applications/${id}/documents/${documentId}`,
      { authorization: auth, timeoutMs: FILE_TIMEOUT_MS },
      res,
    );
  }

  /** 접수증 (PDF): the applicant's own application only. */
  @Get('applications/:id/receipt.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '접수증 (PDF)', content: PDF_FILE })
  receipt(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    return this.services.download(
      'examination',
      `/applications/${id}/receipt.pdf`,
      { authorization: auth, timeoutMs: FILE_TIMEOUT_MS },
      res,
    );
  }

  /** 응시표 (PDF). */
  @Get('applications/:id/ticket')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '응시표 (PDF)', content: PDF_FILE })
  ticket(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    return this.services.download('examination', `/applications/${id}/ticket`, { authorization: auth, timeoutMs: FILE_TIMEOUT_MS }, res);
  }

  @Get('applications/:id/interview-ticket')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '면접시험 응시표 (PDF)', content: PDF_FILE })
  interviewTicket(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    return this.services.download(
      'examination',
      `/applications/${id}/interview-ticket`,
      { authorization: auth, timeoutMs: FILE_TIMEOUT_MS },
      res,
    );
  }

  /**
   * 합격자 조회: the caller's own result, once published; from the results the examination service
   * published to Redis, or from the service itself until they are there. At most
   * RESULTS_LOOKUPS_PER_MINUTE a minute per applicant (429 RATE_LIMITED with Retry-After beyond).
   */
  @Get('results/:examId')
  @ApiOkResponse({ type: ResultLookupView })
  result(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') auth: string,
    @Param('examId', new ParseUUIDPipe()) examId: string,
  ): Promise<ResultLookupView> {
    return this.results.lookup(user, auth, examId);
  }
}
