import { ScoreImportView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { readScannerSheet } from '../../scanner-sheet';
import { assertLinesValid, assertScannable, readUploadedRows } from '../../scanner-upload';
import { ScoringQueries } from '../../scoring-queries';
import { WrittenScores } from '../../written-scores';

/**
 * 필기 성적 등록 from the scanner's file. The whole file is checked first; any bad line rejects it
 * with every problem, its line number and code, and nothing is stored. A new file replaces the last one
 * (and the pass marks computed from it) until the written results are published. An exam scored from
 * answer keys takes the answers file instead.
 */
@Injectable()
export class ImportWrittenScoresUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scoring: ScoringQueries,
    private readonly written: WrittenScores,
    private readonly keys: AnswerKeyQueries,
  ) {}

  async execute(user: AuthUser, examId: string, content: Buffer, fileName: string): Promise<ScoreImportView> {
    const sheet = readScannerSheet(await readUploadedRows(content, fileName));
    return this.dataSource.transaction(async (tx) => {
      assertScannable(await this.exams.exam(user.tenantId, examId, tx, true));
      await assertUnpublished(tx, examId, 'written');
      if (await this.keys.usesKeys(tx, examId))
        throw conflict('WRITTEN_SCORES.KEYS_IN_USE', {
          message: '정답 키로 채점하는 시험입니다. 답안 파일을 등록하세요 / this exam is scored from answer keys: import the answers file',
        });
      const candidates = await this.scoring.writtenCandidates(tx, examId);
      assertLinesValid(sheet.errors, sheet.records, new Set(candidates.map((c) => c.examNumber)));
      // Candidates without a sheet did not sit the exam: absent, like blank sheets.
      const sheets = new Map(sheet.records.map((r) => [r.examNumber, r.scores]));
      const { scored, absent } = await this.written.replace(tx, examId, candidates, (c) => sheets.get(c.examNumber) ?? null);
      return { subjects: sheet.subjects, scored, absent };
    });
  }
}
