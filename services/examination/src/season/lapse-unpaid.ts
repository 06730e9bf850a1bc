import { ApplicationCancelledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const BATCH = 500;

/**
 * 미결제 원서 자동 취소: at the application deadline, applications whose fee is unpaid lapse. Each
 * instance may run this; SKIP LOCKED hands every application to one of them, once.
 */
@Injectable()
export class LapseUnpaidApplications {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  /** Lapses one batch; returns how many lapsed. */
  async run(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      // An UPDATE answers [rows, count] through TypeORM.
      const [lapsed]: [{ id: string; tenantId: string; examId: string; positionId: string; cancelledAt: Date }[], number] = await tx.query(
        `WITH due AS (
           SELECT a.id FROM examination.application a JOIN examination.exam e ON e.id = a.exam_id
            WHERE a.status = 'pending_payment' AND e.application_closes_at <= now()
            ORDER BY a.id LIMIT $1 FOR UPDATE OF a SKIP LOCKED)
         UPDATE examination.application a
            SET status = 'cancelled', cancel_reason = 'unpaid_at_deadline', cancelled_at = now(), refund_amount = 0, updated_at = now()
           FROM due WHERE a.id = due.id
         RETURNING a.id, a.tenant_id AS "tenantId", a.exam_id AS "examId", a.position_id AS "positionId", a.cancelled_at AS "cancelledAt"`,
        [BATCH],
      );
      for (const a of lapsed) {
        await this.publisher.publish(tx, ApplicationCancelledV1, a.tenantId, {
          applicationId: a.id,
          examId: a.examId,
          positionId: a.positionId,
          reason: 'unpaid_at_deadline',
          cancelledAt: a.cancelledAt.toISOString(),
        });
      }
      return lapsed.length;
    });
  }
}
