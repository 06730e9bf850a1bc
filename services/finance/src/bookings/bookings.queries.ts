import type { EntityManager } from 'typeorm';

/** Holds the cohort until the transaction ends, so that events about one cohort are applied one at a time. */
export async function lockCohortEvents(tx: EntityManager, cohortId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`finance:cohort:${cohortId}`]);
}
