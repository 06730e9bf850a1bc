import { AssessorView, CreateAssessorDto } from '@baeum/api';
import { AuthUser, conflict, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AssessmentQueries } from '../../assessment-queries';
import { Assessor } from '../../assessor.entity';

export type AddAssessorCommand = CreateAssessorDto;

/** 평가위원 등록: a user of the tenant becomes an assessor, once. */
@Injectable()
export class AddAssessorUseCase {
  constructor(private readonly assessments: AssessmentQueries) {}

  async execute(user: AuthUser, command: AddAssessorCommand): Promise<AssessorView> {
    const assessor: Assessor = {
      id: randomUUID(),
      tenantId: user.tenantId,
      userId: command.userId,
      nameKo: command.nameKo,
      agencyCode: command.agencyCode ?? null,
      active: true,
    };
    await this.assessments.insertAssessor(assessor).catch((error) => {
      if (isUniqueViolation(error))
        throw conflict('ASSESSOR.ALREADY_REGISTERED', {
          field: 'userId',
          message: '이미 등록된 평가위원입니다 / this user is already an assessor',
        });
      throw error;
    });
    return assessor;
  }
}
