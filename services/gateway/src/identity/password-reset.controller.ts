import { ConfirmPasswordResetDto, PasswordResetAcceptedView, PasswordResetDoneView, PasswordResetDto } from '@baeum/api';
import { CACHE, CacheStore, Public } from '@baeum/service-kit';
import { Body, Controller, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { tooManyTries } from './sign-in-throttle';
import { ConfirmPasswordResetUseCase } from './usecases/confirm-password-reset/confirm-password-reset.usecase';
import { RequestPasswordResetUseCase } from './usecases/request-password-reset/request-password-reset.usecase';

const WINDOW_SECONDS = 3600;
/** Reset requests per client address (offices share one), whatever addresses they name. */
const REQUESTS_PER_ADDRESS = 30;
/** Tries at links per client address: a token cannot be guessed, but nobody need try thousands. */
const CONFIRMS_PER_ADDRESS = 60;

/**
 * 비밀번호 재설정 for every user (staff, trainees, applicants): a request answers 202 alike for every
 * address, and the owner of an active account gets a one-time link by mail (30 minutes); the link's
 * page sets a new password. Both are limited per client address (429, which tells nothing of accounts).
 */
@ApiTags('auth')
@Controller('api')
export class PasswordResetController {
  constructor(
    private readonly requests: RequestPasswordResetUseCase,
    private readonly confirmations: ConfirmPasswordResetUseCase,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetAcceptedView, description: 'the same for every address, registered or not' })
  async request(@Body() body: PasswordResetDto, @Ip() ip: string): Promise<PasswordResetAcceptedView> {
    if ((await this.cache.incrementWindow(`pwreset:address:${ip}`, WINDOW_SECONDS)) > REQUESTS_PER_ADDRESS) {
      throw tooManyTries('재설정 요청이 너무 많습니다. 잠시 후 다시 시도하세요 / Too many reset requests; try again later', WINDOW_SECONDS);
    }
    return this.requests.execute({ ...body, locale: body.locale ?? 'ko' });
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetDoneView })
  async confirm(@Body() body: ConfirmPasswordResetDto, @Ip() ip: string): Promise<PasswordResetDoneView> {
    if ((await this.cache.incrementWindow(`pwreset:confirm:${ip}`, WINDOW_SECONDS)) > CONFIRMS_PER_ADDRESS) {
      throw tooManyTries('재설정 시도가 너무 많습니다. 잠시 후 다시 시도하세요 / Too many tries; try again later', WINDOW_SECONDS);
    }
    return this.confirmations.execute({ ...body, address: ip });
  }
}
