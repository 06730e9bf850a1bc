import { ChangePasswordDto, LoginDto, ProfileView, SessionView, UpdateProfileDto, UserView } from '@baeum/api';
import {
  AuthUser,
  CACHE,
  CacheStore,
  CodedException,
  CurrentUser,
  OperatorAllowed,
  PasswordChangeAllowed,
  Public,
  SERVICE_ENV,
} from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Put } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GatewayEnv } from '../config/env';
import { AuthQueries } from './auth.queries';
import { issueSession } from './credentials';
import { DECOY_HASH, verifyPassword } from './password';
import { addressRule, SignInThrottle, tooManyTries } from './sign-in-throttle';
import { Tenant } from './tenant.entity';
import { ChangePasswordUseCase, userUnknown } from './usecases/change-password/change-password.usecase';
import { UpdateProfileUseCase } from './usecases/update-profile/update-profile.usecase';
import { User } from './user.entity';

const PASSWORD_CHANGE_WINDOW_SECONDS = 300;
const PASSWORD_CHANGES_PER_WINDOW = 10;

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly queries: AuthQueries,
    private readonly passwordChanges: ChangePasswordUseCase,
    private readonly jwt: JwtService,
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) env: GatewayEnv,
  ) {
    this.throttle = new SignInThrottle(cache, addressRule(env.LOGIN_FAILURES_PER_ADDRESS));
  }

  private readonly throttle: SignInThrottle;

  /** Issues a short-lived access token. Unknown institute, user or password all answer alike. */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async login(@Body() body: LoginDto, @Ip() ip: string): Promise<SessionView> {
    const attempt = { address: ip, tenant: body.tenant, email: body.email.toLowerCase() };
    await this.throttle.check(attempt);
    const tenant = await this.queries.tenantBySlug(body.tenant);
    const user = tenant ? await this.queries.userByEmail(tenant.id, attempt.email) : null;
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await DECOY_HASH));
    // A disabled account, and one whose sign-up is not yet verified, answer like a wrong password:
    // nothing tells which accounts exist. (A coded "not verified" after the right password would tell
    // one who signed up with a stranger's address whether that address was already registered.)
    if (!tenant || !user || !ok || user.disabledAt || !user.verifiedAt) {
      await this.throttle.failed(attempt);
      throw new CodedException(401, 'AUTH.BAD_CREDENTIALS', {
        message: '기관, 이메일 또는 비밀번호가 올바르지 않습니다 / Institute, e-mail or password is incorrect',
      });
    }
    // Told only after the right password: a stranger learns nothing of an institute's state.
    if (tenant.deactivatedAt) throw instituteInactive();
    await this.throttle.succeeded(attempt);
    return issueSession(this.jwt, user, tenant, toUserView);
  }

  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @OperatorAllowed()
  @Get('me')
  @ApiOkResponse({ type: UserView })
  async me(@CurrentUser() auth: AuthUser): Promise<UserView> {
    const user = await this.queries.userById(auth.tenantId, auth.userId);
    const tenant = await this.queries.tenantById(auth.tenantId);
    if (!user || !tenant) throw userUnknown();
    return toUserView({ ...user, role: auth.role }, tenant);
  }

  /**
   * 비밀번호 변경: the current password (temporary or not) for a new one; tries are limited per user.
   * Every older token stops working (the credential version rises), so the answer is a new session.
   */
  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @OperatorAllowed()
  @Post('me/password')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async changePassword(@CurrentUser() auth: AuthUser, @Body() body: ChangePasswordDto): Promise<SessionView> {
    if ((await this.cache.incrementWindow(`password:${auth.userId}`, PASSWORD_CHANGE_WINDOW_SECONDS)) > PASSWORD_CHANGES_PER_WINDOW) {
      throw tooManyTries(
        '비밀번호 변경 시도가 너무 많습니다. 5분 후 다시 시도하세요 / Too many tries; try again in 5 minutes',
        PASSWORD_CHANGE_WINDOW_SECONDS,
      );
    }
    const { user, tenant } = await this.passwordChanges.execute({ userId: auth.userId, tenantId: auth.tenantId, ...body });
    return issueSession(this.jwt, user, tenant, toUserView);
  }
}

/**
 * 내 계정 - 휴대전화: the caller's own mobile number for text messages (every institute role). Kept
 * out of the session's user: it is personal data the pages need only here.
 */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/me/profile')
export class ProfileController {
  constructor(
    private readonly queries: AuthQueries,
    private readonly profileChanges: UpdateProfileUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProfileView })
  async get(@CurrentUser() auth: AuthUser): Promise<ProfileView> {
    const user = await this.queries.userById(auth.tenantId, auth.userId);
    if (!user) throw userUnknown();
    return { phone: user.phone ?? null };
  }

  @Put()
  @ApiOkResponse({ type: ProfileView })
  put(@CurrentUser() auth: AuthUser, @Body() body: UpdateProfileDto): Promise<ProfileView> {
    return this.profileChanges.execute({ tenantId: auth.tenantId, userId: auth.userId, phone: body.phone });
  }
}

export const instituteInactive = () =>
  new CodedException(403, 'AUTH.INSTITUTE_INACTIVE', {
    message: '운영이 중지된 기관입니다. 플랫폼 운영자에게 문의하세요 / This institute is deactivated; ask the platform operator',
  });

export function toUserView(user: User, tenant: Tenant): UserView {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    roles: user.roles?.length ? user.roles : [user.role],
    agencyCode: user.agencyCode,
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    tenantName: tenant.nameKo,
    tenantNameEn: tenant.nameEn,
    mustChangePassword: user.mustChangePassword,
  };
}
