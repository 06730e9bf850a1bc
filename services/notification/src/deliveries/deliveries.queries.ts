import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { DeliveryStatus } from './delivery.entity';

/** A message to record as due, in the transaction of the event that causes it. */
export interface NewDelivery {
  tenantId: string;
  eventId: string;
  eventType: string;
  recipient: string;
  channel: string;
  address: string;
  template: string;
  locale: string;
  subject: string;
  content: { text: string; html: string };
  /** When it may first be sent (a text held by quiet hours); now when left out. */
  dueAt?: Date;
}

/** A due delivery the sender has claimed. */
export interface DueDelivery {
  id: string;
  tenantId: string;
  eventId: string;
  recipient: string;
  channel: string;
  address: string;
  subject: string;
  content: { text: string; html: string };
  attempts: number;
}

@Injectable()
export class DeliveriesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Records deliveries as pending; one already there for its (event, recipient, channel) stays as it is. */
  async enqueue(tx: EntityManager, deliveries: NewDelivery[]): Promise<number> {
    let added = 0;
    for (const d of deliveries) {
      const rows = (await tx.query(
        `INSERT INTO notification.delivery
           (id, tenant_id, event_id, event_type, recipient, channel, address, template, locale, subject, content, status, attempts, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', 0, coalesce($12::timestamptz, now()))
         ON CONFLICT (event_id, recipient, channel) DO NOTHING RETURNING id`,
        [
          randomUUID(),
          d.tenantId,
          d.eventId,
          d.eventType,
          d.recipient,
          d.channel,
          d.address,
          d.template,
          d.locale,
          d.subject,
          JSON.stringify(d.content),
          d.dueAt ?? null,
        ],
      )) as unknown[];
      added += rows.length;
    }
    return added;
  }

  /**
   * Claims up to `limit` deliveries due now (pending, or failed with a retry due), moving their next
   * attempt `leaseMs` ahead so that no other sender takes them while this one sends.
   */
  claimDue(limit: number, leaseMs: number): Promise<DueDelivery[]> {
    return this.dataSource.transaction(async (tx) => {
      const rows = (await tx.query(
        `SELECT id, tenant_id, event_id, recipient, channel, address, subject, content, attempts FROM notification.delivery
          WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      )) as Record<string, unknown>[];
      if (rows.length === 0) return [];
      await tx.query(
        `UPDATE notification.delivery SET next_attempt_at = now() + ($2::int * interval '1 millisecond') WHERE id = ANY ($1::uuid[])`,
        [rows.map((r) => r.id), leaseMs],
      );
      return rows.map((r) => ({
        id: r.id as string,
        tenantId: r.tenant_id as string,
        eventId: r.event_id as string,
        recipient: r.recipient as string,
        channel: r.channel as string,
        address: r.address as string,
        subject: r.subject as string,
        content: r.content as { text: string; html: string },
        attempts: r.attempts as number,
      }));
    });
  }

  async markSent(id: string, providerMessageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.delivery SET status = 'sent', attempts = attempts + 1, provider_message_id = $2, sent_at = now(),
              next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      [id, providerMessageId],
    );
  }

  /** Not sent yet, and no attempt: due again at `until` (a text claimed in its recipient's quiet hours). */
  async postpone(id: string, until: Date): Promise<void> {
    await this.dataSource.query(`UPDATE notification.delivery SET next_attempt_at = $2, updated_at = now() WHERE id = $1`, [id, until]);
  }

  /** An attempt failed: recorded with its reason, and retried at `retryAt` (never, when null). */
  async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.delivery SET status = 'failed', attempts = attempts + 1, last_error = $2, next_attempt_at = $3,
              updated_at = now() WHERE id = $1`,
      [id, error.slice(0, 2000), retryAt],
    );
  }

  /** The deliveries of one event (tests and support). */
  byEvent(eventId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(`SELECT * FROM notification.delivery WHERE event_id = $1 ORDER BY recipient, channel`, [eventId]);
  }

  /** A tenant's delivery log, newest first, filtered. */
  async page(
    tenantId: string,
    filter: { status?: DeliveryStatus; eventType?: string; recipient?: string },
    page: { limit: number; offset: number },
  ): Promise<{ total: number; rows: Record<string, unknown>[] }> {
    const where = ['tenant_id = $1'];
    const params: unknown[] = [tenantId];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.eventType) where.push(`event_type = $${params.push(filter.eventType)}`);
    if (filter.recipient) where.push(`(recipient = $${params.push(filter.recipient)} OR address = lower($${params.length}))`);
    const clause = where.join(' AND ');
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification.delivery WHERE ${clause}`, params)) as {
      n: number;
    }[];
    const rows = (await this.dataSource.query(
      `SELECT id, event_id, event_type, recipient, channel, address, template, locale, subject, status, attempts, last_error,
              next_attempt_at, created_at, updated_at, sent_at
         FROM notification.delivery WHERE ${clause} ORDER BY created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    )) as Record<string, unknown>[];
    return { total: n, rows };
  }
}
