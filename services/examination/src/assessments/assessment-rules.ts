import { createHash, randomInt } from 'node:crypto';

export interface AssignableCandidate {
  id: string;
  employeeNo: string;
  agencyCode: string;
}

export interface AssignableAssessor {
  id: string;
  agencyCode: string | null;
}

export interface Assignment {
  candidateId: string;
  technique: string;
  assessorId: string;
}

/**
 * 평가위원 배정 without conflicts of interest: nobody rates an official of their own agency or one
 * they declared a conflict with (`conflicts` holds `assessorId:employeeNo`). Each technique gets
 * `perTechnique` different assessors; a candidate meets as many different assessors as the pool
 * allows, and the work is spread evenly. Deterministic for the same round (`seed`).
 */
export function assignAssessors(
  candidates: AssignableCandidate[],
  techniques: readonly string[],
  assessors: AssignableAssessor[],
  conflicts: ReadonlySet<string>,
  perTechnique: number,
  seed: string,
): { assignments: Assignment[]; unassignable: string[] } {
  const load = new Map(assessors.map((a) => [a.id, 0]));
  const assignments: Assignment[] = [];
  const unassignable: string[] = [];
  const tieBreak = (key: string) => createHash('sha256').update(`${seed}:${key}`).digest('hex');
  for (const c of [...candidates].sort((a, b) => a.employeeNo.localeCompare(b.employeeNo))) {
    const eligible = assessors.filter((a) => a.agencyCode !== c.agencyCode && !conflicts.has(`${a.id}:${c.employeeNo}`));
    if (eligible.length < perTechnique) {
      unassignable.push(c.employeeNo);
      continue;
    }
    const met = new Set<string>();
    for (const technique of techniques) {
      const chosen = [...eligible]
        .sort(
          (a, b) =>
            Number(met.has(a.id)) - Number(met.has(b.id)) ||
            load.get(a.id)! - load.get(b.id)! ||
            tieBreak(`${c.id}:${technique}:${a.id}`).localeCompare(tieBreak(`${c.id}:${technique}:${b.id}`)),
        )
        .slice(0, perTechnique);
      for (const a of chosen) {
        met.add(a.id);
        load.set(a.id, load.get(a.id)! + 1);
        assignments.push({ candidateId: c.id, technique, assessorId: a.id });
      }
    }
  }
  return { assignments, unassignable };
}

export interface Rating {
  technique: string;
  assessorId: string;
  competency: string;
  score: number;
}

/**
 * 결과 통합: each competency's score is the mean of every rating of it (all techniques, all their
 * assessors); the overall score is the mean of the competency scores. Hundredths, rounded half up.
 */
export function consolidate(competencies: readonly string[], ratings: Rating[]): { scores: Record<string, number>; overall: number } {
  const scores: Record<string, number> = {};
  for (const competency of competencies) {
    const own = ratings.filter((r) => r.competency === competency);
    scores[competency] = Math.round((own.reduce((sum, r) => sum + r.score, 0) * 100) / own.length);
  }
  const overall = Math.round(competencies.reduce((sum, c) => sum + scores[c], 0) / competencies.length);
  return { scores, overall };
}

/** The competencies to keep (the two strongest at or above the pass mark) and to develop (below it, or else the weakest). */
export function feedbackFocus(scores: Record<string, number>, passThreshold: number): { strengths: string[]; development: string[] } {
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const strengths = ranked
    .filter(([, s]) => s >= passThreshold)
    .slice(0, 2)
    .map(([c]) => c);
  const below = ranked
    .filter(([, s]) => s < passThreshold)
    .map(([c]) => c)
    .reverse();
  return { strengths, development: below.length > 0 ? below : [ranked[ranked.length - 1][0]] };
}

/** Letters and digits that do not read alike (no 0/O, 1/I/L). */
const CANDIDATE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A candidate's 평가 코드: `C-` and six characters drawn at random (about 887 million codes), so it
 * says nothing of the employee number, the id or the order of registration. Uniqueness within the
 * round is the caller's to check (and the database's unique index backs it).
 */
export function newCandidateCode(): string {
  let code = 'C-';
  for (let i = 0; i < 6; i++) code += CANDIDATE_CODE_ALPHABET[randomInt(CANDIDATE_CODE_ALPHABET.length)];
  return code;
}
