import { FeedbackReportView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { AssessmentQueries } from './assessment-queries';
import { feedbackFocus } from './assessment-rules';
import { AssessmentRound } from './assessment-round.entity';

/** Curriculum's course code of the preparatory course (역량평가 이해과정), as its budget line is named. */
export const PREPARATORY_COURSE_CODE = 'ASSESSMENT-PREP';

/** 피드백 보고서: a candidate's result per competency, what to keep and develop, and the preparatory course to take. */
@Injectable()
export class FeedbackReports {
  constructor(private readonly assessments: AssessmentQueries) {}

  async build(candidate: AssessmentCandidate): Promise<FeedbackReportView> {
    const round = await this.assessments.roundOf(candidate);
    const completed = round.completedOn !== null;
    const comments = completed ? await this.assessments.comments(candidate.id) : [];
    const focus = completed && candidate.scores ? feedbackFocus(candidate.scores, round.passThreshold) : { strengths: [], development: [] };
    return {
      candidateId: candidate.id,
      nameKo: candidate.nameKo,
      round: { id: round.id, targetGrade: round.targetGrade, year: round.year, roundNo: round.roundNo, heldOn: round.heldOn },
      attempt: candidate.attempt,
      attemptsLeft: candidate.passed ? 0 : Math.max(0, round.maxAttempts - candidate.attempt),
      completed,
      passed: completed ? candidate.passed : null,
      overall: completed ? candidate.overall : null,
      passThreshold: round.passThreshold,
      competencies: round.competencies.map((c) => ({ ...c, score: completed ? (candidate.scores?.[c.code] ?? null) : null })),
      strengths: focus.strengths,
      development: focus.development,
      comments,
      preparatoryCourse: await this.preparatoryCourse(round),
    };
  }

  /** The round's chosen cohort, else the next one of the preparatory course. */
  private async preparatoryCourse(round: AssessmentRound): Promise<FeedbackReportView['preparatoryCourse']> {
    const cohort = await this.assessments.preparatoryCohort(round, PREPARATORY_COURSE_CODE);
    return cohort
      ? {
          cohortId: cohort.cohortId,
          courseNameKo: cohort.courseNameKo,
          startDate: cohort.startDate,
          endDate: cohort.endDate,
          cancelled: cohort.cancelled,
        }
      : null;
  }
}
