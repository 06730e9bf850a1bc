import { CohortScheduledV1, CohortSnapshot, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PreparatoryCohort } from '../preparatory-cohort.entity';

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

@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortScheduledV1, {
    cohortId: 'uuid',
    courseCode: 'string',
    courseNameKo: 'string',
    startDate: 'date',
    endDate: 'date',
  });
  readonly contract = CohortScheduledV1;

  async handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    await keepCohort(tx, event.tenantId, event.payload);
  }
}
