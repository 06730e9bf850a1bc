import { seoulHrd2022 } from '@baeum/source-data';
import { recruitmentPlanReport, seoulCareerRecruitmentPlan } from './recruitment-plan';

const rows = (
  seoulHrd2022.work_report.programs.find((p) => p.id === '4-2') as unknown as {
    quarterly_plan: { rows: { metric: string; total: number; q1: number; q2: number; q3: number; q4: number }[] };
  }
).quarterly_plan.rows;
const printed = (metric: string) => rows.find((r) => r.metric === metric)!;
const quarters = (metric: string) => ['q1', 'q2', 'q3', 'q4'].map((q) => printed(metric)[q as 'q1']);

describe("4-2's career recruitment plan", () => {
  it('keeps the selections and rounds per quarter as the source gives them, and their totals', () => {
    const report = recruitmentPlanReport(2022, 'career', seoulCareerRecruitmentPlan(), []);
    expect(report.planned).toEqual({ selections: quarters('selections'), rounds: quarters('rounds') });
    expect(report.plannedTotal).toEqual({ selections: printed('selections').total, rounds: printed('rounds').total });
    expect(report.heldTotal).toEqual({ rounds: 0, announced: 0, selected: 0 });
  });

  it('sets the exams held against the plan by the quarter of their result day', () => {
    const report = recruitmentPlanReport(2022, 'career', seoulCareerRecruitmentPlan(), [
      { quarter: 1, rounds: 3, announced: 12, selected: 10 },
      { quarter: 4, rounds: 1, announced: 2, selected: 0 },
    ]);
    expect(report.held).toEqual({ rounds: [3, 0, 0, 1], announced: [12, 0, 0, 2], selected: [10, 0, 0, 0] });
    expect(report.heldTotal).toEqual({ rounds: 4, announced: 14, selected: 10 });
  });

  it('says when a year has no plan', () => {
    expect(recruitmentPlanReport(2030, 'career', [], []).hasPlan).toBe(false);
  });
});
