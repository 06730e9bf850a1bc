import { AdminUserPasswordView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../../identity/password';
import { temporaryPassword } from '../../../identity/workflows/issue-trainee-account.workflow';
import { AdminUsersQueries, adminUserView } from '../../admin-users.queries';
import { recordUserChange, tellCredentialCheck, userToChange } from '../../user-changes';

/** 비밀번호 초기화: a new temporary password, shown once; the user must set their own at next sign-in, and their sessions end. */
@Injectable()
export class ResetUserPasswordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<AdminUserPasswordView> {
    let password = '';
    const saved = await this.dataSource.transaction(async (tx) => {
      const user = await userToChange(tx, this.queries, actor, id);
      password = temporaryPassword([user.email, user.name]);
      const changed = await this.queries.update(
        tx,
        user.id,
        { passwordHash: await hashPassword(password), mustChangePassword: true },
        true,
      );
      await recordUserChange(tx, actor, 'user.password_reset', changed, null, { email: user.email, mustChangePassword: true });
      return changed;
    });
    await tellCredentialCheck(this.cache, saved);
    return { user: adminUserView(saved), temporaryPassword: password };
  }
}
