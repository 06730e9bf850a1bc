import { defineEvent } from '../schema';

export const APPLICATION_CANCEL_REASONS = ['by_applicant', 'unpaid_at_deadline', 'ineligible'] as const;

/** An application was cancelled: by the applicant, lapsed unpaid at the deadline, or found ineligible. */
export interface ApplicationCancelledV1 {
  applicationId: string;
  examId: string;
  positionId: string;
  reason: (typeof APPLICATION_CANCEL_REASONS)[number];
  cancelledAt: string;
}

export const ApplicationCancelledV1 = defineEvent<ApplicationCancelledV1>({
  type: 'examination.application.cancelled',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    positionId: { kind: 'uuid' },
    reason: { kind: 'enum', values: APPLICATION_CANCEL_REASONS },
    cancelledAt: { kind: 'instant' },
  },
});
