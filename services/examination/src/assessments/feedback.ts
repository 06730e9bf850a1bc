import { FeedbackReportView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparatoryCohort } from '../preparatory-courses/preparatory-cohort.entity';
import { seoulDate } from '@baeum/calendar';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { feedbackFocus } from './assessment-rules';
import { AssessmentRound } from './assessment-round.entity';

/** Curriculum's course code of the preparatory course (역량평가 이해과정), as its budget line is named. */
export const PREPARATORY_COURSE_CODE = 'ASSESSMENT-PREP';

/** 피드백 보고서: a candidate's result per competency, what to keep and develop, and the preparatory course to take. */
@Injectable()
export class FeedbackReports {
  constructor(private readonly dataSource: DataSource) {}

  async build(candidate: AssessmentCandidate): Promise<FeedbackReportView> {
    const round = await this.dataSource.getRepository(AssessmentRound).findOneByOrFail({ id: candidate.roundId });
    const completed = round.completedOn !== null;
    const comments: { competency: string; technique: string; comment: string }[] = completed
      ? await this.dataSource.query(
          `SELECT competency, technique, comment FROM examination.assessment_rating WHERE candidate_id = $1 AND comment IS NOT NULL ORDER BY technique, competency, rated_at`,
          [candidate.id],
        )
      : [];
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
    const repository = this.dataSource.getRepository(PreparatoryCohort);
    const cohort = round.prepCohortId
      ? await repository.findOneBy({ cohortId: round.prepCohortId, tenantId: round.tenantId })
      : await repository
          .createQueryBuilder('c')
          .where('c.tenant_id = :tenantId AND c.course_code = :code AND NOT c.cancelled AND c.start_date >= :today', {
            tenantId: round.tenantId,
            code: PREPARATORY_COURSE_CODE,
            today: seoulDate(new Date()),
          })
          .orderBy('c.start_date')
          .getOne();
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
