import { defineEvent } from '../schema';

/** An application's exam fee (응시수수료) was paid: finance books it as revenue. */
export interface FeePaidV1 {
  applicationId: string;
  examId: string;
  amount: string;
  /** Business date of the payment (Asia/Seoul): its fiscal year and quarter. */
  paidOn: string;
  paymentRef: string;
  /** The applicant's account id, to tell them (absent from events written before it was added). */
  applicantUserId?: string;
}

export const FeePaidV1 = defineEvent<FeePaidV1>({
  type: 'examination.fee.paid',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    amount: { kind: 'won', min: 0 },
    paidOn: { kind: 'date' },
    paymentRef: { kind: 'string' },
    applicantUserId: { kind: 'uuid', optional: true },
  },
});
