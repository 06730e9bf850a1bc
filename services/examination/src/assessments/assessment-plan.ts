import { DemoTenants, seoulHrd2022 } from '@baeum/source-data';
import type { AssessmentPlanCell } from './assessment-plan.entity';

interface SourceCell {
  rounds: number | null;
  candidates: number | null;
  printed?: string;
}
interface SourceRow {
  metric: string;
  grade?: number;
  total?: { rounds: number; candidates: number };
  q1?: SourceCell | null;
  q2?: SourceCell | null;
  q3?: SourceCell | null;
  q4?: SourceCell | null;
  quarter_cells_in_order?: SourceCell[];
}

const UNPLACED_KO = '원문에서 분기를 알 수 없는 칸';
const UNPLACED_EN = 'the source prints this cell without a recoverable quarter';
const TASK_DEVELOPMENT_EN = 'task development (과제개발)';

/** The Seoul report's 4-3 table (역량평가 실시 운영계획) of 2022, as plan cells of the demo tenant. */
export function seoulAssessmentPlan(): AssessmentPlanCell[] {
  const program = seoulHrd2022.work_report.programs.find((p) => p.id === '4-3') as unknown as {
    assessment: { quarterly_plan: { rows: SourceRow[] } };
  };
  const cells: AssessmentPlanCell[] = [];
  for (const row of program.assessment.quarterly_plan.rows.filter((r) => r.metric === 'rounds_and_candidates')) {
    const grade = row.grade!;
    const add = (quarter: number | null, cell: SourceCell, noteKo: string | null, noteEn: string | null) =>
      cells.push({
        id: `e0a00000-0000-4000-8043-${String(grade * 100 + cells.filter((c) => c.grade === grade).length).padStart(12, '0')}`,
        tenantId: DemoTenants.seoul.id,
        fiscalYear: 2022,
        grade,
        position: cells.filter((c) => c.grade === grade).length,
        quarter,
        rounds: cell.rounds,
        candidates: cell.candidates,
        noteKo,
        noteEn,
      });
    if (row.quarter_cells_in_order) {
      // Grade 5: two cells survive, their quarters do not. Kept as printed, in no quarter.
      for (const cell of row.quarter_cells_in_order) add(null, cell, UNPLACED_KO, UNPLACED_EN);
      continue;
    }
    ([row.q1, row.q2, row.q3, row.q4] as (SourceCell | null | undefined)[]).forEach((cell, q) => {
      if (!cell) return;
      const note = cell.rounds === null ? (cell.printed ?? null) : null;
      add(q + 1, cell, note, note === '(과제개발)' ? TASK_DEVELOPMENT_EN : note);
    });
  }
  return cells;
}

/** Rounds held of a grade in a quarter (by the day they were held), and their candidates. */
export interface HeldRounds {
  grade: number;
  quarter: number;
  rounds: number;
  candidates: number;
}

const zeros = () => [0, 0, 0, 0];

/**
 * The assessment plan of a year against the rounds held, grade by grade: the planned rounds and
 * candidates per quarter (a note where a quarter plans none), the cells without a quarter, the
 * year's planned total, and what the rounds held per quarter.
 */
export function assessmentPlanReport(fiscalYear: number, cells: AssessmentPlanCell[], held: HeldRounds[]) {
  const grades = [...new Set([...cells.map((c) => c.grade), ...held.map((h) => h.grade)])].sort((a, b) => b - a);
  return {
    fiscalYear,
    grades: grades.map((grade) => {
      const own = cells.filter((c) => c.grade === grade).sort((a, b) => a.position - b.position);
      const placed = [1, 2, 3, 4].map((q) => own.find((c) => c.quarter === q) ?? null);
      const heldRounds = zeros();
      const heldCandidates = zeros();
      for (const h of held.filter((x) => x.grade === grade)) {
        heldRounds[h.quarter - 1] += h.rounds;
        heldCandidates[h.quarter - 1] += h.candidates;
      }
      const cell = (c: AssessmentPlanCell) => ({ rounds: c.rounds, candidates: c.candidates, noteKo: c.noteKo, noteEn: c.noteEn });
      return {
        grade,
        planned: placed.map((c) => (c ? cell(c) : null)),
        unplaced: own.filter((c) => c.quarter === null).map(cell),
        plannedTotal: {
          rounds: own.reduce((s, c) => s + (c.rounds ?? 0), 0),
          candidates: own.reduce((s, c) => s + (c.candidates ?? 0), 0),
        },
        held: { rounds: heldRounds, candidates: heldCandidates },
        heldTotal: { rounds: heldRounds.reduce((a, b) => a + b, 0), candidates: heldCandidates.reduce((a, b) => a + b, 0) },
      };
    }),
  };
}

export type AssessmentPlanReport = ReturnType<typeof assessmentPlanReport>;
