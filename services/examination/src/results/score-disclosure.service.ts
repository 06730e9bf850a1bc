import { ScoreDisclosureView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, conflict, openDisclosure } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { ResultLookupService } from './result-lookup';
import { composeDisclosure } from './score-disclosure';
import { ScoreDisclosureQueries } from './score-disclosure-queries';

/** A published disclosure no longer changes: the service keeps its answer a while for those the read model misses. */
const ANSWER_TTL_SECONDS = 300;

/**
 * 성적 공개 as this service answers it: what the gateway asks when its read model has no entry (not yet
 * written, evicted, Redis down). The caller's own scores only, once the written results are published,
 * within the same allowance a minute as the result lookup and until the disclosure period ends.
 */
@Injectable()
export class ScoreDisclosureService {
  constructor(
    private readonly disclosures: ScoreDisclosureQueries,
    private readonly lookups: ResultLookupService,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async disclose(user: AuthUser, examId: string): Promise<ScoreDisclosureView> {
    await this.lookups.countLookup(user);
    const key = `scores:${user.tenantId}:${examId}:${user.userId}`;
    const cached = await this.cache.get(key);
    if (cached) return openDisclosure(JSON.parse(cached) as ScoreDisclosureView, Date.now());
    await this.lookups.facts(user, examId);
    const row = await this.disclosures.own(user.tenantId, user.userId, examId);
    if (!row)
      throw conflict('SCORE_DISCLOSURE.NOT_PUBLISHED', {
        message: '필기시험 합격자 발표 후에 성적을 공개합니다 / scores are disclosed once the written results are published',
      });
    const view = composeDisclosure(examId, row);
    await this.cache.set(key, JSON.stringify(view), ANSWER_TTL_SECONDS);
    return openDisclosure(view, Date.now());
  }
}
