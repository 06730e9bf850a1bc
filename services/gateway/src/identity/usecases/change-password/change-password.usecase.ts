import { CACHE, CacheStore, fieldError, invalidInput, notFound } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthQueries } from '../../auth.queries';
import { rememberCredentials } from '../../credentials';
import { hashPassword, verifyPassword } from '../../password';
import { assertStrongPassword } from '../../password-policy';
import type { Tenant } from '../../tenant.entity';
import type { User } from '../../user.entity';

export interface ChangePasswordCommand {
  userId: string;
  tenantId: string;
  /** The password now (temporary or not). */
  currentPassword: string;
  newPassword: string;
}

export const userUnknown = () => notFound('AUTH.USER_UNKNOWN', { message: '사용자를 찾을 수 없습니다 / User not found' });

/**
 * 비밀번호 변경: the current password for a new one that the policy accepts. The credential version
 * rises, so every older token stops working; the caller issues the new session from what it returns.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AuthQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<{ user: User; tenant: Tenant }> {
    const user = await this.queries.userById(command.tenantId, command.userId);
    const tenant = await this.queries.tenantById(command.tenantId);
    if (!user || !tenant) throw userUnknown();
    if (!(await verifyPassword(command.currentPassword, user.passwordHash))) {
      throw invalidInput([
        fieldError(
          'currentPassword',
          'AUTH.WRONG_CURRENT_PASSWORD',
          undefined,
          '지금 비밀번호가 올바르지 않습니다 / the current password is incorrect',
        ),
      ]);
    }
    if (command.newPassword === command.currentPassword) {
      throw invalidInput([
        fieldError(
          'newPassword',
          'AUTH.SAME_PASSWORD',
          undefined,
          '지금과 다른 비밀번호를 정하세요 / choose a password different from the current one',
        ),
      ]);
    }
    assertStrongPassword('newPassword', command.newPassword, [user.email, user.name, tenant.slug, tenant.nameEn ?? '']);
    const passwordHash = await hashPassword(command.newPassword);
    const version = await this.dataSource.transaction((tx) => this.queries.setPassword(tx, user.id, passwordHash));
    if (version === null) throw userUnknown();
    const changed: User = { ...user, passwordHash, mustChangePassword: false, credentialVersion: version };
    await rememberCredentials(this.cache, user.id, changed);
    return { user: changed, tenant };
  }
}
