import { defineEvent } from '../schema';

export const ANNOUNCED_RESULTS = ['pass', 'fail', 'absent'] as const;

/**
 * One applicant's own result of a stage, once the stage's results are published (합격자 발표): one
 * event per candidate, beside the exam's ResultsPublishedV1. Only whether they passed; no score, and
 * nothing of anyone else. No personal data travels: the applicant's account id and the exam's names.
 */
export interface ExamResultAnnouncedV1 {
  applicationId: string;
  examId: string;
  applicantUserId: string;
  examTitleKo: string;
  jobSeriesKo: string;
  grade: number;
  examNumber: string;
  stage: 'written' | 'final';
  result: (typeof ANNOUNCED_RESULTS)[number];
  publishedAt: string;
}

export const ExamResultAnnouncedV1 = defineEvent<ExamResultAnnouncedV1>({
  type: 'examination.application.result-announced',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    applicantUserId: { kind: 'uuid' },
    examTitleKo: { kind: 'string' },
    jobSeriesKo: { kind: 'string' },
    grade: { kind: 'int', min: 1, max: 9 },
    examNumber: { kind: 'string' },
    stage: { kind: 'enum', values: ['written', 'final'] },
    result: { kind: 'enum', values: ANNOUNCED_RESULTS },
    publishedAt: { kind: 'instant' },
  },
});
