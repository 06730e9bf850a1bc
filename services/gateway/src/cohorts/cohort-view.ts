/** What curriculum says about a cohort (its view carries more fields, passed on as they are). */
export interface CurriculumCohort {
  id: string;
  courseId: string;
  courseCode: string;
  courseNameKo: string;
  courseNameEn: string;
  startDate: string;
  endDate: string;
  capacity: number;
  estimatedCost: string;
  budgetLineCode: string;
  status: string;
  createdAt: string;
  cohortNo?: number;
  dailyStartTime?: string;
  dailyEndTime?: string;
  deliveryMode?: string;
  roomId?: string | null;
  roomNameKo?: string | null;
  roomNameEn?: string | null;
  instructors?: { id: string; name: string }[];
  /** Seats confirmed and waiting as enrollment last reported them to curriculum. */
  confirmed?: number;
  waitlisted?: number;
  underFilled?: boolean;
}

export interface CohortSeats {
  cohortId: string;
  capacity: number;
  confirmed: number;
  free: number;
}

export interface CohortCommitment {
  cohortId: string;
  amount: string;
  commitments: number;
}

/**
 * The page's view of a cohort: curriculum's facts, enrollment's free seats and finance's committed
 * amount. The last two are `null` until those services have processed the cohort's event.
 */
export interface CohortPageView extends CurriculumCohort {
  seatsFree: number | null;
  committedAmount: string | null;
}

export function combineCohortViews(cohorts: CurriculumCohort[], seats: CohortSeats[], commitments: CohortCommitment[]): CohortPageView[] {
  const seatsById = new Map(seats.map((s) => [s.cohortId, s]));
  const committedById = new Map(commitments.map((c) => [c.cohortId, c]));
  return cohorts.map((cohort) => ({
    ...cohort,
    seatsFree: seatsById.get(cohort.id)?.free ?? null,
    committedAmount: committedById.get(cohort.id)?.amount ?? null,
  }));
}
