import { AnswerKeySubjectDto } from '@baeum/api';
import { badRequest } from '@baeum/service-kit';
import { SubjectShape } from './answer-sheet';

/** A subject's key as stored: points in hundredths, summing to 10000 (100 points). */
export interface KeySubject {
  name: string;
  choices: number;
  /** The provisional key: the correct choice of each question. */
  answers: number[];
  points: number[];
}

/** The officer's decision on a question under objection; accepted, `correct` replaces its key. */
export interface KeyDecision {
  subject: string;
  question: number;
  outcome: 'accepted' | 'rejected';
  correct: number[];
  reason: string;
  decidedAt: Date;
}

export const FULL_MARKS = 10000;

/** Checks the officer's keys (each refusal names its field) and turns points into hundredths. */
export function toKeySubjects(subjects: AnswerKeySubjectDto[]): KeySubject[] {
  const seen = new Set<string>();
  return subjects.map((s, i) => {
    const name = s.name.trim();
    if (seen.has(name))
      throw badRequest('ANSWER_KEYS.DUPLICATE_SUBJECT', {
        field: `subjects.${i}.name`,
        params: { subject: name },
        message: `과목이 두 번 있습니다: ${name} / subject named twice`,
      });
    seen.add(name);
    if (s.answers.some((a) => a > s.choices))
      throw badRequest('ANSWER_KEYS.ANSWER_OUT_OF_RANGE', {
        field: `subjects.${i}.answers`,
        params: { subject: name, choices: s.choices },
        message: `정답은 1~${s.choices}번입니다 / answers are choices 1 to ${s.choices}`,
      });
    if (s.points.length !== s.answers.length)
      throw badRequest('ANSWER_KEYS.POINTS_COUNT', {
        field: `subjects.${i}.points`,
        params: { subject: name },
        message: '문항마다 배점이 하나씩 있어야 합니다 / one points value per question',
      });
    const points = s.points.map((p) => Math.round(p * 100));
    const total = points.reduce((a, b) => a + b, 0);
    if (total !== FULL_MARKS)
      throw badRequest('ANSWER_KEYS.POINTS_TOTAL', {
        field: `subjects.${i}.points`,
        params: { subject: name, total: total / 100 },
        message: `배점의 합이 100이어야 합니다 (${total / 100}) / the points must sum to 100`,
      });
    return { name, choices: s.choices, answers: s.answers, points };
  });
}

export const shapesOf = (subjects: KeySubject[]): SubjectShape[] =>
  subjects.map((s) => ({ name: s.name, questions: s.answers.length, choices: s.choices }));

/** Every choice of a question, for a decision that holds them all right (전항 정답). */
export const allChoices = (choices: number): number[] => Array.from({ length: choices }, (_, k) => k + 1);

/**
 * The correct choices of each question of each subject: the provisional key, or with `decisions`, the
 * final one (an accepted decision's choices replace the question's key; a rejected one keeps it).
 */
export function correctChoices(subjects: KeySubject[], decisions: KeyDecision[] = []): number[][][] {
  const accepted = new Map(decisions.filter((d) => d.outcome === 'accepted').map((d) => [`${d.subject}#${d.question}`, d.correct]));
  return subjects.map((s) => s.answers.map((a, q) => accepted.get(`${s.name}#${q + 1}`) ?? [a]));
}

/**
 * A candidate's score per subject in hundredths (on 100): the points of each question whose mark is
 * among its correct choices. Unmarked (0) and several marks (*) score nothing, also where every choice is
 * right: the points are for an answer given.
 */
export function scoresFromKeys(subjects: KeySubject[], correct: number[][][], marks: string[]): number[] {
  return subjects.map((s, k) =>
    s.points.reduce((sum, points, q) => {
      const mark = Number(marks[k][q]);
      return mark > 0 && correct[k][q].includes(mark) ? sum + points : sum;
    }, 0),
  );
}
