import { EntityManager } from 'typeorm';
import { Refund } from './refund.entity';

/** A refund owed, with what its event and the provider need: the exam and the payment's provider reference. */
export type DueRefund = Refund & { examId: string; paymentRef: string };

/**
 * Refunds still owed (only `refundId`, if given), oldest first, each locked for update; those another
 * instance holds are skipped, so that no refund is paid twice.
 */
export function dueRefunds(tx: EntityManager, limit: number, refundId?: string): Promise<DueRefund[]> {
  return tx.query(
    `SELECT r.id, r.tenant_id AS "tenantId", r.application_id AS "applicationId", r.amount, r.reason,
            a.exam_id AS "examId", p.provider_ref AS "paymentRef"
       FROM examination.refund r
       JOIN examination.application a ON a.id = r.application_id
       JOIN examination.payment p ON p.id = r.payment_id
      WHERE r.status = 'requested' ${refundId ? 'AND r.id = $2' : ''}
      ORDER BY r.requested_at LIMIT $1
      FOR UPDATE OF r SKIP LOCKED`,
    refundId ? [limit, refundId] : [limit],
  );
}
