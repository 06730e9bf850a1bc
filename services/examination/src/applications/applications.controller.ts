import {
  AccommodationDecisionDto,
  EditApplicationDto,
  ExamApplicationListQuery,
  ExamApplicationView,
  ExamExportQuery,
  IdentityVerificationDto,
  IdentityVerificationView,
  IneligibleDto,
  RefundQuoteView,
  SubmitApplicationDto,
  SupportingDocumentView,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, badRequest, CurrentUser, notFound, OwnIdempotency, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExamQueries } from '../exams/exam-queries';
import { DOCUMENT_FILE, PDF_FILE, RAW_FILE_BODY, SPREADSHEET_FILE } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { ApplicationQueries } from './application-queries';
import { receiptPdf } from './receipt';
import { firstSittingOn, refundFor } from './refund-rules';
import { CancelApplicationUseCase } from './usecases/cancel-application/cancel-application.usecase';
import { DecideAccommodationsUseCase } from './usecases/decide-accommodations/decide-accommodations.usecase';
import { CancelAsIneligibleUseCase } from './usecases/cancel-as-ineligible/cancel-as-ineligible.usecase';
import { EditApplicationUseCase } from './usecases/edit-application/edit-application.usecase';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase';
import { UploadDocumentUseCase } from './usecases/upload-document/upload-document.usecase';
import { VerifyIdentityUseCase } from './usecases/verify-identity/verify-identity.usecase';

const STATUS_KO: Record<string, string> = { pending_payment: '결제 대기', paid: '접수 완료', cancelled: '취소' };

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
    private readonly submitApplication: SubmitApplicationUseCase,
    private readonly editApplication: EditApplicationUseCase,
    private readonly cancelApplication: CancelApplicationUseCase,
    private readonly cancelAsIneligible: CancelAsIneligibleUseCase,
    private readonly uploadDocument: UploadDocumentUseCase,
    private readonly decideAccommodationsUseCase: DecideAccommodationsUseCase,
    private readonly verifyIdentity: VerifyIdentityUseCase,
  ) {}

  /** 본인 확인: the identity provider confirms the name and birth date with the mobile number; the reference goes with the application. */
  @Post('identity-verifications')
  @Roles('applicant')
  @ApiCreatedResponse({ type: IdentityVerificationView })
  identity(@CurrentUser() user: AuthUser, @Body() body: IdentityVerificationDto): Promise<IdentityVerificationView> {
    return this.verifyIdentity.execute(user, body);
  }

  @Post('applications')
  @Roles('applicant')
  // Its key (the body's idempotencyKey) is kept with the application itself, in the same transaction.
  @OwnIdempotency()
  @ApiCreatedResponse({ type: ExamApplicationView })
  submit(@CurrentUser() user: AuthUser, @Body() body: SubmitApplicationDto): Promise<ExamApplicationView> {
    return this.submitApplication.execute(user, body);
  }

  @Get('applications/mine')
  @Roles('applicant')
  @ApiOkResponse({ type: [ExamApplicationView] })
  mine(@CurrentUser() user: AuthUser): Promise<ExamApplicationView[]> {
    return this.applications.mine(user);
  }

  @Get('applications/:id')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamApplicationView })
  get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamApplicationView> {
    return this.applications.view(user, id);
  }

  @Patch('applications/:id')
  @Roles('applicant')
  @ApiOkResponse({ type: ExamApplicationView })
  edit(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EditApplicationDto,
  ): Promise<ExamApplicationView> {
    return this.editApplication.execute(user, id, body);
  }

  /** 접수증 (PDF): the applicant's own (or any, for the officer); another applicant's is not found. */
  @Get('applications/:id/receipt.pdf')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '접수증 (PDF)', content: PDF_FILE })
  async receipt(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const view = await this.applications.view(user, id);
    sendFile(res, await receiptPdf(view), `접수증_${view.id.slice(0, 8)}.pdf`, 'pdf');
  }

  /** What cancelling now would refund, before the applicant decides. */
  @Get('applications/:id/refund-quote')
  @Roles('applicant')
  @ApiOkResponse({ type: RefundQuoteView })
  async refundQuote(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<RefundQuoteView> {
    const application = await this.applications.application(user, id);
    const exam = await this.exams.exam(user.tenantId, application.examId);
    const now = new Date();
    const { amount, percent } =
      application.status === 'paid'
        ? refundFor(application.feeAmount, now, { applicationClosesAt: exam.applicationClosesAt, firstSittingOn: firstSittingOn(exam) })
        : { amount: 0n, percent: 0 };
    return {
      cancellable: application.status !== 'cancelled' && now < exam.cancellationClosesAt,
      cancellationClosesAt: exam.cancellationClosesAt.toISOString(),
      refundAmount: amount.toString(),
      refundPercent: percent,
    };
  }

  @Post('applications/:id/cancel')
  @Roles('applicant')
  @ApiCreatedResponse({ type: ExamApplicationView })
  cancel(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamApplicationView> {
    return this.cancelApplication.execute(user, id);
  }

  /** 응시자격 미달 처리: the officer cancels the application with the reason. */
  @Post('applications/:id/ineligible')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamApplicationView })
  ineligible(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: IneligibleDto,
  ): Promise<ExamApplicationView> {
    return this.cancelAsIneligible.execute(user, id, body);
  }

  /** 증빙서류: the raw file as the body (application/octet-stream), its name in X-File-Name. */
  @Post('applications/:id/documents')
  @Roles('applicant')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: 'PDF, PNG or JPG, at most 5 MB' })
  @ApiHeader({ name: 'X-File-Name', required: false, description: "the file's name, URL-encoded" })
  @ApiCreatedResponse({ type: SupportingDocumentView })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<SupportingDocumentView> {
    if (!Buffer.isBuffer(content))
      throw badRequest('EXAM_DOCUMENT.OCTET_STREAM_REQUIRED', {
        message: '파일을 application/octet-stream 으로 보내세요 / send the file as application/octet-stream',
      });
    return this.uploadDocument.execute(user, { applicationId: id, content, fileName });
  }

  @Get('applications/:id/documents')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiOkResponse({ type: [SupportingDocumentView] })
  async documents(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<SupportingDocumentView[]> {
    await this.applications.application(user, id);
    const documents = await this.applications.documents(user.tenantId, id);
    return documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      contentType: d.contentType,
      size: d.size,
      uploadedAt: d.uploadedAt.toISOString(),
    }));
  }

  @Get('applications/:id/documents/:documentId')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiProduces(...Object.keys(DOCUMENT_FILE))
  @ApiOkResponse({ description: 'the document as uploaded', content: DOCUMENT_FILE })
  async document(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Res() res: Response,
  ) {
    await this.applications.application(user, id);
    const document = await this.applications.documentWithContent(user.tenantId, id, documentId);
    if (!document) throw notFound('EXAM_DOCUMENT.NOT_FOUND', { message: '서류을(를) 찾을 수 없습니다 / Document not found' });
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(document.content);
  }

  /** 편의지원 심사: the officer approves or rejects the accommodations an applicant asked for. */
  @Patch('applications/:id/accommodations')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamApplicationView })
  decideAccommodations(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AccommodationDecisionDto,
  ): Promise<ExamApplicationView> {
    return this.decideAccommodationsUseCase.execute(user, { ...body, applicationId: id });
  }

  @Get('exams/:id/applications')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [ExamApplicationView] })
  async ofExam(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExamApplicationListQuery,
  ): Promise<ExamApplicationView[]> {
    await this.exams.exam(user.tenantId, id);
    return this.applications.ofExam(user.tenantId, id, query.positionId);
  }

  /** 응시자 명단 as .xlsx or CSV (UTF-8 with BOM, so Excel reads the Korean). */
  @Get('exams/:id/applications/export')
  @Roles(...OFFICER_ROLES)
  @ApiProduces(...Object.keys(SPREADSHEET_FILE))
  @ApiOkResponse({ description: '응시자 명단 (.xlsx or CSV)', content: SPREADSHEET_FILE })
  async export(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExamExportQuery,
    @Res() res: Response,
  ) {
    const exam = await this.exams.exam(user.tenantId, id);
    const views = await this.applications.ofExam(user.tenantId, id);
    const rows = [
      ['응시번호', '성명', '생년월일', '모집단위', '상태', '응시수수료(원)', '결제일시', '편의지원', '시험장', '시험실', '좌석'],
      ...views.map((v) => [
        v.examNumber,
        v.nameKo,
        v.birthDate,
        v.positionLabelKo,
        STATUS_KO[v.status] ?? v.status,
        BigInt(v.feeAmount),
        v.paidAt,
        v.accommodations.map((a) => a.kind).join(' '),
        v.seat?.venueNameKo,
        v.seat?.room,
        v.seat?.seatNo,
      ]),
    ];
    const name = `응시자명단_${exam.year}_${exam.roundNo}회`;
    if (query.format === 'csv') return sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    return sendFile(
      res,
      await toXlsx([{ name: '응시자 명단', rows, widths: [12, 10, 12, 16, 10, 14, 24, 20, 24, 10, 6] }]),
      `${name}.xlsx`,
      'xlsx',
    );
  }
}
