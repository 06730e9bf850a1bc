import { ApplicantSignupDto, SessionView, SignUpAcceptedView, VerifySignUpDto } from '@baeum/api';
import { CACHE, CacheStore, Public } from '@baeum/service-kit';
import { Body, Controller, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { toUserView } from './auth.controller';
import { issueSession } from './credentials';
import { tooManyTries } from './sign-in-throttle';
import { SignUpApplicantUseCase } from './usecases/sign-up-applicant/sign-up-applicant.usecase';
import { VerifySignUpUseCase } from './usecases/verify-sign-up/verify-sign-up.usecase';

const SIGNUP_WINDOW_SECONDS = 3600;
const SIGNUPS_PER_WINDOW = 20;
/** Tries at links per client address: a token cannot be guessed, but nobody need try thousands. */
const VERIFY_TRIES_PER_WINDOW = 60;

/**
 * 회원가입 for applicants: members of the public ask for an account with an institute (role applicant);
 * every sign-up answers 202 alike and a mail follows (a link for a new address, a note to the owner
 * of a known one). The link signs its owner in. Both are limited per client address.
 */
@ApiTags('auth')
@Controller('api')
export class ApplicantSignupController {
  constructor(
    private readonly signUps: SignUpApplicantUseCase,
    private readonly verifications: VerifySignUpUseCase,
    private readonly jwt: JwtService,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  @Public()
  @Post('auth/applicant-signup')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SignUpAcceptedView, description: 'the same for a new and a known e-mail' })
  async signUp(@Body() body: ApplicantSignupDto, @Ip() ip: string): Promise<SignUpAcceptedView> {
    if ((await this.cache.incrementWindow(`signup:${ip}`, SIGNUP_WINDOW_SECONDS)) > SIGNUPS_PER_WINDOW) {
      throw tooManyTries('가입 요청이 너무 많습니다. 잠시 후 다시 시도하세요 / Too many sign-ups; try again later', SIGNUP_WINDOW_SECONDS);
    }
    return this.signUps.execute({ ...body, locale: body.locale ?? 'ko' });
  }

  @Public()
  @Post('auth/applicant-signup/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  async verify(@Body() body: VerifySignUpDto, @Ip() ip: string): Promise<SessionView> {
    if ((await this.cache.incrementWindow(`signup-verify:${ip}`, SIGNUP_WINDOW_SECONDS)) > VERIFY_TRIES_PER_WINDOW) {
      throw tooManyTries('확인 시도가 너무 많습니다. 잠시 후 다시 시도하세요 / Too many tries; try again later', SIGNUP_WINDOW_SECONDS);
    }
    const { user, tenant } = await this.verifications.execute({ token: body.token });
    return issueSession(this.jwt, user, tenant, toUserView);
  }
}
