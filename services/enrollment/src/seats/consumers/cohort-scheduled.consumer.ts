import { CohortScheduledV1, CohortSnapshot, EventEnvelope, RelianceFields, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';

/** What the replica reads of a cohort snapshot (cohort-rules.ts: replicaFields, quotasOf), scheduled or changed. */
export const SNAPSHOT_READ: RelianceFields<CohortSnapshot> = {
  cohortId: 'uuid',
  courseId: 'uuid',
  courseCode: 'string',
  courseNameKo: 'string',
  courseNameEn: 'string?',
  cohortNo: 'int?',
  educationType: { kind: 'enum', optional: true, values: ['general', 'e_learning'] },
  fieldCode: 'string?',
  subfieldCode: 'string?',
  deliveryMode: { kind: 'enum', optional: true, values: ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'] },
  startDate: 'date',
  endDate: 'date',
  capacity: 'int',
  dailyStartTime: 'time?',
  dailyEndTime: 'time?',
  applicationOpens: 'date?',
  applicationCloses: 'date?',
  cancellationCloses: 'date?',
  minimumFill: 'int?',
  minimumFillCutoff: 'date?',
  approval: { kind: 'enum', optional: true, values: ['none', 'agency', 'institute', 'agency_and_institute'] },
  agencyQuotas: { kind: 'list', optional: true, items: { agencyCode: 'string', seats: 'int' } },
  openToOtherProvinces: 'boolean?',
  completionMinAttendancePercent: 'int?',
  completionRequiresAssessment: 'boolean?',
  instructors: { kind: 'list', optional: true, items: { instructorId: 'uuid', name: 'string' } },
};

/** A scheduled cohort opens its seats here. */
@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortScheduledV1, SNAPSHOT_READ);
  readonly contract = CohortScheduledV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    return this.replica.applySnapshot(tx, event.tenantId, event.payload);
  }
}
