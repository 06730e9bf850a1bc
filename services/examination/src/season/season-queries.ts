import { EntityManager } from 'typeorm';
import { Publication } from '../results/publication.entity';

/** An application the deadline lapsed, as its cancelled event tells it. */
export interface LapsedApplication {
  id: string;
  tenantId: string;
  examId: string;
  positionId: string;
  cancelledAt: Date;
}

/**
 * Cancels up to `limit` applications still unpaid when their exam's applications have closed; rows
 * another instance holds are skipped, so each lapses once. Returns those cancelled.
 */
export async function lapseUnpaid(tx: EntityManager, limit: number): Promise<LapsedApplication[]> {
  // An UPDATE answers [rows, count] through TypeORM.
  const [lapsed]: [LapsedApplication[], number] = await tx.query(
    `WITH due AS (
       SELECT a.id FROM examination.application a JOIN examination.exam e ON e.id = a.exam_id
        WHERE a.status = 'pending_payment' AND e.application_closes_at <= now()
        ORDER BY a.id LIMIT $1 FOR UPDATE OF a SKIP LOCKED)
     UPDATE examination.application a
        SET status = 'cancelled', cancel_reason = 'unpaid_at_deadline', cancelled_at = now(), refund_amount = 0, updated_at = now()
       FROM due WHERE a.id = due.id
     RETURNING a.id, a.tenant_id AS "tenantId", a.exam_id AS "examId", a.position_id AS "positionId", a.cancelled_at AS "cancelledAt"`,
    [limit],
  );
  return lapsed;
}

/** Publications whose instant has passed and that are not yet announced, locked; those another instance holds are skipped. */
export function unannouncedPublications(tx: EntityManager, limit: number): Promise<Publication[]> {
  return tx
    .getRepository(Publication)
    .createQueryBuilder('p')
    .where('p.announced_at IS NULL AND p.publish_at <= now()')
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .limit(limit)
    .getMany();
}

/** Marks a publication announced. */
export async function markAnnounced(tx: EntityManager, publication: Pick<Publication, 'examId' | 'stage'>): Promise<void> {
  await tx.update(Publication, { examId: publication.examId, stage: publication.stage }, { announcedAt: new Date() });
}
