import type { ExamKind, InterviewGrade, InterviewMark } from '@baeum/api';
import { createHash } from 'node:crypto';

/**
 * The steps each candidate is marked on: one interview in open recruitment; in career recruitment
 * the job-task report, the group discussion and the individual in-depth interview (section 4-2).
 */
export const INTERVIEW_STEPS: Record<ExamKind, readonly string[]> = {
  open: ['interview'],
  career: ['job_task_report', 'group_discussion', 'individual_interview'],
};

/** No panel can be drawn for a session: too few members of the pool are free of its candidates. */
export class PanelShortage extends Error {
  constructor(
    readonly slot: number,
    readonly session: number,
  ) {
    super(`slot ${slot}, session ${session}: too few interviewers free of conflicts`);
  }
}

/**
 * Panels for interview slots, drawn from the pool: nobody sits twice in one slot, nobody sits on a
 * session with a candidate they declared a conflict with, everyone serves about equally often (the
 * least used first), and ties are broken by a hash of the exam and slot, so a draw is the same every
 * time it is run for the same exam, pool and conflicts.
 */
export function drawPanels(
  pool: readonly string[],
  sessionsPerSlot: readonly number[],
  panelSize: number,
  seed: string,
  excluded: (slot: number, session: number) => ReadonlySet<string> = () => new Set(),
): string[][][] {
  const used = new Map(pool.map((id) => [id, 0]));
  const rank = (slot: number, id: string) => createHash('sha256').update(`${seed}:${slot}:${id}`).digest('hex');
  return sessionsPerSlot.map((sessions, slot) => {
    const order = [...pool].sort((a, b) => used.get(a)! - used.get(b)! || rank(slot, a).localeCompare(rank(slot, b)));
    const seated = new Set<string>();
    const panels = Array.from({ length: sessions }, (_, session) => {
      const barred = excluded(slot, session);
      const panel = order.filter((id) => !seated.has(id) && !barred.has(id)).slice(0, panelSize);
      if (panel.length < panelSize) throw new PanelShortage(slot, session);
      panel.forEach((id) => seated.add(id));
      return panel;
    });
    seated.forEach((id) => used.set(id, used.get(id)! + 1));
    return panels;
  });
}

/**
 * 면접 평정: 우수 (excellent) when a majority of the panel marks every step 상; 미흡 (poor) when a
 * majority marks any step 하; otherwise 보통 (average).
 */
export function interviewGrade(
  marks: { step: string; mark: InterviewMark }[],
  panelSize: number,
  steps: readonly string[],
): InterviewGrade {
  const majority = Math.floor(panelSize / 2) + 1;
  const count = (step: string, mark: InterviewMark) => marks.filter((m) => m.step === step && m.mark === mark).length;
  if (steps.some((step) => count(step, 'low') >= majority)) return 'poor';
  if (steps.every((step) => count(step, 'high') >= majority)) return 'excellent';
  return 'average';
}

export interface FinalCandidate {
  id: string;
  grade: InterviewGrade | null;
  writtenTotal: number | null;
  highMarks: number;
  examNumber: string;
}

/**
 * 최종 합격자: excellent before average (poor and absent never pass), then by written score, then
 * by the number of 상 marks; the openings are filled and anyone tied with the last one passes too.
 */
export function finalPassList(candidates: FinalCandidate[], openings: number): Set<string> {
  const order = { excellent: 0, average: 1, poor: 2 } as const;
  const key = (c: FinalCandidate) => [order[c.grade!], -(c.writtenTotal ?? -1), -c.highMarks] as const;
  const compare = (a: FinalCandidate, b: FinalCandidate) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  const ranked = candidates
    .filter((c) => c.grade === 'excellent' || c.grade === 'average')
    .sort((a, b) => compare(a, b) || a.examNumber.localeCompare(b.examNumber));
  if (ranked.length <= openings) return new Set(ranked.map((c) => c.id));
  const last = ranked[openings - 1];
  return new Set(ranked.filter((c, i) => i < openings || compare(c, last) === 0).map((c) => c.id));
}
