import { AssessmentCompletedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AssessmentConsolidationView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seoulDate } from '@baeum/calendar';
import { AssessmentCandidate } from '../../assessment-candidate.entity';
import { AssessmentQueries } from '../../assessment-queries';
import { AssessmentRound } from '../../assessment-round.entity';
import { consolidate } from '../../assessment-rules';

/**
 * 결과 통합: once every assigned assessor has rated every competency, each candidate's scores and
 * pass or fail are fixed and the round is complete (assessment-completed event, counts only).
 */
@Injectable()
export class ConsolidateRoundUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, roundId: string): Promise<AssessmentConsolidationView> {
    return this.dataSource.transaction(async (tx) => {
      const round = await this.assessments.round(user.tenantId, roundId, tx, true);
      if (round.completedOn)
        throw conflict('ASSESSMENT_ROUND.CONSOLIDATED', { message: '이미 확정된 회차입니다 / the round is already consolidated' });
      if (!round.assignedAt)
        throw conflict('ASSESSMENT_ROUND.NOT_ASSIGNED', { message: '평가위원을 먼저 배정하세요 / assign assessors first' });
      const candidates = await tx.find(AssessmentCandidate, { where: { roundId } });
      const ratings = await this.assessments.ratingsOf(
        candidates.map((c) => c.id),
        tx,
      );
      const assignments = await this.assessments.assignmentCount(roundId, tx);
      const expected = assignments * round.competencies.length;
      if (ratings.length < expected)
        throw conflict('ASSESSMENT_ROUND.RATINGS_MISSING', {
          params: { missing: expected - ratings.length },
          message: `평정이 ${expected - ratings.length}건 남았습니다 / ${expected - ratings.length} rating(s) are still missing`,
        });
      const codes = round.competencies.map((c) => c.code);
      let passed = 0;
      for (const candidate of candidates) {
        const { scores, overall } = consolidate(
          codes,
          ratings.filter((r) => r.candidateId === candidate.id),
        );
        const pass = overall >= round.passThreshold;
        if (pass) passed++;
        await tx.update(AssessmentCandidate, { id: candidate.id }, { scores, overall, passed: pass });
      }
      const completedOn = seoulDate(new Date());
      await tx.update(AssessmentRound, { id: roundId }, { completedOn });
      await this.publisher.publish(tx, AssessmentCompletedV1, user.tenantId, {
        roundId,
        targetGrade: round.targetGrade,
        completedOn,
        candidates: candidates.length,
        passed,
      });
      return { candidates: candidates.length, passed };
    });
  }
}
