import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Reads and writes of trainee links (enrollment's trainee records → the gateway's users). */
@Injectable()
export class TraineeLinksQueries {
  /** Keeps the newest link of a trainee: an older announcement (a backfill relayed late) changes nothing. */
  async upsert(
    tx: EntityManager,
    link: { tenantId: string; traineeId: string; userId: string | null; agencyCode: string; linkedAt: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO notification.trainee_link (tenant_id, trainee_id, user_id, agency_code, linked_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, trainee_id) DO UPDATE SET
         user_id = EXCLUDED.user_id, agency_code = EXCLUDED.agency_code, linked_at = EXCLUDED.linked_at
       WHERE trainee_link.linked_at <= EXCLUDED.linked_at`,
      [link.tenantId, link.traineeId, link.userId, link.agencyCode, link.linkedAt],
    );
  }

  /** The account a trainee of the tenant is linked to: null when linked to none, undefined when no link is known yet. */
  async userOf(tx: EntityManager, tenantId: string, traineeId: string): Promise<string | null | undefined> {
    const rows = (await tx.query(`SELECT user_id FROM notification.trainee_link WHERE tenant_id = $1 AND trainee_id = $2`, [
      tenantId,
      traineeId,
    ])) as { user_id: string | null }[];
    return rows.length === 0 ? undefined : rows[0].user_id;
  }
}
