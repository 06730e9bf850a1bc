import { readSpreadsheet, SpreadsheetError } from '@baeum/documents';
import { AuthUser, invalidInput } from '@baeum/service-kit';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { Position } from '../../../exams/position.entity';
import { assertUnpublished } from '../../../results/publication-lock';
import { conflict } from '../../../shared/errors';
import { writtenTotal } from '../../pass-marks';
import { readScannerSheet, RowError } from '../../scanner-sheet';

export interface ScoreImport {
  subjects: string[];
  scored: number;
  absent: number;
}

/**
 * 필기 성적 등록 from the scanner's file. The whole file is checked first; any bad line rejects it
 * with every problem and its line number, and nothing is stored. A new file replaces the last one
 * (and the pass marks computed from it) until the written results are published.
 */
@Injectable()
export class ImportWrittenScoresUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, examId: string, content: Buffer, fileName: string): Promise<ScoreImport> {
    let rows: string[][];
    try {
      rows = await readSpreadsheet(content, fileName);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw new BadRequestException(error.message);
      throw error;
    }
    const sheet = readScannerSheet(rows);
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (exam.kind !== 'open' || !exam.examNumbersAssignedAt) throw conflict('응시번호를 부여한 공개경쟁 시험에만 성적을 등록합니다', 'scores are imported for open exams with exam numbers');
      await assertUnpublished(tx, examId, 'written');
      const candidates: { id: string; examNumber: string; bonus: number }[] = await tx.query(
        `SELECT id, exam_number AS "examNumber", veterans_bonus_percent AS bonus FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
        [examId],
      );
      const byNumber = new Map(candidates.map((c) => [c.examNumber, c]));
      const errors: RowError[] = [...sheet.errors];
      for (const record of sheet.records) {
        if (!byNumber.has(record.examNumber)) errors.push({ row: record.row, field: 'exam_number', messages: [`이 시험에 없는 응시번호입니다: ${record.examNumber} / no such exam number in this exam`] });
      }
      if (errors.length > 0) throw invalidInput(errors.sort((a, b) => a.row - b.row).map((e) => ({ ...e, field: `${e.row}행 ${e.field} / line ${e.row} ${e.field}` })));

      // Candidates without a sheet did not sit the exam: absent, like blank sheets.
      const sheets = new Map(sheet.records.map((r) => [r.examNumber, r.scores]));
      const ids: string[] = [];
      const scores: (string | null)[] = [];
      const totals: (number | null)[] = [];
      for (const c of candidates) {
        const s = sheets.get(c.examNumber) ?? null;
        ids.push(c.id);
        scores.push(s ? JSON.stringify(s) : null);
        totals.push(s ? writtenTotal(s, c.bonus).total : null);
      }
      await tx.query(
        `UPDATE examination.application a SET written_scores = s.scores, written_total = s.total, written_result = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::jsonb[], $3::int[]) AS s(id, scores, total) WHERE a.id = s.id`,
        [ids, scores, totals],
      );
      await tx.update(Position, { examId }, { writtenCutoff: null, passMultiplePercent: null });
      return { subjects: sheet.subjects, scored: totals.filter((t) => t !== null).length, absent: totals.filter((t) => t === null).length };
    });
  }
}
