import type { ExamKind } from '@baeum/api';
import { DemoTenants, seoulHrd2022 } from '@baeum/source-data';
import type { RecruitmentPlanQuarter } from './recruitment-plan.entity';

type Row = { metric: string; q1: number; q2: number; q3: number; q4: number };

/** The Seoul report's 4-2 table (선발계획, 추진횟수) of 2022: the career recruitment plan of the demo tenant. */
export function seoulCareerRecruitmentPlan(): RecruitmentPlanQuarter[] {
  const rows = (seoulHrd2022.work_report.programs.find((p) => p.id === '4-2') as unknown as { quarterly_plan: { rows: Row[] } })
    .quarterly_plan.rows;
  const of = (metric: string) => {
    const row = rows.find((r) => r.metric === metric)!;
    return [row.q1, row.q2, row.q3, row.q4];
  };
  const selections = of('selections');
  const rounds = of('rounds');
  return [0, 1, 2, 3].map((q) => ({
    id: `e0a00000-0000-4000-8042-${String(q + 1).padStart(12, '0')}`,
    tenantId: DemoTenants.seoul.id,
    fiscalYear: 2022,
    kind: 'career' as const,
    quarter: q + 1,
    selections: selections[q],
    rounds: rounds[q],
  }));
}

/** Exams of a kind and year whose results fall in a quarter: how many, the selections they announced, and who passed. */
export interface HeldRecruitment {
  quarter: number;
  rounds: number;
  announced: number;
  selected: number;
}

/**
 * The recruitment plan of a year for a kind of exam against the exams held: a round counts in the
 * quarter of its result day (합격자 발표), with the selections it announced and the applicants who
 * passed in the end.
 */
export function recruitmentPlanReport(fiscalYear: number, kind: ExamKind, plan: RecruitmentPlanQuarter[], held: HeldRecruitment[]) {
  const quarter = (q: number) => plan.find((p) => p.quarter === q + 1);
  const heldIn = (q: number) => held.filter((h) => h.quarter === q + 1);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const planned = {
    selections: [0, 1, 2, 3].map((q) => quarter(q)?.selections ?? 0),
    rounds: [0, 1, 2, 3].map((q) => quarter(q)?.rounds ?? 0),
  };
  const done = {
    rounds: [0, 1, 2, 3].map((q) => sum(heldIn(q).map((h) => h.rounds))),
    announced: [0, 1, 2, 3].map((q) => sum(heldIn(q).map((h) => h.announced))),
    selected: [0, 1, 2, 3].map((q) => sum(heldIn(q).map((h) => h.selected))),
  };
  return {
    fiscalYear,
    kind,
    hasPlan: plan.length > 0,
    planned,
    plannedTotal: { selections: sum(planned.selections), rounds: sum(planned.rounds) },
    held: done,
    heldTotal: { rounds: sum(done.rounds), announced: sum(done.announced), selected: sum(done.selected) },
  };
}
