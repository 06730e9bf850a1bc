import { ApplicantSignupDto, SessionView } from '@baeum/api';
import { CACHE, CacheStore, conflict, isUniqueViolation, notFound, Public } from '@baeum/service-kit';
import { Body, Controller, Inject, Ip, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicantProfile } from './applicant-profile.entity';
import { toUserView } from './auth.controller';
import { issueSession } from './credentials';
import { hashPassword } from './password';
import { assertStrongPassword } from './password-policy';
import { tooManyTries } from './sign-in-throttle';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

const SIGNUP_WINDOW_SECONDS = 3600;
const SIGNUPS_PER_WINDOW = 20;

/**
 * 회원가입 for applicants: members of the public make their own account with an institute (role
 * applicant) and are signed in at once. Sign-ups are limited per client address.
 */
@ApiTags('auth')
@Controller('api')
export class ApplicantSignupController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  @Public()
  @Post('auth/applicant-signup')
  @ApiCreatedResponse({ type: SessionView })
  async signUp(@Body() body: ApplicantSignupDto, @Ip() ip: string): Promise<SessionView> {
    if ((await this.cache.incrementWindow(`signup:${ip}`, SIGNUP_WINDOW_SECONDS)) > SIGNUPS_PER_WINDOW) {
      throw tooManyTries('가입 요청이 너무 많습니다. 잠시 후 다시 시도하세요 / Too many sign-ups; try again later', SIGNUP_WINDOW_SECONDS);
    }
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ slug: body.tenant });
    if (!tenant) throw notFound('AUTH.INSTITUTE_UNKNOWN', { field: 'tenant', message: '기관을 찾을 수 없습니다 / Institute not found' });
    assertStrongPassword('password', body.password, [body.email, body.name, tenant.slug, tenant.nameEn]);
    const user: User = {
      id: randomUUID(),
      tenantId: tenant.id,
      email: body.email.toLowerCase(),
      name: body.name.trim(),
      role: 'applicant',
      agencyCode: null,
      passwordHash: await hashPassword(body.password),
      mustChangePassword: false,
      credentialVersion: 1,
      disabledAt: null,
    };
    try {
      await this.dataSource.transaction(async (tx) => {
        await tx.insert(User, user);
        await tx.insert(ApplicantProfile, { userId: user.id, tenantId: tenant.id, privacyConsentedAt: new Date(), createdAt: new Date() });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict('AUTH.EMAIL_TAKEN', { field: 'email', message: '이미 가입된 이메일입니다 / This e-mail is already registered' });
      }
      throw error;
    }
    return issueSession(this.jwt, user, tenant, toUserView);
  }
}
