import { SessionView } from '@baeum/api';
import { ACCESS_TOKEN_TTL_SECONDS, AuthUser, CACHE, CacheStore, CodedException, CredentialCheck, TokenClaims } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { credentialsOf } from './auth.queries';
import type { Tenant } from './tenant.entity';
import type { User } from './user.entity';

/** How long the gateway trusts what it last read of a user's credentials; every change writes the cache at once. */
export const CREDENTIAL_CACHE_SECONDS = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cacheKey = (userId: string) => `credentials:${userId}`;
/** What the cache holds: the current credential version, or why no token of the user stands. */
type CredentialState = `v${number}` | 'gone' | 'disabled';

function stateOf(user: Pick<User, 'credentialVersion' | 'disabledAt'> | null): CredentialState {
  if (!user) return 'gone';
  if (user.disabledAt) return 'disabled';
  return `v${user.credentialVersion}`;
}

/** Tells the gateway's check at once that a user's credentials changed (a new password, disabled, deleted). */
export async function rememberCredentials(
  cache: CacheStore,
  userId: string,
  user: Pick<User, 'credentialVersion' | 'disabledAt'> | null,
): Promise<void> {
  await cache.set(cacheKey(userId), stateOf(user), CREDENTIAL_CACHE_SECONDS);
}

function revoked(): CodedException {
  return new CodedException(401, 'AUTH.TOKEN_INVALID', {
    message:
      '로그인이 더 이상 유효하지 않습니다 (비밀번호 변경, 계정 정지 또는 삭제) / The session no longer stands (password changed, account disabled or deleted)',
  });
}

/**
 * Checked by the gateway on every authenticated request: the token's credential version must be the
 * user's current one, and the user must exist, in the token's institute, and not be disabled. The
 * answer is cached briefly (CREDENTIAL_CACHE_SECONDS) so the hot path costs one cache read.
 */
@Injectable()
export class UserCredentialCheck implements CredentialCheck {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async check(auth: AuthUser): Promise<void> {
    if (!UUID.test(auth.userId) || !UUID.test(auth.tenantId)) throw revoked();
    const state = (await this.cache.get(cacheKey(auth.userId)).catch(() => null)) ?? (await this.load(auth));
    if (state !== `v${auth.credentialVersion ?? 0}`) throw revoked();
  }

  private async load(auth: AuthUser): Promise<string> {
    const state = stateOf(await credentialsOf(this.dataSource, auth.tenantId, auth.userId));
    await this.cache.set(cacheKey(auth.userId), state, CREDENTIAL_CACHE_SECONDS).catch(() => undefined);
    return state;
  }
}

/** A new session for a user: the token carries the credential version and, for a temporary password, `pwc`. */
export async function issueSession(
  jwt: JwtService,
  user: User,
  tenant: Tenant,
  view: (user: User, tenant: Tenant) => SessionView['user'],
): Promise<SessionView> {
  const claims: TokenClaims = {
    sub: user.id,
    tid: tenant.id,
    role: user.role,
    agency: user.agencyCode,
    name: user.name,
    cv: user.credentialVersion,
    ...(user.mustChangePassword ? { pwc: true } : {}),
  };
  const accessToken = await jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
  return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: view(user, tenant) };
}
