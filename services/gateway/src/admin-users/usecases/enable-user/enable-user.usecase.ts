import { AdminUserView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceUsers } from '../../../identity/user-events';
import { AdminUsersQueries, adminUserView, statusOf } from '../../admin-users.queries';
import { recordUserChange, tellCredentialCheck, userToChange } from '../../user-changes';

/** 정지 해제: the account may sign in again (its tokens from before stay void: disabling raised the credential version). */
@Injectable()
export class EnableUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<AdminUserView> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const user = await userToChange(tx, this.queries, actor, id);
      if (!user.disabledAt) return user;
      const changed = await this.queries.update(tx, user.id, { disabledAt: null }, false);
      await announceUsers(tx, this.publisher, [changed]);
      await recordUserChange(
        tx,
        actor,
        'user.enabled',
        changed,
        { email: user.email, status: 'disabled' },
        { email: user.email, status: statusOf(changed) },
      );
      return changed;
    });
    await tellCredentialCheck(this.cache, saved);
    return adminUserView(saved);
  }
}
