import type { EntityManager } from 'typeorm';
import { AgencyQuota } from './agency-quota.entity';
import { Cohort } from './cohort.entity';

/** Reads of the cohort replica. */

/** The institute's cohorts, latest start first (at most 300). */
export const cohortsOfTenant = (tx: EntityManager, tenantId: string): Promise<Cohort[]> =>
  tx.getRepository(Cohort).find({ where: { tenantId }, order: { startDate: 'DESC' }, take: 300 });

/** A cohort with its agency quotas (by agency code); null when unknown. */
export async function cohortWithQuotas(tx: EntityManager, cohortId: string) {
  const cohort = await tx.findOne(Cohort, { where: { cohortId } });
  if (!cohort) return null;
  const quotas = await tx.find(AgencyQuota, { where: { cohortId }, order: { agencyCode: 'ASC' } });
  return { cohort, quotas: quotas.map(({ agencyCode, seats, confirmed }) => ({ agencyCode, seats, confirmed })) };
}

/** The institute's scheduled cohorts flagged under-filled, by start date. */
export const underFilledCohorts = (tx: EntityManager, tenantId: string): Promise<Cohort[]> =>
  tx.getRepository(Cohort).find({ where: { tenantId, underFilled: true, status: 'scheduled' }, order: { startDate: 'ASC' } });

/** The institute's own cohort; null when unknown or another's. */
export const cohortOfTenant = (tx: EntityManager, cohortId: string, tenantId: string): Promise<Cohort | null> =>
  tx.findOne(Cohort, { where: { cohortId, tenantId } });
