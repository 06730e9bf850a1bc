import { EventPublisher } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceUsers } from '../../identity/user-events';
import { User } from '../../identity/user.entity';

/**
 * `identity.user.changed` once for every user there already is, so the notification service's
 * contacts start complete; from here on every change of a user announces it. Users seeded later
 * are announced by the seed, in the transaction that writes them.
 */
export class UserDirectoryBackfill1765900000000 implements MigrationInterface {
  name = 'UserDirectoryBackfill1765900000000';

  async up(q: QueryRunner): Promise<void> {
    const rows: {
      id: string;
      tenant_id: string;
      email: string;
      name: string;
      role: User['role'];
      roles: User['role'][];
      agency_code: string | null;
      disabled_at: Date | null;
      verified_at: Date | null;
    }[] = await q.query(
      `SELECT id, tenant_id, email, name, role, roles, agency_code, disabled_at, verified_at FROM "gateway"."app_user" ORDER BY tenant_id, id`,
    );
    const users = rows.map(
      (r) =>
        ({
          id: r.id,
          tenantId: r.tenant_id,
          email: r.email,
          name: r.name,
          role: r.role,
          roles: r.roles,
          agencyCode: r.agency_code,
          disabledAt: r.disabled_at,
          verifiedAt: r.verified_at,
        }) as User,
    );
    // Serialised like any embedded writer: the relay sends the outbox in the order rows were written.
    await announceUsers(q.manager, new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: true }), users);
  }

  async down(): Promise<void> {
    // Events once published stay published.
  }
}
