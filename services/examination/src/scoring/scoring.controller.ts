import { DocumentScreeningDto, DocumentScreeningView, PassMarkDto, PassMarkView, ScoreImportView } from '@baeum/api';
import { AuthUser, badRequest, conflict, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { documentName } from '../applications/documents/supporting-documents';
import { ExamQueries } from '../exams/exam-queries';
import { assertUnpublished } from '../results/publication-lock';
import { RAW_FILE_BODY } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { ImportWrittenScoresUseCase } from './usecases/import-written-scores/import-written-scores.usecase';
import { SetPassMarkUseCase } from './usecases/set-pass-mark/set-pass-mark.usecase';

@ApiTags('scoring')
@ApiBearerAuth()
@Controller()
@Roles(...OFFICER_ROLES)
export class ScoringController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly importScores: ImportWrittenScoresUseCase,
    private readonly setPassMark: SetPassMarkUseCase,
  ) {}

  /** The scanner's file (.csv or .xlsx) as the raw body, its name in X-File-Name. */
  @Post('exams/:id/written-scores')
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: "the OMR scanner's file: 응시번호 and a score per subject on each line" })
  @ApiHeader({ name: 'X-File-Name', required: false, description: "the file's name, URL-encoded (.csv or .xlsx)" })
  @ApiOkResponse({ type: ScoreImportView })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<ScoreImportView> {
    if (!Buffer.isBuffer(content) || content.length === 0)
      throw badRequest('WRITTEN_SCORES.OCTET_STREAM_REQUIRED', {
        message: '파일을 application/octet-stream 으로 보내세요 / send the file as application/octet-stream',
      });
    return this.importScores.execute(user, id, content, documentName(fileName));
  }

  @Post('positions/:id/pass-mark')
  @HttpCode(200)
  @ApiOkResponse({ type: PassMarkView })
  passMark(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: PassMarkDto): Promise<PassMarkView> {
    return this.setPassMark.execute(user, id, body.passMultiplePercent);
  }

  /** 서류전형 of career recruitment: pass or fail per application. */
  @Post('exams/:id/document-screening')
  @HttpCode(200)
  @ApiOkResponse({ type: DocumentScreeningView })
  async screening(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DocumentScreeningDto,
  ): Promise<DocumentScreeningView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, id, tx, true);
      if (exam.kind !== 'career' || !exam.examNumbersAssignedAt)
        throw conflict('DOCUMENT_SCREENING.NOT_APPLICABLE', {
          message: '서류전형은 응시번호를 부여한 경력채용 시험에서 합니다 / document screening is for career exams with exam numbers',
        });
      await assertUnpublished(tx, id, 'final');
      const ids = body.decisions.map((d) => d.applicationId);
      const [{ known }] = await tx.query(
        `SELECT count(*)::int AS known FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL AND id = ANY($2::uuid[])`,
        [id, ids],
      );
      if (known !== new Set(ids).size || ids.length !== new Set(ids).size)
        throw badRequest('DOCUMENT_SCREENING.UNKNOWN_CANDIDATE', {
          field: 'decisions',
          message: '이 시험의 응시자가 아니거나 중복된 원서가 있습니다 / every decision must name a different candidate of this exam',
        });
      await tx.query(
        `UPDATE examination.application a SET document_screening = s.result, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`,
        [ids, body.decisions.map((d) => d.result)],
      );
      return { screened: ids.length, passed: body.decisions.filter((d) => d.result === 'pass').length };
    });
  }
}
