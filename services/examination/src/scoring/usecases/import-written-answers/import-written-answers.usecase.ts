import { AnswerImportView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { shapesOf } from '../../answer-keys';
import { readAnswerSheet } from '../../answer-sheet';
import { KeyedScores } from '../../keyed-scores';
import { assertLinesValid, assertScannable, readUploadedRows } from '../../scanner-upload';
import { ScoringQueries } from '../../scoring-queries';

/**
 * 답안 등록 from the OMR scanner's answers file, checked against the saved keys' subjects and question
 * counts; any bad line rejects the file with every problem and nothing is stored. A new file replaces the
 * last one. Once the keys are published, every candidate is scored from them at once.
 */
@Injectable()
export class ImportWrittenAnswersUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scoring: ScoringQueries,
    private readonly keys: AnswerKeyQueries,
    private readonly scores: KeyedScores,
  ) {}

  async execute(user: AuthUser, examId: string, content: Buffer, fileName: string): Promise<AnswerImportView> {
    const rows = await readUploadedRows(content, fileName);
    return this.dataSource.transaction(async (tx) => {
      assertScannable(await this.exams.exam(user.tenantId, examId, tx, true));
      await assertUnpublished(tx, examId, 'written');
      const key = await this.keys.keys(examId, tx, true);
      if (!key)
        throw conflict('WRITTEN_ANSWERS.KEYS_FIRST', {
          message: '답안은 정답 키의 과목·문항 수로 확인합니다. 가답안을 먼저 입력하세요 / save the answer keys first',
        });
      const sheet = readAnswerSheet(rows, shapesOf(key.subjects));
      const candidates = await this.scoring.writtenCandidates(tx, examId);
      assertLinesValid(sheet.errors, sheet.records, new Set(candidates.map((c) => c.examNumber)));
      const byNumber = new Map(candidates.map((c) => [c.examNumber, c.id]));
      const sat = sheet.records.flatMap((r) => (r.marks ? [{ applicationId: byNumber.get(r.examNumber)!, marks: r.marks }] : []));
      await this.keys.replaceSheets(tx, user.tenantId, examId, sat);
      const published = Boolean(key.provisionalAt);
      if (published) await this.scores.rescore(tx, examId, key, key.finalAt ? await this.keys.decisions(examId, tx) : []);
      return { subjects: key.subjects.map((s) => s.name), sheets: sat.length, absent: candidates.length - sat.length, scored: published };
    });
  }
}
