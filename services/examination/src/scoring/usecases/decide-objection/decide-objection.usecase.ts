import { AnswerDecisionView, ObjectionDecisionDto } from '@baeum/api';
import { AuthUser, badRequest, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { assertNotFinal, keyQuestion, keysFound } from '../../answer-key-rules';
import { toDecisionView } from '../../answer-key.views';

/**
 * 이의제기 심사: the officer's decision on one question under objection, with its reason. Accepted, the
 * question's correct choices become those given (another choice, several, or all: 전항 정답); rejected, the
 * provisional key stands. A decision can be taken again until the final keys are published.
 */
@Injectable()
export class DecideObjectionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly keys: AnswerKeyQueries,
  ) {}

  async execute(user: AuthUser, examId: string, dto: ObjectionDecisionDto): Promise<AnswerDecisionView> {
    const reason = dto.reason.trim();
    if (reason === '') throw badRequest('VALIDATION.REQUIRED', { field: 'reason', message: '결정 사유를 입력하세요 / give the reason' });
    return this.dataSource.transaction(async (tx) => {
      await this.exams.exam(user.tenantId, examId, tx, true);
      const key = keysFound(await this.keys.keys(examId, tx, true));
      assertNotFinal(key);
      if (!key.provisionalAt)
        throw conflict('ANSWER_KEYS.NOT_PROVISIONAL', { message: '가답안을 먼저 공개하세요 / publish the provisional keys first' });
      const subject = keyQuestion(key, dto.subject, dto.question);
      if ((await this.keys.objectionCount(tx, examId, subject.name, dto.question)) === 0)
        throw conflict('ANSWER_KEYS.NOT_UNDER_OBJECTION', {
          field: 'question',
          message: '이의제기가 없는 문항입니다 / no objection was filed on this question',
        });
      const correct = [...new Set(dto.correct ?? [])].sort((a, b) => a - b);
      const accepted = dto.outcome === 'accepted';
      if (accepted ? correct.length === 0 || correct.some((c) => c > subject.choices) : dto.correct !== undefined)
        throw badRequest('ANSWER_KEYS.DECISION_CHOICES', {
          field: 'correct',
          params: { choices: subject.choices },
          message:
            `인용 결정은 정답 번호(1~${subject.choices})를, 기각 결정은 번호 없이 / an accepted decision names the correct ` +
            `choices (1 to ${subject.choices}), a rejected one none`,
        });
      const decision = {
        subject: subject.name,
        question: dto.question,
        outcome: dto.outcome,
        correct: accepted ? correct : [subject.answers[dto.question - 1]],
        reason,
      };
      await this.keys.decide(tx, examId, user.userId, decision);
      const saved = (await this.keys.decisions(examId, tx)).find((d) => d.subject === subject.name && d.question === dto.question)!;
      return toDecisionView(saved);
    });
  }
}
