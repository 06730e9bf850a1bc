import { seoulHrd2022 } from '@baeum/source-data';
import { assessmentPlanReport, seoulAssessmentPlan } from './assessment-plan';

type Cell = { rounds: number | null; candidates: number | null; printed?: string } | null;
const source = (
  seoulHrd2022.work_report.programs.find((p) => p.id === '4-3') as unknown as {
    assessment: { quarterly_plan: { rows: { metric: string; grade?: number; total?: object; quarter_cells_in_order?: Cell[] }[] } };
  }
).assessment.quarterly_plan.rows;
const row = (grade: number) => source.find((r) => r.metric === 'rounds_and_candidates' && r.grade === grade)! as Record<string, unknown>;

describe("4-3's assessment plan", () => {
  const report = assessmentPlanReport(2022, seoulAssessmentPlan(), []);
  const grade = (g: number) => report.grades.find((x) => x.grade === g)!;

  it("keeps grade 4's quarters as the source prints them: 3 rounds of 60 in Q2 and Q4, task development in Q1 and Q3", () => {
    const printed = row(4);
    expect(grade(4).planned.map((c) => c && [c.rounds, c.candidates, c.noteKo])).toEqual(
      ['q1', 'q2', 'q3', 'q4'].map((q) => {
        const cell = printed[q] as NonNullable<Cell>;
        return [cell.rounds, cell.candidates, cell.rounds === null ? cell.printed : null];
      }),
    );
    expect(grade(4).plannedTotal).toEqual(printed.total);
    expect(grade(4).unplaced).toEqual([]);
  });

  it("keeps grade 5's two cells without a quarter, as the source gives them, and invents none", () => {
    const printed = row(5);
    expect(grade(5).planned).toEqual([null, null, null, null]);
    expect(grade(5).unplaced.map((c) => ({ rounds: c.rounds, candidates: c.candidates }))).toEqual(printed.quarter_cells_in_order);
    expect(grade(5).unplaced.every((c) => c.noteKo && c.noteEn)).toBe(true);
    expect(grade(5).plannedTotal).toEqual(printed.total);
  });

  it('sets the rounds held against the plan, quarter by quarter', () => {
    const held = assessmentPlanReport(2022, seoulAssessmentPlan(), [
      { grade: 4, quarter: 2, rounds: 2, candidates: 41 },
      { grade: 5, quarter: 3, rounds: 1, candidates: 70 },
    ]);
    expect(held.grades.map((g) => [g.grade, g.held, g.heldTotal])).toEqual([
      [5, { rounds: [0, 0, 1, 0], candidates: [0, 0, 70, 0] }, { rounds: 1, candidates: 70 }],
      [4, { rounds: [0, 2, 0, 0], candidates: [0, 41, 0, 0] }, { rounds: 2, candidates: 41 }],
    ]);
  });
});
