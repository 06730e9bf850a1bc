import { CohortScheduledV1, CohortSnapshot, EventEnvelope } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PreparatoryCohort } from '../preparatory-cohort.entity';

/** Keeps the replica's row for a cohort as the snapshot says (a scheduled or changed cohort). */
export async function keepCohort(tx: EntityManager, tenantId: string, { cohortId, courseCode, courseNameKo, startDate, endDate }: CohortSnapshot): Promise<void> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(PreparatoryCohort)
    .values({ cohortId, tenantId, courseCode, courseNameKo, startDate, endDate, cancelled: false })
    .orUpdate(['course_code', 'course_name_ko', 'start_date', 'end_date'], ['cohort_id'])
    .execute();
}

@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  readonly contract = CohortScheduledV1;

  async handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    await keepCohort(tx, event.tenantId, event.payload);
  }
}
