import { ExamResultAnnouncedV1, InterviewScheduledV1, ResultsPublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { LOGGER } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { interviewScheduledEvents } from '../interviews/interview-notices';
import { interviewNotices } from '../interviews/interview-queries';
import { resultAnnouncedEvents } from '../results/result-notices';
import { resultNotices } from '../results/result-queries';
import { PublishedResultWriter } from '../results/result-read-model';
import { PublishedScoreWriter } from '../results/score-disclosure-read-model';
import { markAnnounced, unannouncedPublications } from './season-queries';

/**
 * Once a publication's instant has passed, the results-published event leaves, once, from whichever
 * instance gets there first; with it each candidate's own result (ExamResultAnnouncedV1) and, for an
 * open exam's written results, each passed candidate's interview slot if it is already scheduled.
 * Once that is committed, every applicant's own lookup answer and score disclosure are published for the gateway to serve
 * (docs/adr/0015); should that fail, the lookups go to this service as before, still right.
 */
@Injectable()
export class AnnounceDueResults {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly readModel: PublishedResultWriter,
    private readonly scores: PublishedScoreWriter,
    @Inject(LOGGER) private readonly logger: Pick<Logger, 'error'>,
  ) {}

  async run(): Promise<number> {
    const due = await this.announce();
    for (const examId of new Set(due.map((p) => p.examId))) {
      try {
        await this.readModel.publishExam(examId);
        // 성적 공개 comes with the written results (and is written again, unchanged, with the final ones).
        await this.scores.publishExam(examId);
      } catch (error) {
        this.logger.error({ err: error, examId }, 'publishing the results read model failed; lookups go to the service');
      }
    }
    return due.length;
  }

  private announce() {
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
        await this.publisher.publishMany(
          tx,
          ExamResultAnnouncedV1,
          p.tenantId,
          resultAnnouncedEvents(await resultNotices(tx, p.examId, p.stage), p.stage, p.publishAt),
        );
        if (p.stage === 'written')
          await this.publisher.publishMany(
            tx,
            InterviewScheduledV1,
            p.tenantId,
            interviewScheduledEvents(await interviewNotices(tx, p.examId)),
          );
        await markAnnounced(tx, p);
      }
      return due;
    });
  }
}
