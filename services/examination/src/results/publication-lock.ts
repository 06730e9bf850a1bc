import type { ResultStage } from '@baeum/api';
import { seoulDate } from '@baeum/calendar';
import { conflict } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';
import { isPublished } from './result-queries';

/** Results that applicants can already see are final: what decides them no longer changes. */
export async function assertUnpublished(tx: EntityManager, examId: string, stage: ResultStage): Promise<void> {
  if (await isPublished(tx, examId, stage))
    throw conflict('PUBLICATION.RESULTS_FINAL', {
      params: { stage },
      message: `${stage === 'written' ? '필기' : '최종'} 합격자가 이미 발표되어 바꿀 수 없습니다 / the ${stage} results are published and can no longer change`,
    });
}

/**
 * Nothing of the written exam is published before it is sat: written scores, pass marks and
 * results wait for the exam's written date (Seoul), and a publication is not scheduled before it.
 * `at` is the instant the publication would take effect (now, or the scheduled `publishAt`).
 */
export function assertWrittenDateReached(exam: { writtenExamOn: string | null }, ...at: Date[]): void {
  const writtenOn = exam.writtenExamOn;
  if (writtenOn === null) return;
  if (at.some((instant) => seoulDate(instant) < writtenOn))
    throw conflict('PUBLICATION.BEFORE_WRITTEN_DATE', {
      params: { writtenExamOn: writtenOn },
      message:
        `필기시험일(${writtenOn}) 전에는 성적·합격선·결과를 발표할 수 없습니다 / written scores, pass marks and ` +
        `results cannot be published before the written exam on ${writtenOn}`,
    });
}
