import type { ExamKind } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import type { HeldRecruitment } from './recruitment-plan';
import { RecruitmentPlanQuarter } from './recruitment-plan.entity';

/** A year's recruitment plan of a kind of exam. */
export const recruitmentPlan = (
  m: EntityManager,
  tenantId: string,
  fiscalYear: number,
  kind: ExamKind,
): Promise<RecruitmentPlanQuarter[]> =>
  m.find(RecruitmentPlanQuarter, { where: { tenantId, fiscalYear, kind }, order: { quarter: 'ASC' } });

/** The year's exams of a kind by the quarter of their result day, with the selections they announced and who passed. */
export async function heldRecruitment(m: EntityManager, tenantId: string, fiscalYear: number, kind: ExamKind): Promise<HeldRecruitment[]> {
  return m.query(
    `SELECT extract(quarter FROM e.result_on)::int AS quarter, count(*)::int AS rounds, coalesce(sum(e.selection_planned), 0)::int AS announced,
            coalesce(sum((SELECT count(*) FROM examination.application a WHERE a.exam_id = e.id AND a.final_result = 'pass')), 0)::int AS selected
       FROM examination.exam e
      WHERE e.tenant_id = $1 AND e.year = $2 AND e.kind = $3
      GROUP BY 1`,
    [tenantId, fiscalYear, kind],
  );
}

/** Seeds plan quarters that are not there yet. */
export async function insertRecruitmentPlan(m: EntityManager, rows: RecruitmentPlanQuarter[]): Promise<void> {
  if (rows.length > 0) await m.createQueryBuilder().insert().into(RecruitmentPlanQuarter).values(rows).orIgnore().execute();
}
