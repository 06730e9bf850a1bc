import type { Role } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { ArrayContains, ArrayOverlap, DataSource, EntityManager, IsNull } from 'typeorm';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

/**
 * Identity's reads for the gateway's other features (institutes' names, an institute's people), and the
 * trainee account's own insert and removal: those features call these instead of the repositories.
 */
@Injectable()
export class DirectoryQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Every institute. */
  tenants(): Promise<Tenant[]> {
    return this.dataSource.getRepository(Tenant).find();
  }

  tenantById(id: string): Promise<Tenant | null> {
    return this.dataSource.getRepository(Tenant).findOneBy({ id });
  }

  /** An institute's active users who hold the agency admin role (among others, perhaps), by name. */
  activeAgencyAdmins(tenantId: string): Promise<User[]> {
    return this.dataSource.getRepository(User).find({
      where: { tenantId, roles: ArrayContains(['agency_admin']), disabledAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  tenantBySlug(slug: string): Promise<Tenant | null> {
    return this.dataSource.getRepository(Tenant).findOneBy({ slug });
  }

  /** A user of an institute, if they hold one of `roles` among theirs (any role when not given). */
  userOfTenant(tenantId: string, id: string, roles?: readonly Role[]): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { id, tenantId, ...(roles ? { roles: ArrayOverlap([...roles]) } : {}) } });
  }

  /** An institute's users holding one of `roles` among theirs (not only as the role they sign in with), by name. */
  usersWithRoles(tenantId: string, roles: readonly Role[]): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ where: { tenantId, roles: ArrayOverlap([...roles]) }, order: { name: 'ASC' } });
  }

  userByEmail(tenantId: string, email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { tenantId, email } });
  }

  async insertUser(tx: EntityManager, user: User): Promise<void> {
    await tx.getRepository(User).insert(user);
  }

  async deleteUser(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(User).delete({ id });
  }
}
