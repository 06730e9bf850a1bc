import { ChangePasswordDto, LoginDto, SessionView, UserView } from '@baeum/api';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  AuthUser,
  CACHE,
  CacheStore,
  CodedException,
  CurrentUser,
  fieldError,
  invalidInput,
  notFound,
  Public,
  SERVICE_ENV,
  TokenClaims,
} from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { GatewayEnv } from '../config/env';
import { DECOY_HASH, hashPassword, verifyPassword } from './password';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

const LOGIN_WINDOW_SECONDS = 300;
const PASSWORD_CHANGES_PER_WINDOW = 10;

/** Too many tries in the window: 429 with the seconds to wait. */
export function tooManyTries(message: string, windowSeconds: number): CodedException {
  return new CodedException(429, 'RATE_LIMITED', { message, params: { retryAfterSeconds: windowSeconds } });
}

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: GatewayEnv,
  ) {}

  /** Issues a short-lived access token. Unknown institute, user or password all answer alike. */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async login(@Body() body: LoginDto, @Ip() ip: string): Promise<SessionView> {
    const email = body.email.toLowerCase();
    const attempts = await this.cache.incrementWindow(`login:${ip}:${body.tenant}:${email}`, LOGIN_WINDOW_SECONDS);
    if (attempts > this.env.LOGIN_ATTEMPTS_PER_WINDOW) {
      throw tooManyTries(
        '로그인 시도가 너무 많습니다. 5분 후 다시 시도하세요 / Too many sign-in attempts; try again in 5 minutes',
        LOGIN_WINDOW_SECONDS,
      );
    }
    const tenant = await this.dataSource.getRepository(Tenant).findOne({ where: { slug: body.tenant } });
    const user = tenant ? await this.dataSource.getRepository(User).findOne({ where: { tenantId: tenant.id, email } }) : null;
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await DECOY_HASH));
    if (!tenant || !user || !ok) {
      throw new CodedException(401, 'AUTH.BAD_CREDENTIALS', {
        message: '기관, 이메일 또는 비밀번호가 올바르지 않습니다 / Institute, e-mail or password is incorrect',
      });
    }
    const claims: TokenClaims = { sub: user.id, tid: tenant.id, role: user.role, agency: user.agencyCode, name: user.name };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: toUserView(user, tenant) };
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserView })
  async me(@CurrentUser() auth: AuthUser): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: auth.userId, tenantId: auth.tenantId } });
    const tenant = await this.dataSource.getRepository(Tenant).findOne({ where: { id: auth.tenantId } });
    if (!user || !tenant) throw notFound('AUTH.USER_UNKNOWN', { message: '사용자를 찾을 수 없습니다 / User not found' });
    return toUserView(user, tenant);
  }

  /** 비밀번호 변경: the current password (temporary or not) for a new one; tries are limited per user. */
  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(@CurrentUser() auth: AuthUser, @Body() body: ChangePasswordDto) {
    if ((await this.cache.incrementWindow(`password:${auth.userId}`, LOGIN_WINDOW_SECONDS)) > PASSWORD_CHANGES_PER_WINDOW) {
      throw tooManyTries(
        '비밀번호 변경 시도가 너무 많습니다. 5분 후 다시 시도하세요 / Too many tries; try again in 5 minutes',
        LOGIN_WINDOW_SECONDS,
      );
    }
    const users = this.dataSource.getRepository(User);
    const user = await users.findOne({ where: { id: auth.userId, tenantId: auth.tenantId } });
    if (!user) throw notFound('AUTH.USER_UNKNOWN', { message: '사용자를 찾을 수 없습니다 / User not found' });
    if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
      throw invalidInput([
        fieldError(
          'currentPassword',
          'AUTH.WRONG_CURRENT_PASSWORD',
          undefined,
          '지금 비밀번호가 올바르지 않습니다 / the current password is incorrect',
        ),
      ]);
    }
    if (body.newPassword === body.currentPassword) {
      throw invalidInput([
        fieldError(
          'newPassword',
          'AUTH.SAME_PASSWORD',
          undefined,
          '지금과 다른 비밀번호를 정하세요 / choose a password different from the current one',
        ),
      ]);
    }
    await users.update({ id: user.id }, { passwordHash: await hashPassword(body.newPassword), mustChangePassword: false });
  }
}

export function toUserView(user: User, tenant: Tenant): UserView {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyCode: user.agencyCode,
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    tenantName: tenant.nameKo,
    tenantNameEn: tenant.nameEn,
    mustChangePassword: user.mustChangePassword,
  };
}
