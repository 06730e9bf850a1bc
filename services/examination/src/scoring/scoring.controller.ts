import { DocumentScreeningDto, DocumentScreeningView, PassMarkDto, PassMarkView, ScoreImportView } from '@baeum/api';
import { AuthUser, badRequest, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { documentName } from '../applications/documents/supporting-documents';
import { RAW_FILE_BODY } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { ImportWrittenScoresUseCase } from './usecases/import-written-scores/import-written-scores.usecase';
import { ScreenDocumentsUseCase } from './usecases/screen-documents/screen-documents.usecase';
import { SetPassMarkUseCase } from './usecases/set-pass-mark/set-pass-mark.usecase';

@ApiTags('scoring')
@ApiBearerAuth()
@Controller()
@Roles(...OFFICER_ROLES)
export class ScoringController {
  constructor(
    private readonly importScores: ImportWrittenScoresUseCase,
    private readonly setPassMark: SetPassMarkUseCase,
    private readonly screenDocuments: ScreenDocumentsUseCase,
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
  screening(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DocumentScreeningDto,
  ): Promise<DocumentScreeningView> {
    return this.screenDocuments.execute(user, { ...body, examId: id });
  }
}
