import { ResultsPublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { markAnnounced, unannouncedPublications } from './season-queries';

/** Once a publication's instant has passed, the results-published event leaves, once, from whichever instance gets there first. */
@Injectable()
export class AnnounceDueResults {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async run(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await unannouncedPublications(tx, 20);
      for (const p of due) {
        await this.publisher.publish(tx, ResultsPublishedV1, p.tenantId, {
          examId: p.examId,
          stage: p.stage,
          publishedAt: p.publishAt.toISOString(),
          positions: p.positions,
          passed: p.passed,
        });
        await markAnnounced(tx, p);
      }
      return due.length;
    });
  }
}
