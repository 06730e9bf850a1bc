import type { EnrollmentEndReason, EnrollmentRoute, EnrollmentStatus } from '@baeum/api';

/**
 * What the seat book reads and changes of an application: who holds or waits for a seat, in which
 * pool, and the status its seat gives it. The application (applications/application.entity.ts) is
 * one; the seat book does not import it, so seats sit below applications.
 */
export interface SeatHolder {
  id: string;
  tenantId: string;
  cohortId: string;
  traineeId: string;
  traineeTenantId: string;
  agencyCode: string;
  via: EnrollmentRoute;
  rank: number | null;
  status: EnrollmentStatus;
  appliedAt: Date;
  confirmedAt: Date | null;
  waitlistedAt: Date | null;
  endedAt: Date | null;
  endReason: EnrollmentEndReason | null;
  endNote: string | null;
}

/** The statuses that hold or wait for a seat, or wait for an approval. */
export const ACTIVE_STATUSES: EnrollmentStatus[] = ['pending', 'approved', 'waitlisted', 'confirmed'];
