import type { EntityManager } from 'typeorm';
import { PlanFigure } from './plan-figure.entity';

/** Writes of the approved plans' figures. */

/** Replaces a plan version's figures. */
export async function replacePlanFigures(tx: EntityManager, planVersionId: string, rows: PlanFigure[]): Promise<void> {
  await tx.delete(PlanFigure, { planVersionId });
  await tx.insert(PlanFigure, rows);
}
