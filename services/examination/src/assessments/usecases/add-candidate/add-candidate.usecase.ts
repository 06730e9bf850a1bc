import { AddCandidateDto } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AssessmentCandidate } from '../../assessment-candidate.entity';
import { AssessmentQueries } from '../../assessment-queries';
import { newCandidateCode } from '../../assessment-rules';

/**
 * 평가 대상자 등록, with the retake rules: an official who has passed for this grade does not sit
 * again, one sits one round at a time, and no more often than the round allows.
 */
@Injectable()
export class AddCandidateUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentQueries,
  ) {}

  async execute(user: AuthUser, roundId: string, dto: AddCandidateDto): Promise<AssessmentCandidate> {
    return this.dataSource.transaction(async (tx) => {
      const round = await this.assessments.round(user.tenantId, roundId, tx, true);
      if (round.assignedAt)
        throw conflict('ASSESSMENT_ROUND.ASSESSORS_ASSIGNED', {
          message: '평가위원 배정 후에는 대상자를 추가할 수 없습니다 / candidates cannot be added once assessors are assigned',
        });
      // Serialise registrations of one official, whichever round they come through.
      await this.assessments.lockOfficial(user.tenantId, dto.employeeNo, tx);
      const history = await this.assessments.gradeHistory(user.tenantId, dto.employeeNo, round.targetGrade, tx);
      if (history.some((h) => h.roundId === roundId))
        throw conflict('ASSESSMENT_CANDIDATE.ALREADY_IN_ROUND', {
          field: 'employeeNo',
          message: '이미 이 회차의 대상자입니다 / already a candidate of this round',
        });
      if (history.some((h) => h.passed))
        throw conflict('ASSESSMENT_CANDIDATE.ALREADY_PASSED', {
          field: 'employeeNo',
          params: { grade: round.targetGrade },
          message: `이미 ${round.targetGrade}급 역량평가를 통과했습니다 / already passed the grade ${round.targetGrade} assessment`,
        });
      if (history.some((h) => h.completedOn === null))
        throw conflict('ASSESSMENT_CANDIDATE.IN_ANOTHER_ROUND', {
          field: 'employeeNo',
          message: '진행 중인 다른 회차의 대상자입니다 / already a candidate of another round in progress',
        });
      if (history.length >= round.maxAttempts)
        throw conflict('ASSESSMENT_CANDIDATE.ATTEMPTS_USED', {
          field: 'employeeNo',
          params: { max: round.maxAttempts },
          message: `응시 가능 횟수(${round.maxAttempts}회)를 모두 썼습니다 / the limit of ${round.maxAttempts} attempts is reached`,
        });
      // The round is locked above, so no other registration of the round takes the code meanwhile.
      let code = newCandidateCode();
      while (await this.assessments.candidateCodeTaken(roundId, code, tx)) code = newCandidateCode();
      const candidate: AssessmentCandidate = {
        id: randomUUID(),
        tenantId: user.tenantId,
        roundId,
        employeeNo: dto.employeeNo,
        code,
        nameKo: dto.nameKo,
        agencyCode: dto.agencyCode,
        userId: dto.userId ?? null,
        attempt: history.length + 1,
        scores: null,
        overall: null,
        passed: null,
      };
      await tx.insert(AssessmentCandidate, candidate);
      return candidate;
    });
  }
}
