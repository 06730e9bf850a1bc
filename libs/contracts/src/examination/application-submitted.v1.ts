import { defineEvent } from '../schema';

/**
 * An applicant submitted an application to a position of an exam. No personal data travels: the
 * applicant's account id at most, by which the notification service finds whom to tell in its own
 * contacts (absent from events written before it was added).
 */
export interface ApplicationSubmittedV1 {
  applicationId: string;
  examId: string;
  positionId: string;
  jobSeries: string;
  grade: number;
  feeAmount: string;
  submittedAt: string;
  applicantUserId?: string;
  /** The exam's and the position's Korean names, for telling the applicant (absent from older events). */
  examTitleKo?: string;
  jobSeriesKo?: string;
}

export const ApplicationSubmittedV1 = defineEvent<ApplicationSubmittedV1>({
  type: 'examination.application.submitted',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    positionId: { kind: 'uuid' },
    jobSeries: { kind: 'string' },
    grade: { kind: 'int', min: 1, max: 9 },
    feeAmount: { kind: 'won', min: 0 },
    submittedAt: { kind: 'instant' },
    applicantUserId: { kind: 'uuid', optional: true },
    examTitleKo: { kind: 'string', optional: true },
    jobSeriesKo: { kind: 'string', optional: true },
  },
});
