import { RateCandidateDto, RatingsRecordedView } from '@baeum/api';
import { AuthUser, conflict, fieldError, forbidden, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssessmentAssignment } from '../../assessment-assignment.entity';
import { AssessmentQueries } from '../../assessment-queries';
import { AssessmentRating } from '../../assessment-rating.entity';

/** 평정: an assessor rates every competency 1–5 for a candidate and technique assigned to them, until the round is consolidated. */
@Injectable()
export class RateCandidateUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentQueries,
  ) {}

  async execute(user: AuthUser, dto: RateCandidateDto): Promise<RatingsRecordedView> {
    return this.dataSource.transaction(async (tx) => {
      const assessor = await this.assessments.assessorOf(user, tx);
      const candidate = await this.assessments.candidate(user.tenantId, dto.candidateId, tx);
      const assigned = await tx.exists(AssessmentAssignment, {
        where: { candidateId: candidate.id, technique: dto.technique, assessorId: assessor.id },
      });
      if (!assigned)
        throw forbidden('ASSESSOR.NOT_ASSIGNED', {
          message: '배정되지 않은 대상자·과제입니다 / this candidate and technique are not assigned to you',
        });
      const round = await this.assessments.round(user.tenantId, candidate.roundId, tx);
      if (round.completedOn)
        throw conflict('ASSESSMENT_ROUND.CONSOLIDATED', { message: '결과가 확정된 회차입니다 / the round is consolidated' });
      const codes = round.competencies.map((c) => c.code);
      const given = dto.ratings.map((r) => r.competency);
      const missing = codes.filter((c) => !given.includes(c));
      const unknown = given.filter((c, i) => !codes.includes(c) || given.indexOf(c) !== i);
      if (missing.length > 0 || unknown.length > 0) {
        throw invalidInput([
          fieldError(
            'ratings',
            'ASSESSMENT_RATING.EACH_COMPETENCY_ONCE',
            { missing, unknown },
            `역량마다 한 번씩 평정하세요 (누락: ${missing.join(', ') || '없음'}, 잘못됨: ${unknown.join(', ') || '없음'}) / rate each competency exactly once`,
          ),
        ]);
      }
      await tx.upsert(
        AssessmentRating,
        dto.ratings.map((r) => ({
          candidateId: candidate.id,
          technique: dto.technique,
          assessorId: assessor.id,
          competency: r.competency,
          tenantId: user.tenantId,
          score: r.score,
          comment: r.comment?.trim() || null,
          ratedAt: new Date(),
        })),
        ['candidateId', 'technique', 'assessorId', 'competency'],
      );
      return { rated: dto.ratings.length };
    });
  }
}
