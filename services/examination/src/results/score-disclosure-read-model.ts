import { PublishedReadModels, publishedScoresKey } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { composeDisclosure } from './score-disclosure';
import { ScoreDisclosureQueries } from './score-disclosure-queries';

/** Disclosures read (and written to the published key space) per round trip. */
const PAGE = 5000;

/**
 * 성적 공개 on result day without this service (docs/adr/0015): once the written results are published,
 * every candidate's own disclosure (scores, pass mark, rank) is written to the published key space, where
 * the gateway reads it by the caller's tenant, user and exam. It lives until the disclosure period ends.
 */
@Injectable()
export class PublishedScoreWriter {
  constructor(
    private readonly disclosures: ScoreDisclosureQueries,
    private readonly models: PublishedReadModels,
  ) {}

  /** Writes each candidate's disclosure if the written results are published (nothing before); returns how many. */
  async publishExam(examId: string, now = new Date()): Promise<number> {
    let written = 0;
    for (let afterId: string | null = null; ;) {
      const rows = await this.disclosures.publishedPage(examId, afterId, PAGE);
      if (rows.length === 0) return written;
      const entries = rows.map(
        (row) => [publishedScoresKey(row.tenantId, row.applicantId, examId), composeDisclosure(examId, row)] as const,
      );
      // Every entry of the exam ends with the same period; one already closed is not written.
      const ttlSeconds = Math.floor((Date.parse(entries[0][1].disclosureEndsAt) - now.getTime()) / 1000);
      if (ttlSeconds <= 0) return written;
      await this.models.store.setMany(
        entries.map(([key, view]) => [key, JSON.stringify(view)]),
        ttlSeconds,
      );
      written += rows.length;
      afterId = rows[rows.length - 1].id;
    }
  }
}
