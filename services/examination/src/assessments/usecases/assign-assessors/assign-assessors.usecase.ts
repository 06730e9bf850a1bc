import { AssessorAssignmentView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssessmentAssignment } from '../../assessment-assignment.entity';
import { AssessmentCandidate } from '../../assessment-candidate.entity';
import { AssessmentQueries } from '../../assessment-queries';
import { AssessmentRound } from '../../assessment-round.entity';
import { Assessor } from '../../assessor.entity';
import { AssessorConflict } from '../../assessor-conflict.entity';
import { assignAssessors } from '../../assessment-rules';

/** 평가위원 배정 for a round; it can be redone until the first rating is given. */
@Injectable()
export class AssignAssessorsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentQueries,
  ) {}

  async execute(user: AuthUser, roundId: string): Promise<AssessorAssignmentView> {
    return this.dataSource.transaction(async (tx) => {
      const round = await this.assessments.round(user.tenantId, roundId, tx, true);
      const rated = await this.assessments.ratingCount(roundId, tx);
      if (rated > 0)
        throw conflict('ASSESSMENT_ROUND.RATING_STARTED', {
          message: '평정이 시작되어 다시 배정할 수 없습니다 / ratings have begun; the assignment is fixed',
        });
      const candidates = await tx.find(AssessmentCandidate, { where: { roundId } });
      if (candidates.length === 0)
        throw conflict('ASSESSMENT_ROUND.NO_CANDIDATES', { message: '대상자를 먼저 등록하세요 / add candidates first' });
      const assessors = await tx.find(Assessor, { where: { tenantId: user.tenantId, active: true }, order: { id: 'ASC' } });
      const conflicts = await tx.find(AssessorConflict, { where: { tenantId: user.tenantId } });
      const { assignments, unassignable } = assignAssessors(
        candidates,
        round.techniques.map((t) => t.code),
        assessors,
        new Set(conflicts.map((c) => `${c.assessorId}:${c.employeeNo}`)),
        round.assessorsPerTechnique,
        roundId,
      );
      if (unassignable.length > 0) {
        throw conflict('ASSESSMENT_ROUND.TOO_FEW_ASSESSORS', {
          params: { candidates: unassignable.length, employeeNos: unassignable },
          message:
            `이해충돌 없이 배정할 평가위원이 부족합니다: ${unassignable.join(', ')} / too few assessors free of ` +
            `conflicts of interest for ${unassignable.length} candidate(s)`,
        });
      }
      await tx.delete(AssessmentAssignment, { roundId });
      await tx.insert(
        AssessmentAssignment,
        assignments.map((a) => ({ ...a, tenantId: user.tenantId, roundId })),
      );
      await tx.update(AssessmentRound, { id: roundId }, { assignedAt: new Date() });
      return { assignments: assignments.length, assessors: new Set(assignments.map((a) => a.assessorId)).size };
    });
  }
}
