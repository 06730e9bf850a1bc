import {
  PUBLISHED_RESULTS_TTL_SECONDS,
  PublishedInstants,
  publishedInstantsKey,
  PublishedReadModels,
  PublishedResult,
  publishedResultKey,
} from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { ResultQueries } from './result-queries';

/** Applications read (and results written to the cache) per round trip. */
const PAGE = 5000;

/**
 * 합격자 조회 on result day without this service (docs/adr/0015): once a stage's results are
 * published, every applicant's own lookup answer is written to the published key space, where the
 * gateway reads it by the caller's tenant, user and exam. An entry holds only what its applicant may
 * see then (no result of a stage not yet published); the exam's instants are kept beside, once.
 */
@Injectable()
export class PublishedResultWriter {
  constructor(
    private readonly results: ResultQueries,
    private readonly models: PublishedReadModels,
  ) {}

  /** Writes the exam's instants, then each numbered applicant's entry; returns the entries written. */
  async publishExam(examId: string, now = new Date()): Promise<number> {
    const instants = await this.publishInstants(examId);
    const published = (at: string | null) => at !== null && Date.parse(at) <= now.getTime();
    let written = 0;
    for (let afterId: string | null = null; ;) {
      const rows = await this.results.publishedResults(examId, afterId, PAGE);
      if (rows.length === 0) return written;
      await this.models.store.setMany(
        rows.map((row) => {
          const entry: PublishedResult = {
            examId,
            examTitleKo: row.examTitleKo,
            examTitleEn: row.examTitleEn,
            examNumber: row.examNumber,
            positionLabelKo: row.positionLabelKo,
          };
          if (published(instants.written)) entry.written = row.writtenResult ?? null;
          if (published(instants.final)) entry.final = row.finalResult ?? null;
          return [publishedResultKey(row.tenantId, row.applicantId, examId), JSON.stringify(entry)];
        }),
        PUBLISHED_RESULTS_TTL_SECONDS,
      );
      written += rows.length;
      afterId = rows[rows.length - 1].id;
    }
  }

  /** Writes the exam's publication instants as they stand (called whenever the officer sets one). */
  async publishInstants(examId: string): Promise<PublishedInstants> {
    const rows = await this.results.publicationInstants(examId);
    const at = (stage: string) => rows.find((r) => r.stage === stage)?.publishAt.toISOString() ?? null;
    const instants = { written: at('written'), final: at('final') };
    await this.models.store.set(publishedInstantsKey(examId), JSON.stringify(instants), PUBLISHED_RESULTS_TTL_SECONDS);
    return instants;
  }
}
