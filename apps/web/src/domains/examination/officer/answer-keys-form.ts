import type { Schemas } from '../../../api/client';

/** One subject of the keys as the officer types it: the answers as a row of digits, the points as one value or one per question. */
export interface SubjectDraft {
  name: string;
  choices: '4' | '5';
  answers: string;
  points: string;
}

export type KeysProblem =
  { kind: 'answers'; subject: string; choices: number } | { kind: 'points'; subject: string } | { kind: 'csv'; line: number };

export const emptySubject = (): SubjectDraft => ({ name: '', choices: '4', answers: '', points: '' });

/** The saved keys as the form shows them (points as one value when every question has the same). */
export function draftsFrom(keys: Schemas['AnswerKeysView']): SubjectDraft[] {
  return keys.subjects.map((s) => ({
    name: s.name,
    choices: s.choices === 5 ? '5' : '4',
    answers: s.answers.join(''),
    points: new Set(s.points).size === 1 ? String(s.points[0]) : s.points.join(', '),
  }));
}

/** The form's subjects as the API takes them, or the first problem found (the server checks the rest: sums, names). */
export function keysFrom(drafts: SubjectDraft[]): Schemas['AnswerKeysDto'] | KeysProblem {
  const subjects: Schemas['AnswerKeySubjectDto'][] = [];
  for (const d of drafts) {
    const choices = Number(d.choices);
    const answers = d.answers.replace(/\s/g, '');
    if (!new RegExp(`^[1-${choices}]+$`).test(answers)) return { kind: 'answers', subject: d.name, choices };
    const values = d.points
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    if (
      values.length === 0 ||
      values.some((v) => !Number.isFinite(v) || v <= 0) ||
      (values.length !== 1 && values.length !== answers.length)
    )
      return { kind: 'points', subject: d.name };
    subjects.push({
      name: d.name.trim(),
      choices: choices === 5 ? 5 : 4,
      answers: [...answers].map(Number),
      points: values.length === 1 ? Array(answers.length).fill(values[0]) : values,
    });
  }
  return { subjects };
}

/** A keys CSV (one line per subject: subject,choices,answers,points; points one value or ;-separated) as the form's subjects. */
export function draftsFromCsv(text: string): SubjectDraft[] | KeysProblem {
  const drafts: SubjectDraft[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const [name, choices, answers, points, ...rest] = line.split(',').map((c) => c.trim());
    if (i === 0 && (name === '과목' || name?.toLowerCase() === 'subject')) continue;
    if (!name || (choices !== '4' && choices !== '5') || !answers || !points || rest.length > 0) return { kind: 'csv', line: i + 1 };
    drafts.push({ name, choices, answers, points: points.replace(/;/g, ', ') });
  }
  return drafts.length > 0 ? drafts : { kind: 'csv', line: 1 };
}

export const isProblem = (x: unknown): x is KeysProblem => typeof x === 'object' && x !== null && 'kind' in x;
