/** Enrollment's seats of a cohort (`GET /cohort-seats`). */
export interface CohortSeats {
  cohortId: string;
  capacity: number;
  confirmed: number;
  free: number;
}

/** Finance's committed amount of a cohort (`GET /commitments/by-cohort`). */
export interface CohortCommitment {
  cohortId: string;
  amount: string;
  commitments: number;
}

/** What the gateway adds to curriculum's cohort: free seats and the committed amount, null until known. */
export interface SeatsAndCommitment {
  seatsFree: number | null;
  committedAmount: string | null;
}

/**
 * The page's view of a cohort (`CohortPageView`): curriculum's facts, enrollment's free seats and
 * finance's committed amount. The last two are `null` until those services have processed the
 * cohort's event.
 */
export function combineCohortViews<C extends { id: string }>(
  cohorts: C[],
  seats: CohortSeats[],
  commitments: CohortCommitment[],
): (C & SeatsAndCommitment)[] {
  const seatsById = new Map(seats.map((s) => [s.cohortId, s]));
  const committedById = new Map(commitments.map((c) => [c.cohortId, c]));
  return cohorts.map((cohort) => ({
    ...cohort,
    seatsFree: seatsById.get(cohort.id)?.free ?? null,
    committedAmount: committedById.get(cohort.id)?.amount ?? null,
  }));
}
