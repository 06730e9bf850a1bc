import { AssessorConflictView, ConflictDto } from '@baeum/api';
import { AuthUser, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { AssessmentQueries } from '../../assessment-queries';
import { AssessorConflict } from '../../assessor-conflict.entity';

export type DeclareAssessorConflictCommand = ConflictDto & { assessorId: string };

/** 이해충돌 신고: the assessor will never be assigned to that official; declared again, the latest reason stands. */
@Injectable()
export class DeclareAssessorConflictUseCase {
  constructor(private readonly assessments: AssessmentQueries) {}

  async execute(user: AuthUser, command: DeclareAssessorConflictCommand): Promise<AssessorConflictView> {
    const assessor = await this.assessments.assessor(user.tenantId, command.assessorId);
    if (!assessor) throw notFound('ASSESSOR.NOT_FOUND', { message: '평가위원을 찾을 수 없습니다 / Assessor not found' });
    const declared: AssessorConflict = {
      assessorId: command.assessorId,
      employeeNo: command.employeeNo,
      tenantId: user.tenantId,
      reason: command.reason,
    };
    await this.assessments.upsertConflict(declared);
    return declared;
  }
}
