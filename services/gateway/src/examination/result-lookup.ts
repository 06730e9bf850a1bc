import { ResultLookupView, ScoreDisclosureView } from '@baeum/api';
import {
  AuthUser,
  CACHE,
  CacheStore,
  CodedException,
  composeResultView,
  LOGGER,
  openDisclosure,
  PublishedInstants,
  publishedInstantsKey,
  PublishedReadModels,
  PublishedResult,
  publishedResultKey,
  publishedScoresKey,
  SERVICE_ENV,
} from '@baeum/service-kit';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ServiceClients } from '../clients/service-clients';
import type { GatewayEnv } from '../config/env';

const RATE_WINDOW_SECONDS = 60;

/**
 * 합격자 조회 on result day (docs/adr/0015): the examination service publishes every applicant's own
 * answer to Redis when a stage's results are published, and the gateway answers from there, keyed by
 * the caller's token (tenant, user) and the exam, so nobody reads another's. Each applicant may ask a
 * limited number of times a minute, as the service allows. Whatever the read model cannot answer for
 * sure (not yet published, evicted, Redis down) goes to the examination service, which answers as
 * before. 성적 공개 (scores, pass mark, standing) is served the same way, counted in the same allowance.
 */
@Injectable()
export class ResultLookup {
  constructor(
    private readonly services: ServiceClients,
    private readonly models: PublishedReadModels,
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  async lookup(user: AuthUser, authorization: string, examId: string): Promise<ResultLookupView> {
    if (user.role === 'applicant') {
      await this.limit(user);
      const view = await this.published(user, examId);
      if (view) return view;
    }
    return this.services.call('examination', `/results/${examId}`, { authorization });
  }

  /** 성적 공개: the caller's own disclosure from the read model while its period lasts (410 after), else the service's. */
  async disclosure(user: AuthUser, authorization: string, examId: string): Promise<ScoreDisclosureView> {
    if (user.role === 'applicant') {
      await this.limit(user);
      const entry = await this.read(publishedScoresKey(user.tenantId, user.userId, examId), examId);
      if (entry) return openDisclosure(JSON.parse(entry) as ScoreDisclosureView, Date.now());
    }
    return this.services.call('examination', `/results/${examId}/scores`, { authorization });
  }

  /** The same window and answer as the examination service's; a cache failure leaves the count to it. */
  private async limit(user: AuthUser): Promise<void> {
    const calls = await this.cache
      .incrementWindow(`results-rate:${user.tenantId}:${user.userId}`, RATE_WINDOW_SECONDS)
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'results lookup rate not counted; the examination service counts it');
        return 0;
      });
    if (calls > this.env.RESULTS_LOOKUPS_PER_MINUTE)
      throw new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', {
        params: { retryAfterSeconds: RATE_WINDOW_SECONDS },
        message: '조회가 너무 잦습니다. 잠시 후 다시 시도하세요 / Too many lookups; try again in a minute',
      });
  }

  private async published(user: AuthUser, examId: string): Promise<ResultLookupView | null> {
    const [entry, instants] = await Promise.all([
      this.read(publishedResultKey(user.tenantId, user.userId, examId), examId),
      this.read(publishedInstantsKey(examId), examId),
    ]);
    if (entry === null || instants === null) return null;
    return composeResultView(JSON.parse(entry) as PublishedResult, JSON.parse(instants) as PublishedInstants, Date.now());
  }

  /** A published entry, or null when there is none or Redis cannot be read (the service answers then). */
  private async read(key: string, examId: string): Promise<string | null> {
    try {
      return await this.models.store.get(key);
    } catch (error) {
      this.logger.warn({ err: error, examId }, 'published results unreadable; asking the examination service');
      return null;
    }
  }
}
