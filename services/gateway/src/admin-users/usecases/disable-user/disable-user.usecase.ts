import { AdminUserView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, conflict } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceUsers } from '../../../identity/user-events';
import { AdminUsersQueries, adminUserView } from '../../admin-users.queries';
import { assertAnotherAdminStays, recordUserChange, tellCredentialCheck, userAndAdmins } from '../../user-changes';

/** 계정 정지: the account cannot sign in and its tokens stop working at once. Not one's own, nor the institute's last administrator. */
@Injectable()
export class DisableUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<AdminUserView> {
    const saved = await this.dataSource.transaction(async (tx) => {
      if (id === actor.userId) {
        throw conflict('ADMIN.SELF_DISABLE', { message: '자신의 계정은 정지할 수 없습니다 / You cannot disable your own account' });
      }
      const { user, admins } = await userAndAdmins(tx, this.queries, actor, id);
      if (user.disabledAt) return user;
      assertAnotherAdminStays(admins, user.id);
      const changed = await this.queries.update(tx, user.id, { disabledAt: new Date() }, true);
      await announceUsers(tx, this.publisher, [changed]);
      await recordUserChange(
        tx,
        actor,
        'user.disabled',
        changed,
        { email: user.email, status: 'active' },
        { email: user.email, status: 'disabled' },
      );
      return changed;
    });
    await tellCredentialCheck(this.cache, saved);
    return adminUserView(saved);
  }
}
