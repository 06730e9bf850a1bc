import { defineEvent } from '../schema';
import { CohortSnapshot, cohortSnapshotFields } from './cohort-snapshot';

/**
 * A cohort changed: rescheduled, capacity or quotas changed, room or hours moved. Carries the
 * whole cohort after the change, so a consumer never needs the events before it.
 */
export interface CohortChangedV1 extends CohortSnapshot {
  /** Names of the snapshot fields that changed, e.g. ["startDate", "endDate"]. */
  changedFields: string[];
  reason: string;
}

export const CohortChangedV1 = defineEvent<CohortChangedV1>({
  type: 'curriculum.cohort.changed',
  version: 1,
  topic: 'curriculum.cohort',
  keyOf: (p) => p.cohortId,
  fields: { ...cohortSnapshotFields, changedFields: { kind: 'strings' }, reason: { kind: 'string' } },
});
