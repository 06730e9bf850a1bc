import { AdminUserView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unlockSignIn } from '../../../identity/sign-in-throttle';
import { AdminUsersQueries, adminUserView } from '../../admin-users.queries';
import { recordUserChange, userToChange } from '../../user-changes';

/** 잠금 해제: the sign-in delays that wrong passwords put on the account end, from every address. */
@Injectable()
export class UnlockUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<AdminUserView> {
    const { user, slug } = await this.dataSource.transaction(async (tx) => {
      const user = await userToChange(tx, this.queries, actor, id);
      const tenant = await this.queries.tenant(tx, actor.tenantId);
      await recordUserChange(tx, actor, 'user.unlocked', user, null, { email: user.email });
      return { user, slug: tenant.slug };
    });
    await unlockSignIn(this.cache, slug, user.email);
    return adminUserView(user);
  }
}
