import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QuietHours } from './quiet-hours';

/** How a person wants to be told (the inbox is always on). */
export interface Preferences {
  email: boolean;
  sms: boolean;
  quietHours: QuietHours | null;
}

/** Whoever chose nothing: e-mail, no texts until they opt in, and texts held 21:00-08:00 Seoul time. */
export const DEFAULT_PREFERENCES: Preferences = { email: true, sms: false, quietHours: { start: '21:00', end: '08:00' } };

const fromRow = (r: Record<string, unknown>): Preferences => ({
  email: r.email as boolean,
  sms: r.sms as boolean,
  quietHours: r.quiet_start ? { start: r.quiet_start as string, end: r.quiet_end as string } : null,
});

@Injectable()
export class PreferencesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** One person's preferences, outside any transaction. */
  async find(tenantId: string, userId: string): Promise<Preferences> {
    return (await this.of(this.dataSource.manager, tenantId, [userId])).get(userId)!;
  }

  /** The preferences of the tenant's `userIds`, the defaults for whoever has none. */
  async of(tx: EntityManager, tenantId: string, userIds: string[]): Promise<Map<string, Preferences>> {
    const found = new Map<string, Preferences>();
    if (userIds.length > 0) {
      const rows = (await tx.query(
        `SELECT * FROM notification.notification_preference WHERE tenant_id = $1 AND user_id = ANY ($2::uuid[])`,
        [tenantId, userIds],
      )) as Record<string, unknown>[];
      for (const r of rows) found.set(r.user_id as string, fromRow(r));
    }
    return new Map(userIds.map((id) => [id, found.get(id) ?? DEFAULT_PREFERENCES]));
  }

  async save(tx: EntityManager, tenantId: string, userId: string, p: Preferences): Promise<void> {
    await tx.query(
      `INSERT INTO notification.notification_preference (tenant_id, user_id, email, sms, quiet_start, quiet_end)
         VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, user_id) DO UPDATE SET email = EXCLUDED.email, sms = EXCLUDED.sms,
         quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, updated_at = now()`,
      [tenantId, userId, p.email, p.sms, p.quietHours?.start ?? null, p.quietHours?.end ?? null],
    );
  }
}
