import type { ResultLookupView, ScoreDisclosureView, StageResult, StageResultView } from '@baeum/api';
import { HttpStatus, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CacheStore, createCacheStore, MemoryCacheStore } from './cache';
import { BaseEnv } from './config';
import { CodedException } from './errors';
import { SERVICE_ENV } from './kit.module';

/**
 * The read models one service publishes for another to read (docs/adr/0015): a key space of its own,
 * `${REDIS_KEY_PREFIX}published:`, beside each service's private `${REDIS_KEY_PREFIX}<service>:`.
 * The owning service writes, the reader only reads; the key layout below is the one both use.
 */
export const PUBLISHED_NAMESPACE = 'published';

/** How long published results stay: the results period (objections, appointments) with room to spare. */
export const PUBLISHED_RESULTS_TTL_SECONDS = 90 * 24 * 3600;

/** One applicant's own results in an exam: keyed by who asks (from their token), never by what they send. */
export function publishedResultKey(tenantId: string, userId: string, examId: string): string {
  return `results:${tenantId}:${userId}:${examId}`;
}

/** An exam's publication instants: the same for every applicant, rewritten whenever the officer sets one. */
export function publishedInstantsKey(examId: string): string {
  return `result-instants:${examId}`;
}

/** When each stage's results become visible; null while no instant is set. */
export interface PublishedInstants {
  written: string | null;
  final: string | null;
}

/**
 * What an applicant may see of their own application in a result lookup: the facts, and the result of
 * each stage already published (a stage not yet published has no property at all, never its result).
 */
export type PublishedResult = Omit<ResultLookupView, 'written' | 'final'> & {
  written?: StageResult | null;
  final?: StageResult | null;
};

/**
 * The lookup's answer at `nowMs` from an applicant's published result and the exam's instants; null
 * when they cannot tell it for sure (a stage whose instant has passed is not yet in the entry, because
 * its announcement has not run yet): the caller then asks the examination service.
 */
export function composeResultView(entry: PublishedResult, instants: PublishedInstants, nowMs: number): ResultLookupView | null {
  const stage = (at: string | null, name: 'written' | 'final'): StageResultView | null => {
    if (at === null || Date.parse(at) > nowMs) return { published: false, publishAt: at };
    return name in entry ? { published: true, publishAt: at, result: entry[name] ?? null } : null;
  };
  // Only the view's own fields leave, whatever else the entry might hold.
  const { examId, examTitleKo, examTitleEn, examNumber, positionLabelKo } = entry;
  const facts = { examId, examTitleKo, examTitleEn, examNumber, positionLabelKo };
  const w = stage(instants.written, 'written');
  const f = stage(instants.final, 'final');
  return w && f ? { ...facts, written: w, final: f } : null;
}

/** One applicant's own score disclosure (성적 공개) in an exam: keyed like their result, by who asks. */
export function publishedScoresKey(tenantId: string, userId: string, examId: string): string {
  return `scores:${tenantId}:${userId}:${examId}`;
}

/** 성적 공개 is open for a year from the written results' publication, then refused. */
export const SCORE_DISCLOSURE_DAYS = 365;

const SEOUL_OFFSET_MS = 9 * 3600_000;

/**
 * The disclosure an applicant is shown at `nowMs`: only the view's own fields, whatever else the entry
 * holds; once its period has ended, 410 SCORE_DISCLOSURE.CLOSED (with the Seoul date it ended).
 */
export function openDisclosure(entry: ScoreDisclosureView, nowMs: number): ScoreDisclosureView {
  const endsAt = Date.parse(entry.disclosureEndsAt);
  if (!(endsAt > nowMs))
    throw new CodedException(HttpStatus.GONE, 'SCORE_DISCLOSURE.CLOSED', {
      params: { endedAt: new Date(endsAt + SEOUL_OFFSET_MS).toISOString().slice(0, 10) },
      message: '성적 공개 기간이 끝났습니다 / the score disclosure period has ended',
    });
  const { examId, examTitleKo, examTitleEn, examNumber, positionLabelKo, result, absent, subjects, bonusPercent } = entry;
  const { total, average, passMark, standing, passed, publishedAt, disclosureEndsAt } = entry;
  return {
    ...{ examId, examTitleKo, examTitleEn, examNumber, positionLabelKo, result, absent, bonusPercent, total, average, passMark },
    subjects: subjects.map(({ nameKo, raw, bonus, withBonus, belowMinimum }) => ({ nameKo, raw, bonus, withBonus, belowMinimum })),
    standing: standing && { rank: standing.rank, sat: standing.sat },
    ...{ passed, publishedAt, disclosureEndsAt },
  };
}

/** Embedded mode runs every service in one process: one map serves as the shared key space. */
let embedded: MemoryCacheStore | undefined;

/**
 * The published key space, for the service that writes a read model and the one that reads it. In
 * embedded mode (REDIS_URL=memory) all services share one in-process map.
 */
@Injectable()
export class PublishedReadModels implements OnApplicationShutdown {
  readonly store: CacheStore;

  constructor(@Inject(SERVICE_ENV) env: BaseEnv) {
    this.store =
      env.REDIS_URL === 'memory'
        ? (embedded ??= new MemoryCacheStore())
        : createCacheStore(env.REDIS_URL, env.REDIS_KEY_PREFIX, PUBLISHED_NAMESPACE);
  }

  async onApplicationShutdown() {
    if (this.store !== embedded) await this.store.close();
  }
}
