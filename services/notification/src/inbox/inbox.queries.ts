import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** A notice to keep in someone's inbox, in the transaction of the event that causes it. */
export interface NewInboxItem {
  tenantId: string;
  recipient: string;
  eventId: string;
  eventType: string;
  title: string;
  body: string;
  link: string | null;
}

/** Whose inbox: both the institute and the person, so an id never reaches into another tenant. */
export interface InboxOwner {
  tenantId: string;
  userId: string;
}

export interface InboxRow {
  id: string;
  eventType: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

@Injectable()
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps items; one already there for its (event, recipient) stays as it is. */
  async add(tx: EntityManager, items: NewInboxItem[]): Promise<number> {
    let added = 0;
    for (const i of items) {
      const rows = (await tx.query(
        `INSERT INTO notification.inbox_item (id, tenant_id, recipient, event_id, event_type, title, body, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (event_id, recipient) DO NOTHING RETURNING id`,
        [randomUUID(), i.tenantId, i.recipient, i.eventId, i.eventType, i.title, i.body, i.link],
      )) as unknown[];
      added += rows.length;
    }
    return added;
  }

  /** One person's items, newest first (optionally only the unread ones). */
  async page(
    owner: InboxOwner,
    filter: { unread?: boolean },
    page: { limit: number; offset: number },
  ): Promise<{ total: number; unread: number; rows: InboxRow[] }> {
    const only = filter.unread ? 'AND read_at IS NULL' : '';
    const [{ total, unread }] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE true ${only})::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification.inbox_item WHERE tenant_id = $1 AND recipient = $2`,
      [owner.tenantId, owner.userId],
    )) as { total: number; unread: number }[];
    const rows = (await this.dataSource.query(
      `SELECT id, event_type, title, body, link, created_at, read_at FROM notification.inbox_item
        WHERE tenant_id = $1 AND recipient = $2 ${only}
        ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [owner.tenantId, owner.userId, page.limit, page.offset],
    )) as Record<string, unknown>[];
    return {
      total,
      unread,
      rows: rows.map((r) => ({
        id: r.id as string,
        eventType: r.event_type as string,
        title: r.title as string,
        body: r.body as string,
        link: (r.link as string | null) ?? null,
        createdAt: r.created_at as Date,
        readAt: (r.read_at as Date | null) ?? null,
      })),
    };
  }

  async unreadCount(owner: InboxOwner): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification.inbox_item WHERE tenant_id = $1 AND recipient = $2 AND read_at IS NULL`,
      [owner.tenantId, owner.userId],
    )) as { n: number }[];
    return n;
  }

  /** Marks one of the owner's items read (kept as first read when read again); false when it is not theirs. */
  async markRead(tx: EntityManager, owner: InboxOwner, id: string): Promise<boolean> {
    const rows = (await tx.query(
      `UPDATE notification.inbox_item SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND tenant_id = $2 AND recipient = $3 RETURNING id`,
      [id, owner.tenantId, owner.userId],
    )) as [unknown[], number];
    return rows[1] > 0;
  }

  /** Marks every unread item of the owner read; answers how many were. */
  async markAllRead(tx: EntityManager, owner: InboxOwner): Promise<number> {
    const rows = (await tx.query(
      `UPDATE notification.inbox_item SET read_at = now() WHERE tenant_id = $1 AND recipient = $2 AND read_at IS NULL RETURNING id`,
      [owner.tenantId, owner.userId],
    )) as [unknown[], number];
    return rows[1];
  }
}
