import { defineEvent } from '../schema';

/** A cohort's fill after a change of its seats: curriculum keeps fill rates from it. */
export interface FillChangedV1 {
  cohortId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  /** Below the cohort's minimum fill at its cut-off: its course manager must decide. */
  underFilled: boolean;
}

export const FillChangedV1 = defineEvent<FillChangedV1>({
  type: 'enrollment.fill.changed',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    cohortId: { kind: 'uuid' },
    capacity: { kind: 'int', min: 0 },
    confirmed: { kind: 'int', min: 0 },
    waitlisted: { kind: 'int', min: 0 },
    underFilled: { kind: 'boolean' },
  },
});
