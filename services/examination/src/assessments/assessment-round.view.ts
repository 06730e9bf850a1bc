import { AssessmentRoundView } from '@baeum/api';
import { AssessmentRound } from './assessment-round.entity';

export const toRoundView = (round: AssessmentRound): AssessmentRoundView => ({
  ...round,
  assignedAt: round.assignedAt?.toISOString() ?? null,
});
