import type { EntityManager } from 'typeorm';
import { AssessmentPlanCell } from './assessment-plan.entity';
import type { HeldRounds } from './assessment-plan';

/** A year's assessment plan cells of a tenant. */
export const planCells = (m: EntityManager, tenantId: string, fiscalYear: number): Promise<AssessmentPlanCell[]> =>
  m.find(AssessmentPlanCell, { where: { tenantId, fiscalYear }, order: { grade: 'DESC', position: 'ASC' } });

/** The rounds held in a year per grade and quarter (by the day held), with their candidates. */
export async function heldRounds(m: EntityManager, tenantId: string, fiscalYear: number): Promise<HeldRounds[]> {
  const rows: { grade: number; quarter: number; rounds: number; candidates: number }[] = await m.query(
    `SELECT r.target_grade AS grade, extract(quarter FROM r.held_on)::int AS quarter, count(*)::int AS rounds,
            coalesce(sum((SELECT count(*) FROM examination.assessment_candidate c WHERE c.round_id = r.id)), 0)::int AS candidates
       FROM examination.assessment_round r
      WHERE r.tenant_id = $1 AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
      GROUP BY 1, 2`,
    [tenantId, fiscalYear],
  );
  return rows;
}

/** Seeds plan cells that are not there yet (a cell is its tenant, year, grade and position). */
export async function insertPlanCells(m: EntityManager, cells: AssessmentPlanCell[]): Promise<void> {
  if (cells.length > 0) await m.createQueryBuilder().insert().into(AssessmentPlanCell).values(cells).orIgnore().execute();
}
