import { PassMarkView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { SUBJECT_MINIMUM, writtenPassMark } from '../../pass-marks';
import { ScoringQueries } from '../../scoring-queries';

/**
 * 필기 합격선 결정 for one position from the imported scores; it can be set again until the written results are
 * published. An exam scored from answer keys waits for the final keys.
 */
@Injectable()
export class SetPassMarkUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scoring: ScoringQueries,
    private readonly keys: AnswerKeyQueries,
  ) {}

  async execute(user: AuthUser, positionId: string, passMultiplePercent: number): Promise<PassMarkView> {
    return this.dataSource.transaction(async (tx) => {
      const position = await this.exams.position(user.tenantId, positionId, tx);
      await this.exams.exam(user.tenantId, position.examId, tx, true);
      await assertUnpublished(tx, position.examId, 'written');
      const keyed = await this.keys.usesKeys(tx, position.examId);
      if (keyed && !keyed.final)
        throw conflict('ANSWER_KEYS.NOT_FINAL', {
          message: '정답 키로 채점하는 시험은 최종정답 공개 뒤에 합격선을 정합니다 / publish the final keys first',
        });
      const rows = await this.scoring.writtenSheets(tx, positionId);
      if (rows.some((r) => r.examNumber === null) || !(await this.scoring.scoresImported(tx, position.examId)))
        throw conflict('WRITTEN_SCORES.NOT_IMPORTED', { message: '필기 성적을 먼저 등록하세요 / import the written scores first' });
      const { cutoff, passed } = writtenPassMark(
        rows.map((r) => ({ id: r.id, total: r.total, belowMinimum: (r.scores ?? []).some((s) => s < SUBJECT_MINIMUM) })),
        position.openings,
        passMultiplePercent,
      );
      const result = (r: (typeof rows)[number]) => (r.total === null ? 'absent' : passed.has(r.id) ? 'pass' : 'fail');
      if (rows.length > 0)
        await this.scoring.setWrittenResults(
          tx,
          rows.map((r) => ({ applicationId: r.id, result: result(r) })),
        );
      await this.scoring.setPassMark(tx, positionId, passMultiplePercent, cutoff);
      return {
        positionId,
        openings: position.openings,
        passMultiplePercent,
        cutoff,
        passed: passed.size,
        failed: rows.filter((r) => result(r) === 'fail').length,
        absent: rows.filter((r) => r.total === null).length,
      };
    });
  }
}
