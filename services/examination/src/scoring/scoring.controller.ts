import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { BadRequestException, Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { documentName } from '../applications/documents/supporting-documents';
import { ExamQueries } from '../exams/exam-queries';
import { assertUnpublished } from '../results/publication-lock';
import { conflict } from '../shared/errors';
import { OFFICER_ROLES } from '../shared/roles';
import { DocumentScreeningDto, PassMarkDto } from './dto/scoring.dto';
import { ImportWrittenScoresUseCase, ScoreImport } from './usecases/import-written-scores/import-written-scores.usecase';
import { PassMarkResult, SetPassMarkUseCase } from './usecases/set-pass-mark/set-pass-mark.usecase';

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
  upload(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() content: unknown, @Headers('x-file-name') fileName?: string): Promise<ScoreImport> {
    if (!Buffer.isBuffer(content) || content.length === 0) throw new BadRequestException('파일을 application/octet-stream 으로 보내세요 / send the file as application/octet-stream');
    return this.importScores.execute(user, id, content, documentName(fileName));
  }

  @Post('positions/:id/pass-mark')
  @HttpCode(200)
  passMark(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: PassMarkDto): Promise<PassMarkResult> {
    return this.setPassMark.execute(user, id, body.passMultiplePercent);
  }

  /** 서류전형 of career recruitment: pass or fail per application. */
  @Post('exams/:id/document-screening')
  @HttpCode(200)
  async screening(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: DocumentScreeningDto) {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, id, tx, true);
      if (exam.kind !== 'career' || !exam.examNumbersAssignedAt) throw conflict('서류전형은 응시번호를 부여한 경력채용 시험에서 합니다', 'document screening is for career exams with exam numbers');
      await assertUnpublished(tx, id, 'final');
      const ids = body.decisions.map((d) => d.applicationId);
      const [{ known }] = await tx.query(`SELECT count(*)::int AS known FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL AND id = ANY($2::uuid[])`, [id, ids]);
      if (known !== new Set(ids).size || ids.length !== new Set(ids).size) throw new BadRequestException('이 시험의 응시자가 아니거나 중복된 원서가 있습니다 / every decision must name a different candidate of this exam');
      await tx.query(`UPDATE examination.application a SET document_screening = s.result, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`, [ids, body.decisions.map((d) => d.result)]);
      return { screened: ids.length, passed: body.decisions.filter((d) => d.result === 'pass').length };
    });
  }
}
