import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable, Optional, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { CodedException, forbidden } from './errors';

import { Role, ROLES } from '@baeum/api';

export { ROLES };
export type { Role };

/** What a verified token says about its bearer. */
export interface AuthUser {
  userId: string;
  tenantId: string;
  role: Role;
  /** The agency (기관) a trainee or agency admin belongs to, by its code; null for institute staff. */
  agencyCode: string | null;
  name: string;
  /** The token was issued for a temporary password: only the routes marked PasswordChangeAllowed answer. */
  mustChangePassword?: boolean;
  /** The user's credential version when the token was issued (0 on tokens that carry none). */
  credentialVersion?: number;
}

export interface TokenClaims {
  sub: string;
  tid: string;
  role: Role;
  agency?: string | null;
  name: string;
  /** Password change required: the bearer signed in with a temporary password. */
  pwc?: boolean;
  /** Credential version: a password change, disabling or deleting the user makes older tokens fail at the gateway. */
  cv?: number;
}

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export const JWT_SERVICE = Symbol('JWT_SERVICE');
const PUBLIC_KEY = 'baeum:public';
const ROLES_KEY = 'baeum:roles';
const PASSWORD_CHANGE_ALLOWED_KEY = 'baeum:password-change-allowed';
const OPERATOR_ALLOWED_KEY = 'baeum:operator-allowed';

/** The route needs no token (health, metrics, sign-in). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/**
 * A route without @Roles answers every role of an institute, but not the platform operator, who belongs to
 * none (ADR 0014): only routes that name the role, or carry this mark (who am I, the password change), answer them.
 */
export const OperatorAllowed = () => SetMetadata(OPERATOR_ALLOWED_KEY, true);
/** The route answers a bearer who must still replace a temporary password (who am I, the change itself). */
export const PasswordChangeAllowed = () => SetMetadata(PASSWORD_CHANGE_ALLOWED_KEY, true);

/**
 * Checks a verified token against the user's current state (the credential version, disabled, deleted).
 * Only the gateway, which holds the users, provides one (ServiceKitOptions.credentialCheck); it throws a
 * 401 CodedException when the token no longer stands.
 */
export interface CredentialCheck {
  check(user: AuthUser): Promise<void>;
}
export const CREDENTIAL_CHECK = Symbol('CREDENTIAL_CHECK');

export function passwordChangeRequired(): CodedException {
  return new CodedException(403, 'AUTH.PASSWORD_CHANGE_REQUIRED', {
    message: '임시 비밀번호를 먼저 새 비밀번호로 바꾸세요 / Replace the temporary password first',
  });
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);

export function claimsToUser(claims: TokenClaims): AuthUser {
  return {
    userId: claims.sub,
    tenantId: claims.tid,
    role: claims.role,
    agencyCode: claims.agency ?? null,
    name: claims.name,
    mustChangePassword: claims.pwc === true,
    credentialVersion: typeof claims.cv === 'number' ? claims.cv : 0,
  };
}

/**
 * The caller a bearer token names, once its signature, expiry and claims are checked (not yet whether
 * the account still stands: that is the credential check's). 401 when there is no such caller.
 */
export async function bearerUser(jwt: JwtService, header: string | undefined): Promise<AuthUser> {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  if (!token) throw new CodedException(401, 'UNAUTHORIZED', { message: '로그인이 필요합니다 / Sign-in required' });
  let claims: TokenClaims;
  try {
    claims = await jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
  } catch {
    throw new CodedException(401, 'AUTH.TOKEN_INVALID', { message: '토큰이 유효하지 않거나 만료되었습니다 / Token invalid or expired' });
  }
  if (!claims.sub || !claims.tid || !ROLES.includes(claims.role))
    throw new CodedException(401, 'AUTH.TOKEN_INVALID', { message: '토큰이 유효하지 않습니다 / Token invalid' });
  return claimsToUser(claims);
}

/** Every service checks the bearer token itself; nothing trusts the network. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Optional() @Inject(CREDENTIAL_CHECK) private readonly credentials?: CredentialCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest();
    request.user = await bearerUser(this.jwt, request.headers.authorization);
    if (this.credentials) await this.credentials.check(request.user);
    // Enforced by every service, since every service runs this guard: a temporary password opens nothing else.
    if (request.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED_KEY, targets))
      throw passwordChangeRequired();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const operatorShutOut =
      !allowed && request.user.role === 'platform_operator' && !this.reflector.getAllAndOverride<boolean>(OPERATOR_ALLOWED_KEY, targets);
    if ((allowed && !allowed.includes(request.user.role)) || operatorShutOut)
      throw forbidden('FORBIDDEN', { message: '권한이 없습니다 / Not allowed for your role' });
    return true;
  }
}
