import { ResultLookupView, StageResultView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, CodedException, notFound, SERVICE_ENV } from '@baeum/service-kit';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ExaminationEnv } from '../config/env';
import { ResultQueries } from './result-queries';
import { PublishedResultWriter } from './result-read-model';

interface PublicationInstants {
  written: string | null;
  final: string | null;
}

const RATE_WINDOW_SECONDS = 60;
const INSTANTS_TTL_SECONDS = 30;
const ANSWER_TTL_SECONDS = 300;

/**
 * 합격자 조회: each applicant sees their own result, and only once its publication instant has
 * passed. On result day everyone asks at that instant, so answers come from the shared cache and
 * each applicant may ask a limited number of times a minute (counted in the cache too, so across
 * every instance). An answer is cached under the stages already published, which can no longer
 * change; the publication instants are cached apart and rewritten whenever the officer sets one,
 * so a result shows at its instant, not a cache lifetime later.
 */
@Injectable()
export class ResultLookupService {
  constructor(
    private readonly results: ResultQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: ExaminationEnv,
    private readonly published: PublishedResultWriter,
  ) {}

  async lookup(user: AuthUser, examId: string): Promise<ResultLookupView> {
    await this.countLookup(user);
    const instants = await this.instants(examId);
    const now = Date.now();
    const published = (at: string | null) => at !== null && Date.parse(at) <= now;
    const stages = `${published(instants.written) ? 'w' : '-'}${published(instants.final) ? 'f' : '-'}`;
    const key = `results:${user.tenantId}:${examId}:${user.userId}:${stages}`;
    const cached = await this.cache.get(key);
    const answer: Omit<ResultLookupView, 'written' | 'final'> & {
      writtenResult?: StageResultView['result'];
      finalResult?: StageResultView['result'];
    } = cached ? JSON.parse(cached) : await this.facts(user, examId);
    if (!cached) {
      // Results of stages not yet published stay out of the cache (they may still change).
      if (!published(instants.written)) delete answer.writtenResult;
      if (!published(instants.final)) delete answer.finalResult;
      await this.cache.set(key, JSON.stringify(answer), ANSWER_TTL_SECONDS);
    }
    const { writtenResult, finalResult, ...facts } = answer;
    const stage = (at: string | null, result: StageResultView['result']): StageResultView =>
      published(at) ? { published: true, publishAt: at, result } : { published: false, publishAt: at };
    return { ...facts, written: stage(instants.written, writtenResult ?? null), final: stage(instants.final, finalResult ?? null) };
  }

  /** Counts one lookup (a result or a score disclosure) against the applicant's allowance a minute; 429 beyond it. */
  async countLookup(user: AuthUser): Promise<void> {
    const calls = await this.cache.incrementWindow(`results-rate:${user.tenantId}:${user.userId}`, RATE_WINDOW_SECONDS);
    if (calls > this.env.RESULTS_LOOKUPS_PER_MINUTE) {
      throw new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', {
        params: { retryAfterSeconds: RATE_WINDOW_SECONDS },
        message: '조회가 너무 잦습니다. 잠시 후 다시 시도하세요 / Too many lookups; try again in a minute',
      });
    }
  }

  /** Called after a publication instant is set: every instance, and the gateway's read model, read the new one at once. */
  async refreshInstants(examId: string): Promise<void> {
    await this.cache.set(`result-instants:${examId}`, JSON.stringify(await this.loadInstants(examId)), INSTANTS_TTL_SECONDS);
    await this.published.publishInstants(examId);
  }

  private async instants(examId: string): Promise<PublicationInstants> {
    const cached = await this.cache.get(`result-instants:${examId}`);
    if (cached) return JSON.parse(cached);
    const instants = await this.loadInstants(examId);
    await this.cache.set(`result-instants:${examId}`, JSON.stringify(instants), INSTANTS_TTL_SECONDS);
    return instants;
  }

  private async loadInstants(examId: string): Promise<PublicationInstants> {
    const rows = await this.results.publicationInstants(examId);
    const at = (stage: string) => rows.find((r) => r.stage === stage)?.publishAt.toISOString() ?? null;
    return { written: at('written'), final: at('final') };
  }

  /** The applicant's own numbered application in the exam with its results; 404 EXAM_RESULTS.NO_EXAM_NUMBER without one. */
  async facts(user: AuthUser, examId: string) {
    const row = await this.results.ownResult(user.tenantId, user.userId, examId);
    if (!row)
      throw notFound('EXAM_RESULTS.NO_EXAM_NUMBER', {
        message: '응시번호가 부여된 원서을(를) 찾을 수 없습니다 / An application with an exam number not found',
      });
    return { examId, ...row };
  }
}
