import { ACCESS_TOKEN_TTL_SECONDS, CACHE, CacheStore, Public, TokenClaims } from '@baeum/service-kit';
import { Body, ConflictException, Controller, HttpException, HttpStatus, Inject, Ip, NotFoundException, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { ApplicantProfile } from './applicant-profile.entity';
import { toUserView } from './auth.controller';
import { ApplicantSignupDto } from './dto/applicant-signup.dto';
import { hashPassword } from './password';
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
  async signUp(@Body() body: ApplicantSignupDto, @Ip() ip: string) {
    if ((await this.cache.incrementWindow(`signup:${ip}`, SIGNUP_WINDOW_SECONDS)) > SIGNUPS_PER_WINDOW) {
      throw new HttpException({ statusCode: 429, message: '가입 요청이 너무 많습니다. 잠시 후 다시 시도하세요 / Too many sign-ups; try again later' }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ slug: body.tenant });
    if (!tenant) throw new NotFoundException('기관을 찾을 수 없습니다 / Institute not found');
    const user: User = { id: randomUUID(), tenantId: tenant.id, email: body.email.toLowerCase(), name: body.name.trim(), role: 'applicant', agencyCode: null, passwordHash: await hashPassword(body.password), mustChangePassword: false };
    try {
      await this.dataSource.transaction(async (tx) => {
        await tx.insert(User, user);
        await tx.insert(ApplicantProfile, { userId: user.id, tenantId: tenant.id, privacyConsentedAt: new Date(), createdAt: new Date() });
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505') {
        throw new ConflictException({ statusCode: 409, message: '이미 가입된 이메일입니다 / This e-mail is already registered' });
      }
      throw error;
    }
    const claims: TokenClaims = { sub: user.id, tid: tenant.id, role: 'applicant', agency: null, name: user.name };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: toUserView(user, tenant) };
  }
}
