import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contact } from './contact.entity';

/** The columns of a contact, as a plain record. */
export type ContactRecord = Omit<Contact, 'changedAt'> & { changedAt: string };

const fromRow = (r: Record<string, unknown>): Contact => ({
  userId: r.user_id as string,
  tenantId: r.tenant_id as string,
  name: r.name as string,
  email: r.email as string,
  locale: (r.locale as 'ko' | 'en' | null) ?? null,
  roles: r.roles as string[],
  agencyCode: (r.agency_code as string | null) ?? null,
  phone: (r.phone as string | null) ?? null,
  active: r.active as boolean,
  changedAt: r.changed_at as Date,
});

@Injectable()
export class ContactsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Keeps the latest announcement of a user. A locale left out keeps the one known; an older
   * announcement (a backfill relayed after a change) changes nothing.
   */
  async upsert(tx: EntityManager, c: ContactRecord): Promise<void> {
    await tx.query(
      `INSERT INTO notification.contact (user_id, tenant_id, name, email, locale, roles, agency_code, active, changed_at, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (user_id) DO UPDATE SET
         tenant_id = EXCLUDED.tenant_id, name = EXCLUDED.name, email = EXCLUDED.email,
         locale = coalesce(EXCLUDED.locale, contact.locale), roles = EXCLUDED.roles,
         agency_code = EXCLUDED.agency_code, phone = EXCLUDED.phone, active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
       WHERE contact.changed_at <= EXCLUDED.changed_at`,
      [c.userId, c.tenantId, c.name, c.email, c.locale, c.roles, c.agencyCode, c.active, c.changedAt, c.phone],
    );
  }

  async byId(tx: EntityManager, tenantId: string, userId: string): Promise<Contact | null> {
    const rows = (await tx.query(`SELECT * FROM notification.contact WHERE tenant_id = $1 AND user_id = $2`, [tenantId, userId])) as Record<
      string,
      unknown
    >[];
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** The tenant's active people holding `role` among theirs, by name. */
  async activeWithRole(tx: EntityManager, tenantId: string, role: string): Promise<Contact[]> {
    const rows = (await tx.query(
      `SELECT * FROM notification.contact WHERE tenant_id = $1 AND active AND $2 = ANY (roles) ORDER BY name, user_id`,
      [tenantId, role],
    )) as Record<string, unknown>[];
    return rows.map(fromRow);
  }

  /** A person's mobile number as last announced, outside any transaction (their own preferences screen). */
  async phoneOf(tenantId: string, userId: string): Promise<string | null> {
    return (await this.byId(this.dataSource.manager, tenantId, userId))?.phone ?? null;
  }

  /** One contact, outside any transaction (tests and support). */
  find(userId: string): Promise<Contact | null> {
    return this.dataSource.manager
      .query(`SELECT * FROM notification.contact WHERE user_id = $1`, [userId])
      .then((rows: Record<string, unknown>[]) => (rows[0] ? fromRow(rows[0]) : null));
  }
}
