import { ApplicationCancelledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lapseUnpaid } from './season-queries';

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
      const lapsed = await lapseUnpaid(tx, BATCH);
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
