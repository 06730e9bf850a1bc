import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A message as it was caught: a mail written to a file, or a text the simulated provider recorded. */
export interface CaughtRow {
  id: string;
  channel: 'email' | 'sms';
  kind: 'email' | 'sms' | 'lms';
  address: string;
  subject: string;
  body: string;
  eventType: string;
  at: Date;
}

@Injectable()
export class CatcherQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A tenant's caught messages, newest first: the mails its deliveries wrote (their text part) when
   * `mail`, and the texts the simulated provider recorded for them when `texts`.
   */
  async page(
    tenantId: string,
    show: { mail: boolean; texts: boolean },
    page: { limit: number; offset: number },
  ): Promise<{ total: number; rows: CaughtRow[] }> {
    const from = `FROM notification.delivery d LEFT JOIN notification.text_message t ON d.channel = 'sms' AND t.reference = d.id::text
      WHERE d.tenant_id = $1 AND d.status = 'sent'
        AND ((d.channel = 'email' AND $2::boolean) OR (d.channel = 'sms' AND t.id IS NOT NULL AND $3::boolean))`;
    const params = [tenantId, show.mail, show.texts];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n ${from}`, params)) as { n: number }[];
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.channel, d.address, d.subject, d.event_type, coalesce(t.kind, 'email') AS kind,
              CASE WHEN d.channel = 'sms' THEN t.text ELSE d.content->>'text' END AS body, coalesce(t.created_at, d.sent_at) AS at
         ${from} ORDER BY at DESC, d.id LIMIT $4 OFFSET $5`,
      [...params, page.limit, page.offset],
    )) as Record<string, unknown>[];
    return {
      total: n,
      rows: rows.map((r) => ({
        id: r.id as string,
        channel: r.channel as 'email' | 'sms',
        kind: r.kind as 'email' | 'sms' | 'lms',
        address: r.address as string,
        subject: r.subject as string,
        body: r.body as string,
        eventType: r.event_type as string,
        at: r.at as Date,
      })),
    };
  }
}
