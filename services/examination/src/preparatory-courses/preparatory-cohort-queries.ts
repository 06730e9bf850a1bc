import { CohortSnapshot } from '@baeum/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PreparatoryCohort } from './preparatory-cohort.entity';

/** Reads of the preparatory cohorts curriculum announced, inside the caller's tenant. */
@Injectable()
export class PreparatoryCohortQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(tenantId: string): Promise<PreparatoryCohort[]> {
    return this.dataSource.getRepository(PreparatoryCohort).find({ where: { tenantId }, order: { startDate: 'ASC' }, take: 500 });
  }
}

/** Keeps the replica's row for a cohort as the snapshot says (a scheduled or changed cohort). */
export async function keepCohort(
  tx: EntityManager,
  tenantId: string,
  { cohortId, courseCode, courseNameKo, startDate, endDate }: CohortSnapshot,
): Promise<void> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(PreparatoryCohort)
    .values({ cohortId, tenantId, courseCode, courseNameKo, startDate, endDate, cancelled: false })
    .orUpdate(['course_code', 'course_name_ko', 'start_date', 'end_date'], ['cohort_id'])
    .execute();
}
