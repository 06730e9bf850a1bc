import { AnswerKeysView, ProvisionalKeysDto } from '@baeum/api';
import { AuthUser, badRequest } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished, assertWrittenDateReached } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { assertNotFinal, keysFound } from '../../answer-key-rules';
import { toAnswerKeysView } from '../../answer-key.views';
import { KeyedScores } from '../../keyed-scores';

/**
 * 가답안 공개: the keys become visible to the exam's applicants, who may object within the window. Published
 * again, the window moves (until the final keys). The sheets already in are scored from these keys.
 */
@Injectable()
export class PublishProvisionalKeysUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly keys: AnswerKeyQueries,
    private readonly scores: KeyedScores,
  ) {}

  async execute(user: AuthUser, examId: string, dto: ProvisionalKeysDto): Promise<AnswerKeysView> {
    const opensAt = new Date(dto.objectionOpensAt);
    const closesAt = new Date(dto.objectionClosesAt);
    if (closesAt <= opensAt)
      throw badRequest('ANSWER_KEYS.WINDOW_REVERSED', {
        field: 'objectionClosesAt',
        message: '이의제기 마감은 시작보다 늦어야 합니다 / the objection window closes after it opens',
      });
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      // The keys are of a paper already sat.
      assertWrittenDateReached(exam, new Date());
      await assertUnpublished(tx, examId, 'written');
      const key = keysFound(await this.keys.keys(examId, tx, true));
      assertNotFinal(key);
      await this.keys.publishProvisional(tx, examId, opensAt, closesAt);
      const published = (await this.keys.keys(examId, tx))!;
      const sheets = await this.keys.sheets(tx, examId);
      if (!key.provisionalAt && sheets.size > 0) await this.scores.rescore(tx, examId, published, []);
      return toAnswerKeysView(published, await this.keys.decisions(examId, tx), sheets.size);
    });
  }
}
