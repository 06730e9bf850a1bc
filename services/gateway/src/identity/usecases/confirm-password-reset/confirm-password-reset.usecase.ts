import { PasswordResetDoneView } from '@baeum/api';
import { badRequest, CACHE, CacheStore, recordAudit } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthQueries } from '../../auth.queries';
import { rememberCredentials } from '../../credentials';
import { hashPassword } from '../../password';
import { assertStrongPassword } from '../../password-policy';
import { PasswordResetQueries } from '../../password-reset.queries';
import { SignInThrottle } from '../../sign-in-throttle';
import { tokenHash } from '../../sign-up.queries';

export interface ConfirmPasswordResetCommand {
  /** The token of the mailed link. */
  token: string;
  newPassword: string;
  /** The client's address: its sign-in waits for the account are forgotten too. */
  address: string;
}

/** One answer for a link that is unknown, used, replaced or expired, or whose account was disabled: none tells which. */
export const resetRefused = () =>
  badRequest('AUTH.RESET_INVALID', {
    field: 'token',
    message: '재설정 링크가 올바르지 않거나 만료되었습니다 / the reset link is unknown, used or expired',
  });

/**
 * 새 비밀번호 설정 by a reset's link: the password policy applies (a weak password leaves the link
 * usable); the link is used up in the transaction that sets the password; the credential version
 * rises, so every older session stops working; the temporary-password flag and the account's sign-in
 * waits end; the audit log records it. The owner then signs in with the new password.
 */
@Injectable()
export class ConfirmPasswordResetUseCase {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthQueries,
    private readonly resets: PasswordResetQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {
    // Only its forgetting is used here; the address rule counts nothing.
    this.throttle = new SignInThrottle(cache, { freeFailures: 0, capSeconds: 0, windowSeconds: 1 });
  }

  async execute(command: ConfirmPasswordResetCommand): Promise<PasswordResetDoneView> {
    const hash = tokenHash(command.token);
    const standing = await this.resets.standing(hash);
    const user = standing && (await this.auth.userById(standing.tenantId, standing.userId));
    const tenant = standing && (await this.auth.tenantById(standing.tenantId));
    if (!user || !tenant) throw resetRefused();
    assertStrongPassword('newPassword', command.newPassword, [user.email, user.name, tenant.slug, tenant.nameEn ?? '']);
    const passwordHash = await hashPassword(command.newPassword);
    const version = await this.dataSource.transaction(async (tx) => {
      // Two uses of one link at once: only one takes it.
      if ((await this.resets.take(tx, hash)) !== user.id) throw resetRefused();
      const raised = await this.auth.setPassword(tx, user.id, passwordHash);
      if (raised === null) throw resetRefused();
      // The administrator sees in the log that the owner set a new password by a mailed link.
      await recordAudit(tx, 'gateway', {
        tenantId: tenant.id,
        actorId: user.id,
        actorName: user.name,
        actorRole: user.role,
        action: 'user.password_reset_by_mail',
        subjectType: 'user',
        subjectId: user.id,
        before: null,
        after: null,
      });
      return raised;
    });
    await rememberCredentials(this.cache, user.id, { credentialVersion: version, disabledAt: null });
    await this.throttle.forgive({ address: command.address, tenant: tenant.slug, email: user.email });
    return { status: 'password_reset', tenantSlug: tenant.slug };
  }
}
