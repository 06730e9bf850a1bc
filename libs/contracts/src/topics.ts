/**
 * Topic names, one per aggregate stream. Partition counts live in deploy/kafka/topics.txt, and a
 * unit test keeps the two lists and every contract's topic in agreement.
 */
export const Topics = {
  curriculumPlan: 'curriculum.plan',
  curriculumCourse: 'curriculum.course',
  curriculumCohort: 'curriculum.cohort',
  curriculumSettings: 'curriculum.settings',
  enrollmentSeat: 'enrollment.seat',
  enrollmentCompletion: 'enrollment.completion',
  enrollmentSurvey: 'enrollment.survey',
  enrollmentAgency: 'enrollment.agency',
  enrollmentTrainee: 'enrollment.trainee',
  examinationApplication: 'examination.application',
  examinationSitting: 'examination.sitting',
  examinationExam: 'examination.exam',
  examinationAssessment: 'examination.assessment',
  financeCommitment: 'finance.commitment',
  financeBudgetLine: 'finance.budget-line',
  identityAccount: 'identity.account',
} as const;

/** Each service dead-letters what it cannot consume into `dlq.<service>`. */
export const deadLetterTopic = (service: string): string => `dlq.${service}`;
