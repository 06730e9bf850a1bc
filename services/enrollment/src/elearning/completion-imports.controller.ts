import {
  ApiCompletionCsvUpload,
  ApiEnrollmentSheetResponse,
  CompletionImportView,
  CreateCompletionImportDto,
  SheetFormatQuery,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, fieldError, invalidInput, notFound, OwnIdempotency, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { CompletionImport } from './completion-record.entities';
import { importOf, importsOf, refusedRowsOf } from './elearning.queries';
import { CreateCompletionImportUseCase } from './usecases/create-completion-import/create-completion-import.usecase';
import { ImportCompletionsUseCase } from './usecases/import-completions/import-completions.usecase';

const importNotFound = () => notFound('COMPLETION_IMPORT.NOT_FOUND', { message: '가져오기 작업을 찾을 수 없습니다 / Import not found' });

const view = (j: CompletionImport): CompletionImportView => ({
  id: j.id,
  fileName: j.fileName,
  status: j.status,
  totalBytes: Number(j.totalBytes),
  bytesRead: Number(j.bytesRead),
  rowsRead: j.rowsRead,
  imported: j.imported,
  duplicates: j.duplicates,
  rejected: j.rejected,
  applicationsCompleted: j.applicationsCompleted,
  failure: j.failure,
  failureCode: j.failureCode,
  failureParams: j.failureParams,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
});

/**
 * LMS completion imports (e-러닝 수료 기록): create one, stream the CSV to its content (as
 * text/csv, read while it arrives), and watch its progress; then download the refused rows.
 */
@ApiTags('completion imports')
@ApiBearerAuth()
@Roles('course_manager', 'admin')
@Controller('completion-imports')
export class CompletionImportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createImport: CreateCompletionImportUseCase,
    private readonly importCompletions: ImportCompletionsUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CompletionImportView })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateCompletionImportDto): Promise<CompletionImportView> {
    return view(await this.createImport.execute({ actor: user, file: body }));
  }

  @Get()
  @ApiOkResponse({ type: [CompletionImportView] })
  async list(@CurrentUser() user: AuthUser): Promise<CompletionImportView[]> {
    return (await importsOf(this.dataSource.manager, user.tenantId)).map(view);
  }

  @Get(':id')
  @ApiOkResponse({ type: CompletionImportView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompletionImportView> {
    const job = await importOf(this.dataSource.manager, user.tenantId, id);
    if (!job) throw importNotFound();
    return view(job);
  }

  /** The CSV itself as the body (Content-Type: text/csv), streamed; answers when the last batch is in. */
  @Put(':id/content')
  // Its body is streamed, not read before the handler, so the kit could not tell two files apart; an
  // import runs once anyway (COMPLETION_IMPORT.ALREADY_RUN).
  @OwnIdempotency()
  @ApiCompletionCsvUpload()
  @ApiOkResponse({ type: CompletionImportView })
  async content(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
  ): Promise<CompletionImportView> {
    if (!/^text\/(csv|plain)/.test(req.headers['content-type'] ?? ''))
      throw invalidInput([
        fieldError(
          'content-type',
          'COMPLETION_IMPORT.CSV_REQUIRED',
          undefined,
          'CSV 파일을 text/csv로 보내 주세요 / send the CSV file as text/csv',
        ),
      ]);
    return view(await this.importCompletions.run(user, id, req));
  }

  /** The refused rows with their line and reason, to fix and upload again; the last column has each problem's code. */
  @Get(':id/errors')
  @ApiEnrollmentSheetResponse('The refused rows: line, reasons, the row as read, and the coded problems (JSON: line, field, code, params)')
  async errors(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: SheetFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    const job = await importOf(this.dataSource.manager, user.tenantId, id);
    if (!job) throw importNotFound();
    const errors = await refusedRowsOf(this.dataSource.manager, id);
    const rows = [
      ['행 (line)', '사유 (reason)', '원본 (row as read)', '코드 (codes)'],
      ...errors.map((e) => [e.line, e.reason, e.raw, JSON.stringify(e.problems)]),
    ];
    const name = `수료기록_오류_${job.fileName.replace(/\.[^.]+$/, '')}`;
    if (query.format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    else sendFile(res, await toXlsx([{ name: '오류', rows, widths: [8, 80, 60, 60] }]), `${name}.xlsx`, 'xlsx');
  }
}
