import { ScoreImportView } from '@baeum/api';
import { readSpreadsheet, SpreadsheetError } from '@baeum/documents';
import { AuthUser, badRequest, conflict, fileOverLimit, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { totalBonusPercent, writtenTotal } from '../../pass-marks';
import { readScannerSheet, RowError } from '../../scanner-sheet';
import { ScoringQueries } from '../../scoring-queries';

/**
 * 필기 성적 등록 from the scanner's file. The whole file is checked first; any bad line rejects it
 * with every problem, its line number and code, and nothing is stored. A new file replaces the last one
 * (and the pass marks computed from it) until the written results are published.
 */
@Injectable()
export class ImportWrittenScoresUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scoring: ScoringQueries,
  ) {}

  async execute(user: AuthUser, examId: string, content: Buffer, fileName: string): Promise<ScoreImportView> {
    let rows: string[][];
    try {
      rows = await readSpreadsheet(content, fileName);
    } catch (error) {
      if (error instanceof SpreadsheetError && error.status === 413) throw fileOverLimit(error);
      if (error instanceof SpreadsheetError)
        throw badRequest('WRITTEN_SCORES.UNREADABLE_FILE', { params: { fileName }, message: error.message });
      throw error;
    }
    const sheet = readScannerSheet(rows);
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (exam.kind !== 'open' || !exam.examNumbersAssignedAt)
        throw conflict('WRITTEN_SCORES.NOT_APPLICABLE', {
          message: '응시번호를 부여한 공개경쟁 시험에만 성적을 등록합니다 / scores are imported for open exams with exam numbers',
        });
      await assertUnpublished(tx, examId, 'written');
      const candidates = await this.scoring.writtenCandidates(tx, examId);
      const byNumber = new Map(candidates.map((c) => [c.examNumber, c]));
      const errors: RowError[] = [...sheet.errors];
      for (const record of sheet.records) {
        if (!byNumber.has(record.examNumber)) {
          errors.push({
            row: record.row,
            field: 'exam_number',
            code: 'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER',
            params: { examNumber: record.examNumber },
            messages: [`이 시험에 없는 응시번호입니다: ${record.examNumber} / no such exam number in this exam`],
          });
        }
      }
      // Each line's problem keeps its text field ("3행 exam_number / line 3 exam_number") and gains its line as a number.
      if (errors.length > 0)
        throw invalidInput(
          errors
            .sort((a, b) => a.row - b.row)
            .map((e) => ({ ...e, line: e.row, field: `${e.row}행 ${e.field} / line ${e.row} ${e.field}` })),
        );

      // Candidates without a sheet did not sit the exam: absent, like blank sheets.
      const sheets = new Map(sheet.records.map((r) => [r.examNumber, r.scores]));
      const stored = candidates.map((c) => {
        const s = sheets.get(c.examNumber) ?? null;
        return { applicationId: c.id, scores: s ? JSON.stringify(s) : null, total: s ? writtenTotal(s, totalBonusPercent(c)).total : null };
      });
      await this.scoring.setWrittenScores(tx, stored);
      await this.scoring.clearPassMarks(tx, examId);
      const totals = stored.map((s) => s.total);
      return { subjects: sheet.subjects, scored: totals.filter((t) => t !== null).length, absent: totals.filter((t) => t === null).length };
    });
  }
}
