import { AnswerDecisionView, AnswerKeysView, ObjectionQuestionView, ObjectionView } from '@baeum/api';
import { AnswerKeyRow, ObjectionRow } from './answer-key-queries';
import { correctChoices, KeyDecision } from './answer-keys';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export const toDecisionView = (d: KeyDecision): AnswerDecisionView => ({
  subject: d.subject,
  question: d.question,
  outcome: d.outcome,
  correct: d.correct,
  reason: d.reason,
  decidedAt: new Date(d.decidedAt).toISOString(),
});

/** The keys as the officer sees them (`sheets` given), or an applicant: decisions only once final. */
export function toAnswerKeysView(key: AnswerKeyRow, decisions: KeyDecision[], sheets?: number): AnswerKeysView {
  const final = key.finalAt ? correctChoices(key.subjects, decisions) : null;
  const shown = sheets !== undefined || key.finalAt ? decisions : [];
  return {
    examId: key.examId,
    status: key.finalAt ? 'final' : key.provisionalAt ? 'provisional' : 'draft',
    objectionOpensAt: iso(key.objectionOpensAt),
    objectionClosesAt: iso(key.objectionClosesAt),
    provisionalAt: iso(key.provisionalAt),
    finalAt: iso(key.finalAt),
    subjects: key.subjects.map((s, k) => ({
      name: s.name,
      choices: s.choices,
      answers: s.answers,
      points: s.points.map((p) => p / 100),
      final: final ? final[k] : null,
    })),
    decisions: shown.map(toDecisionView),
    ...(sheets !== undefined ? { sheets } : {}),
  };
}

const questionKey = (subject: string, question: number) => `${subject}#${question}`;

/** The applicant's own objections, each with its question's decision once the final keys are out. */
export function toOwnObjections(rows: ObjectionRow[], key: AnswerKeyRow, decisions: KeyDecision[]): ObjectionView[] {
  const decided = new Map(decisions.map((d) => [questionKey(d.subject, d.question), d]));
  return rows.map((o) => {
    const d = key.finalAt ? decided.get(questionKey(o.subject, o.question)) : undefined;
    return {
      id: o.id,
      subject: o.subject,
      question: o.question,
      claim: o.claim,
      reason: o.reason,
      filedAt: new Date(o.filedAt).toISOString(),
      decision: d ? toDecisionView(d) : null,
    };
  });
}

/** The exam's objections per question (in the keys' order), their claims counted, with each question's decision. */
export function groupObjections(rows: ObjectionRow[], key: AnswerKeyRow, decisions: KeyDecision[]): ObjectionQuestionView[] {
  const decided = new Map(decisions.map((d) => [questionKey(d.subject, d.question), d]));
  const groups = new Map<string, ObjectionRow[]>();
  for (const o of rows) groups.set(questionKey(o.subject, o.question), [...(groups.get(questionKey(o.subject, o.question)) ?? []), o]);
  return key.subjects.flatMap((s) =>
    s.answers.flatMap((answer, q) => {
      const objections = groups.get(questionKey(s.name, q + 1));
      if (!objections) return [];
      const claims = new Map<number, number>();
      for (const o of objections) claims.set(o.claim, (claims.get(o.claim) ?? 0) + 1);
      const decision = decided.get(questionKey(s.name, q + 1));
      return [
        {
          subject: s.name,
          question: q + 1,
          key: answer,
          count: objections.length,
          claims: [...claims].sort(([a], [b]) => a - b).map(([claim, count]) => ({ claim, count })),
          decision: decision ? toDecisionView(decision) : null,
          objections: objections.map((o) => ({
            id: o.id,
            examNumber: o.examNumber,
            claim: o.claim,
            reason: o.reason,
            filedAt: new Date(o.filedAt).toISOString(),
          })),
        },
      ];
    }),
  );
}
