import { FinalKeysView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { keysFound } from '../../answer-key-rules';
import { KeyedScores } from '../../keyed-scores';

/**
 * 최종정답 공개: once the objection window has closed and every question under objection is decided, the
 * final keys are published and every candidate is scored again from them, in one transaction. Asked again,
 * it answers the publication already made and changes nothing.
 */
@Injectable()
export class PublishFinalKeysUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly keys: AnswerKeyQueries,
    private readonly scores: KeyedScores,
  ) {}

  async execute(user: AuthUser, examId: string, now = new Date()): Promise<FinalKeysView> {
    return this.dataSource.transaction(async (tx) => {
      await this.exams.exam(user.tenantId, examId, tx, true);
      const key = keysFound(await this.keys.keys(examId, tx, true));
      const sheets = await this.keys.sheets(tx, examId);
      if (key.finalAt) {
        const candidates = await this.keys.writtenTotals(tx, examId);
        return { finalAt: key.finalAt.toISOString(), scored: sheets.size, absent: candidates.size - sheets.size, changed: 0 };
      }
      if (!key.provisionalAt)
        throw conflict('ANSWER_KEYS.NOT_PROVISIONAL', { message: '가답안을 먼저 공개하세요 / publish the provisional keys first' });
      await assertUnpublished(tx, examId, 'written');
      if (now < key.objectionClosesAt!)
        throw conflict('ANSWER_KEYS.WINDOW_OPEN', {
          params: { closesAt: key.objectionClosesAt!.toISOString() },
          message: '이의제기 기간이 끝난 뒤 공개합니다 / the final keys wait for the objection window to close',
        });
      const undecided = await this.keys.undecidedQuestions(tx, examId);
      if (undecided > 0)
        throw conflict('ANSWER_KEYS.UNDECIDED', {
          params: { undecided },
          message: `결정하지 않은 이의제기 문항이 ${undecided}개 있습니다 / ${undecided} questions under objection are undecided`,
        });
      if (sheets.size === 0)
        throw conflict('ANSWER_KEYS.NO_SHEETS', { message: '응시자의 답안을 먼저 등록하세요 / import the answer sheets first' });
      const before = await this.keys.writtenTotals(tx, examId);
      const { scored, absent } = await this.scores.rescore(tx, examId, key, await this.keys.decisions(examId, tx));
      const after = await this.keys.writtenTotals(tx, examId);
      const finalAt = await this.keys.publishFinal(tx, examId);
      const changed = [...after].filter(([id, total]) => before.get(id) !== total).length;
      return { finalAt: finalAt.toISOString(), scored, absent, changed };
    });
  }
}
