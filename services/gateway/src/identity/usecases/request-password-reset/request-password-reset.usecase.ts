import { PasswordResetAcceptedView } from '@baeum/api';
import { PasswordResetRequestedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { CACHE, CacheStore } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthQueries } from '../../auth.queries';
import { PasswordResetQueries } from '../../password-reset.queries';
import { newVerificationToken } from '../../sign-up.queries';

export interface RequestPasswordResetCommand {
  /** The institute's code, as sign-in names it. */
  tenant: string;
  email: string;
  /** The language the mail is written in. */
  locale: 'ko' | 'en';
}

/** How long a reset's link stands. */
export const RESET_TTL_MS = 30 * 60_000;
/** The web page the mailed link opens (apps/web's route). */
export const RESET_CONFIRM_PATH = '/password-reset/confirm';
/** Mails per address and institute within the window; more requests answer alike and send nothing. */
export const RESETS_PER_ACCOUNT = 5;
export const RESET_WINDOW_SECONDS = 3600;

const ACCEPTED: PasswordResetAcceptedView = { status: 'reset_requested' };

/**
 * 비밀번호 재설정 요청. The answer is the same for every address (known, unknown, disabled, not yet
 * verified, or asked too often), after the same work: a token is made and hashed and the account looked
 * up in every case. Only an active account (verified, not disabled) gets a reset: its one pending
 * link (30 minutes, replacing any before) and `identity.password_reset.requested`, written in the same
 * transaction, which the notification service mails.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthQueries,
    private readonly resets: PasswordResetQueries,
    private readonly publisher: EventPublisher,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async execute(command: RequestPasswordResetCommand): Promise<PasswordResetAcceptedView> {
    const slug = command.tenant.trim().toLowerCase();
    const email = command.email.trim().toLowerCase();
    // Counted per address asked for, whether or not it is registered: the limit tells nothing either.
    const asked = await this.cache.incrementWindow(`pwreset:account:${slug}:${email}`, RESET_WINDOW_SECONDS);
    const { token, hash } = newVerificationToken();
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    await this.dataSource.transaction(async (tx) => {
      const tenant = await this.auth.tenantBySlug(slug, tx);
      const user = tenant ? await this.auth.userByEmail(tenant.id, email, tx) : null;
      if (!tenant || tenant.deactivatedAt || !user || user.disabledAt || !user.verifiedAt || asked > RESETS_PER_ACCOUNT) return;
      await this.resets.replace(tx, user, hash, expiresAt);
      await this.publisher.publish(tx, PasswordResetRequestedV1, tenant.id, {
        userId: user.id,
        email: user.email,
        name: user.name,
        tenantSlug: tenant.slug,
        tenantName: command.locale === 'en' ? tenant.nameEn : tenant.nameKo,
        resetPath: `${RESET_CONFIRM_PATH}?token=${token}`,
        expiresAt: expiresAt.toISOString(),
        locale: command.locale,
      });
    });
    return ACCEPTED;
  }
}
