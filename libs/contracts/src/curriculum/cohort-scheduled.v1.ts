import { defineEvent } from '../schema';
import { CohortSnapshot, cohortSnapshotFields } from './cohort-snapshot';

/** A course manager scheduled a cohort (기수 편성). */
export type CohortScheduledV1 = CohortSnapshot;

export const CohortScheduledV1 = defineEvent<CohortScheduledV1>({
  type: 'curriculum.cohort.scheduled',
  version: 1,
  topic: 'curriculum.cohort',
  keyOf: (p) => p.cohortId,
  fields: cohortSnapshotFields,
});
