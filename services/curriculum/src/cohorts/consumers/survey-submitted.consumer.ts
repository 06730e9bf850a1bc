import { EventEnvelope, reliesOn, SurveySubmittedV1 } from '@baeum/contracts';
import { EventHandler, PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Cohort } from '../cohort.entity';
import { addInstructorScores } from '../cohorts.queries';

/**
 * Rates instructors from trainees' satisfaction surveys. A score counts only for an instructor
 * who taught that cohort, once per response.
 */
@Injectable()
export class SurveySubmittedConsumer implements EventHandler<SurveySubmittedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SurveySubmittedV1, {
    cohortId: 'uuid',
    instructorScores: { kind: 'list', items: { instructorId: 'uuid', score: 'int' } },
  });
  readonly contract = SurveySubmittedV1;

  async handle(event: EventEnvelope<SurveySubmittedV1>, tx: EntityManager): Promise<void> {
    const { cohortId, instructorScores } = event.payload;
    if (!(await tx.exists(Cohort, { where: { id: cohortId, tenantId: event.tenantId } })))
      throw new PermanentEventError(`cohort ${cohortId} does not exist in tenant ${event.tenantId}`);
    const firstScore = new Map<string, number>();
    for (const { instructorId, score } of instructorScores)
      if (!firstScore.has(instructorId.toLowerCase())) firstScore.set(instructorId.toLowerCase(), score);
    if (firstScore.size === 0) return;
    await addInstructorScores(tx, event.tenantId, cohortId, firstScore);
  }
}
