import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import {
  AnswerKeysView,
  ApplicantPhotoView,
  ApplicationFormDto,
  CheckoutView,
  EditApplicationDto,
  ExamApplicationView,
  MyPhotoView,
  ExamView,
  ObjectionDto,
  ObjectionView,
  IdentityVerificationDto,
  IdentityVerificationView,
  RefundQuoteView,
  ResultLookupView,
  ScoreDisclosureView,
  SupportingDocumentView,
} from '@baeum/api';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { DOCUMENT_FILE, FILE_NAME_HEADER, PDF_FILE, PHOTO_FILE, RAW_FILE_BODY } from './exam-openapi';
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
   * place in the waiting room (GET /api/waiting-room/exam-applications), and resent with its pass: the
   * room's door (waiting-room/waiting-room.door.ts) stands in front of this route, before the pipeline.
   */
  @Post('applications')
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

  /** 사진 등록: the applicant's photo for their tickets, the raw image (application/octet-stream). */
  @Put('me/photo')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: 'JPEG or PNG, exactly 300×400 px (3:4), at most 1 MB' })
  @ApiOkResponse({ type: ApplicantPhotoView })
  uploadPhoto(@Headers('authorization') auth: string, @Body() content: unknown): Promise<ApplicantPhotoView> {
    return this.services.upload('examination', '/me/photo', {
      authorization: auth,
      method: 'PUT',
      content,
      fileName: 'photo',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  /** The caller's current photo (the image). */
  @Get('me/photo')
  @ApiProduces(...Object.keys(PHOTO_FILE))
  @ApiOkResponse({ description: 'the current photo as uploaded', content: PHOTO_FILE })
  photo(@Headers('authorization') auth: string, @Res() res: Response) {
    return this.services.download('examination', '/me/photo', { authorization: auth, timeoutMs: FILE_TIMEOUT_MS }, res);
  }

  /** The caller's current photo's facts; `photo` is null until one is registered. */
  @Get('me/photo/info')
  @ApiOkResponse({ type: MyPhotoView })
  photoInfo(@Headers('authorization') auth: string): Promise<MyPhotoView> {
    return this.services.call('examination', '/me/photo/info', { authorization: auth });
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

  /**
   * 성적 공개: the caller's own written scores by subject, bonus points, total and average, their
   * position's pass mark and their standing, once the written results are published and for a year
   * after (then 410 SCORE_DISCLOSURE.CLOSED); before, 409 SCORE_DISCLOSURE.NOT_PUBLISHED. Served as the
   * result lookup is, from Redis, and counted in the same allowance a minute (429 RATE_LIMITED).
   */
  @Get('results/:examId/scores')
  @ApiOkResponse({ type: ScoreDisclosureView })
  scores(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') auth: string,
    @Param('examId', new ParseUUIDPipe()) examId: string,
  ): Promise<ScoreDisclosureView> {
    return this.results.disclosure(user, auth, examId);
  }

  /** 가답안 (and 최종정답 once out) of an exam the caller applied to. */
  @Get('answer-keys/:examId')
  @ApiOkResponse({ type: AnswerKeysView })
  answerKeys(@Headers('authorization') auth: string, @Param('examId', new ParseUUIDPipe()) examId: string): Promise<AnswerKeysView> {
    return this.services.call('examination', `/answer-keys/${examId}`, { authorization: auth });
  }

  /** The caller's own objections, each with its decision once the final keys are out. */
  @Get('answer-keys/:examId/objections')
  @ApiOkResponse({ type: [ObjectionView] })
  objections(@Headers('authorization') auth: string, @Param('examId', new ParseUUIDPipe()) examId: string): Promise<ObjectionView[]> {
    return this.services.call('examination', `/answer-keys/${examId}/objections`, { authorization: auth });
  }

  /** 이의제기 on one question, within the window. */
  @Post('answer-keys/:examId/objections')
  @ApiCreatedResponse({ type: ObjectionView })
  @Roles('applicant')
  object(
    @Headers('authorization') auth: string,
    @Param('examId', new ParseUUIDPipe()) examId: string,
    @Body() body: ObjectionDto,
  ): Promise<ObjectionView> {
    return this.services.call('examination', `/answer-keys/${examId}/objections`, { authorization: auth, method: 'POST', body });
  }
}
