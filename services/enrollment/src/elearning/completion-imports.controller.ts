import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { notFound } from '../errors';
import { ExportQuery } from '../reports/export-query';
import { CompletionImport, CompletionImportError } from './completion-record.entities';
import { ImportCompletionsUseCase } from './usecases/import-completions/import-completions.usecase';

class CreateImportDto {
  @ApiProperty({ example: 'lms-completions-2021.csv' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fileName: string;

  @ApiProperty({ description: 'Size of the file in bytes, for the progress bar' })
  @IsInt({ message: '파일 크기(바이트)는 정수입니다 / totalBytes must be a whole number' })
  @Min(1)
  @Max(10 * 1024 ** 3)
  totalBytes: number;
}

const view = (j: CompletionImport) => ({
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
    private readonly importCompletions: ImportCompletionsUseCase,
  ) {}

  @Post()
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateImportDto) {
    const job = this.dataSource.getRepository(CompletionImport).create({ id: randomUUID(), tenantId: user.tenantId, fileName: body.fileName, totalBytes: String(body.totalBytes), startedBy: user.userId });
    return view(await this.dataSource.getRepository(CompletionImport).save(job));
  }

  @Get()
  async list(@CurrentUser() user: AuthUser) {
    return (await this.dataSource.getRepository(CompletionImport).find({ where: { tenantId: user.tenantId }, order: { createdAt: 'DESC' }, take: 50 })).map(view);
  }

  @Get(':id')
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    const job = await this.dataSource.getRepository(CompletionImport).findOne({ where: { id, tenantId: user.tenantId } });
    if (!job) throw notFound('import');
    return view(job);
  }

  /** The CSV itself as the body (Content-Type: text/csv), streamed; answers when the last batch is in. */
  @Put(':id/content')
  @ApiConsumes('text/csv')
  async content(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request) {
    if (!/^text\/(csv|plain)/.test(req.headers['content-type'] ?? '')) throw invalidInput([{ field: 'content-type', messages: ['CSV 파일을 text/csv로 보내 주세요 / send the CSV file as text/csv'] }]);
    return view(await this.importCompletions.run(user, id, req));
  }

  /** The refused rows with their line and reason, to fix and upload again. */
  @Get(':id/errors')
  async errors(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ExportQuery, @Res() res: Response) {
    const job = await this.dataSource.getRepository(CompletionImport).findOne({ where: { id, tenantId: user.tenantId } });
    if (!job) throw notFound('import');
    const errors = await this.dataSource.getRepository(CompletionImportError).find({ where: { importId: id }, order: { line: 'ASC' } });
    const rows = [['행 (line)', '사유 (reason)', '원본 (row as read)'], ...errors.map((e) => [e.line, e.reason, e.raw])];
    const name = `수료기록_오류_${job.fileName.replace(/\.[^.]+$/, '')}`;
    if (query.format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    else sendFile(res, await toXlsx([{ name: '오류', rows, widths: [8, 80, 60] }]), `${name}.xlsx`, 'xlsx');
  }
}
