import type { ExamResultAnnouncedV1 } from '@baeum/contracts';
import type { ResultStage } from '@baeum/api';
import type { ResultNoticeRow } from './result-queries';

/**
 * The result-announced events of a publication, one per candidate: their own result of the stage and
 * nothing else (no score, no one else's standing).
 */
export function resultAnnouncedEvents(rows: ResultNoticeRow[], stage: ResultStage, publishedAt: Date): ExamResultAnnouncedV1[] {
  return rows.map((r) => ({
    applicationId: r.applicationId,
    examId: r.examId,
    applicantUserId: r.applicantUserId,
    examTitleKo: r.examTitleKo,
    jobSeriesKo: r.jobSeriesKo,
    grade: r.grade,
    examNumber: r.examNumber,
    stage,
    result: r.result,
    publishedAt: publishedAt.toISOString(),
  }));
}
