import { defineEvent } from '../schema';

/** An applicant submitted an application to a position of an exam. No personal data travels. */
export interface ApplicationSubmittedV1 {
  applicationId: string;
  examId: string;
  positionId: string;
  jobSeries: string;
  grade: number;
  feeAmount: string;
  submittedAt: string;
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
  },
});
