import type { ResultStage } from '@baeum/api';
import { conflict } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';

/** Results that applicants can already see are final: what decides them no longer changes. */
export async function assertUnpublished(tx: EntityManager, examId: string, stage: ResultStage): Promise<void> {
  const [published] = await tx.query(`SELECT 1 FROM examination.publication WHERE exam_id = $1 AND stage = $2 AND publish_at <= now()`, [
    examId,
    stage,
  ]);
  if (published)
    throw conflict('PUBLICATION.RESULTS_FINAL', {
      params: { stage },
      message: `${stage === 'written' ? '필기' : '최종'} 합격자가 이미 발표되어 바꿀 수 없습니다 / the ${stage} results are published and can no longer change`,
    });
}
