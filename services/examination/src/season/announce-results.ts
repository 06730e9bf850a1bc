import { ResultsPublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Publication } from '../results/publication.entity';

/** Once a publication's instant has passed, the results-published event leaves, once, from whichever instance gets there first. */
@Injectable()
export class AnnounceDueResults {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async run(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due: Publication[] = await tx
        .getRepository(Publication)
        .createQueryBuilder('p')
        .where('p.announced_at IS NULL AND p.publish_at <= now()')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .limit(20)
        .getMany();
      for (const p of due) {
        await this.publisher.publish(tx, ResultsPublishedV1, p.tenantId, {
          examId: p.examId,
          stage: p.stage,
          publishedAt: p.publishAt.toISOString(),
          positions: p.positions,
          passed: p.passed,
        });
        await tx.update(Publication, { examId: p.examId, stage: p.stage }, { announcedAt: new Date() });
      }
      return due.length;
    });
  }
}
