import { conflict, notFound } from '@baeum/service-kit';
import { AnswerKeyRow } from './answer-key-queries';
import { KeySubject } from './answer-keys';

/** The exam's keys, or 404 ANSWER_KEYS.NOT_FOUND (also for an applicant before they are published). */
export function keysFound(key: AnswerKeyRow | undefined): AnswerKeyRow {
  if (!key) throw notFound('ANSWER_KEYS.NOT_FOUND', { message: '정답 키가 없습니다 / no answer keys' });
  return key;
}

/** Once the final keys are out, nothing of the keys changes. */
export function assertNotFinal(key: AnswerKeyRow): void {
  if (key.finalAt)
    throw conflict('ANSWER_KEYS.FINAL', {
      message: '최종정답이 공개되어 바꿀 수 없습니다 / the final keys are published and no longer change',
    });
}

/** The subject and question named by a request, or a coded refusal on its field. */
export function keyQuestion(key: AnswerKeyRow, subject: string, question: number): KeySubject {
  const found = key.subjects.find((s) => s.name === subject);
  if (!found)
    throw notFound('ANSWER_KEYS.UNKNOWN_SUBJECT', {
      field: 'subject',
      params: { subject },
      message: `정답 키에 없는 과목입니다: ${subject} / no such subject in the keys`,
    });
  if (question > found.answers.length)
    throw notFound('ANSWER_KEYS.UNKNOWN_QUESTION', {
      field: 'question',
      params: { subject, questions: found.answers.length },
      message: `${subject}은(는) ${found.answers.length}문항입니다 / ${subject} has ${found.answers.length} questions`,
    });
  return found;
}
