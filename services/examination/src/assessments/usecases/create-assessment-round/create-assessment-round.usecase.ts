import { AssessmentRoundView, CreateAssessmentRoundDto } from '@baeum/api';
import { AuthUser, conflict, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { modelFor } from '../../assessment-models';
import { AssessmentQueries } from '../../assessment-queries';
import { AssessmentRound } from '../../assessment-round.entity';
import { toRoundView } from '../../assessment-round.view';

export type CreateAssessmentRoundCommand = CreateAssessmentRoundDto;

/** 역량평가 회차 개설: the round takes its grade's model (competencies and techniques); one round per year, grade and number. */
@Injectable()
export class CreateAssessmentRoundUseCase {
  constructor(private readonly assessments: AssessmentQueries) {}

  async execute(user: AuthUser, command: CreateAssessmentRoundCommand): Promise<AssessmentRoundView> {
    const model = modelFor(command.targetGrade)!;
    const round: AssessmentRound = {
      id: randomUUID(),
      tenantId: user.tenantId,
      targetGrade: command.targetGrade,
      year: command.year,
      roundNo: command.roundNo,
      heldOn: command.heldOn,
      competencies: model.competencies,
      techniques: model.techniques,
      passThreshold: command.passThreshold ?? 250,
      maxAttempts: command.maxAttempts ?? 3,
      assessorsPerTechnique: command.assessorsPerTechnique ?? 2,
      prepCohortId: command.prepCohortId ?? null,
      assignedAt: null,
      completedOn: null,
    };
    await this.assessments.insertRound(round).catch((error) => {
      if (isUniqueViolation(error))
        throw conflict('ASSESSMENT_ROUND.EXISTS', {
          field: 'roundNo',
          params: { year: command.year, targetGrade: command.targetGrade, roundNo: command.roundNo },
          message: `${command.year}년 ${command.targetGrade}급 ${command.roundNo}회차가 이미 있습니다 / this round already exists`,
        });
      throw error;
    });
    return toRoundView(round);
  }
}
