import { AssessmentSittingDto, ExamSittingView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RecordSittingUseCase } from '../../../results/usecases/record-sitting/record-sitting.usecase';
import { AssessmentQueries } from '../../assessment-queries';

/** The budget line an assessment round's sitting is booked against unless another is named. */
export const ASSESSMENT_BUDGET_LINE = 'ASSESSMENT-OPS';

export type RecordAssessmentSittingCommand = AssessmentSittingDto & { roundId: string };

/** 역량평가 시행 기록: one venue, the round's candidates; finance books the cost from the sitting-held event. */
@Injectable()
export class RecordAssessmentSittingUseCase {
  constructor(
    private readonly assessments: AssessmentQueries,
    private readonly sittings: RecordSittingUseCase,
  ) {}

  async execute(user: AuthUser, command: RecordAssessmentSittingCommand): Promise<ExamSittingView> {
    const round = await this.assessments.round(user.tenantId, command.roundId);
    const candidates = await this.assessments.candidateCount(round.id);
    if (candidates === 0)
      throw conflict('ASSESSMENT_ROUND.NO_CANDIDATES', { message: '대상자가 없는 회차입니다 / the round has no candidates' });
    return this.sittings.record({
      id: randomUUID(),
      tenantId: user.tenantId,
      subjectId: round.id,
      stage: 'assessment',
      heldOn: command.heldOn,
      venues: 1,
      candidates,
      cost: BigInt(command.cost),
      budgetLineCode: command.budgetLineCode ?? ASSESSMENT_BUDGET_LINE,
      recordedAt: new Date(),
    });
  }
}
