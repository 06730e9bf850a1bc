import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Application } from '../applications/application.entity';
import { Attendance } from '../attendance/attendance.entity';
import { Cohort } from '../cohorts/cohort.entity';

/** Reads and writes of completion (수료) and certificates. */

/** The cohort's confirmed applications not yet completed (undecided, or not completed last time), by name. */
export const undecidedConfirmed = (tx: EntityManager, cohortId: string): Promise<Application[]> =>
  tx
    .getRepository(Application)
    .createQueryBuilder('a')
    .where(
      `a.cohort_id = :cohortId AND a.status = 'confirmed' AND (a.completion_status IS NULL OR a.completion_status = 'not_completed')`,
      {
        cohortId,
      },
    )
    .orderBy('a.trainee_name')
    .getMany();

/** Every mark of the cohort, per application. */
export async function marksByApplication(
  tx: EntityManager,
  cohortId: string,
  days?: ReadonlySet<string>,
): Promise<Map<string, Attendance['mark'][]>> {
  const marks = new Map<string, Attendance['mark'][]>();
  for (const a of await tx.find(Attendance, { where: { cohortId } }))
    // A mark on a day that is no longer a training day (since made a holiday) does not count.
    if (!days || days.has(a.day)) marks.set(a.applicationId, [...(marks.get(a.applicationId) ?? []), a.mark]);
  return marks;
}

export const markNotCompleted = (tx: EntityManager, applicationId: string, attendancePercent: number) =>
  tx.update(Application, applicationId, { completionStatus: 'not_completed', attendancePercent });

export const applicationById = async (tx: EntityManager, applicationId: string): Promise<Application | null> =>
  tx.findOne(Application, { where: { id: applicationId } });

export const recordProgress = (tx: EntityManager, applicationId: string, progressPercent: number) =>
  tx.update(Application, applicationId, { progressPercent });

/** The next certificate number of the sequence, as text. */
export async function nextCertificateSeq(tx: EntityManager): Promise<string> {
  const [{ seq }] = await tx.query(`SELECT nextval('enrollment.certificate_no_seq')::text AS seq`);
  return seq;
}

/** Completes the application unless it has completed already; true when this call did. */
export async function completeOnce(tx: EntityManager, applicationId: string, changes: Partial<Application>): Promise<boolean> {
  const done = await tx
    .createQueryBuilder()
    .update(Application)
    .set(changes)
    .where(`id = :id AND completion_status IS DISTINCT FROM 'completed'`, { id: applicationId })
    .execute();
  return !!done.affected;
}

export const cohortById = async (tx: EntityManager, cohortId: string): Promise<Cohort | null> =>
  tx.findOne(Cohort, { where: { cohortId } });

/** A completed application by its certificate's verification code (revoked or not). */
export const completedByVerificationCode = (tx: EntityManager, verificationCode: string): Promise<Application | null> =>
  tx.getRepository(Application).findOne({ where: { verificationCode, completionStatus: 'completed' } });

/** Revokes the application's certificate unless it is revoked already (or has none); true when this call did. */
export async function revokeOnce(tx: EntityManager, applicationId: string, by: string, reason: string): Promise<boolean> {
  const done = await tx
    .createQueryBuilder()
    .update(Application)
    .set({ certificateRevokedAt: () => 'now()', certificateRevokedBy: by, certificateRevokeReason: reason })
    .where(`id = :id AND completion_status = 'completed' AND certificate_revoked_at IS NULL`, { id: applicationId })
    .execute();
  return !!done.affected;
}
