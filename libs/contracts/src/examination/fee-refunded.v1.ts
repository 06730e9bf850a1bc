import { defineEvent } from '../schema';

/** A paid fee was refunded, in whole or in part: finance reverses that much revenue. */
export interface FeeRefundedV1 {
  applicationId: string;
  examId: string;
  amount: string;
  refundedOn: string;
  paymentRef: string;
  reason: string;
}

export const FeeRefundedV1 = defineEvent<FeeRefundedV1>({
  type: 'examination.fee.refunded',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    amount: { kind: 'won', min: 0 },
    refundedOn: { kind: 'date' },
    paymentRef: { kind: 'string' },
    reason: { kind: 'string' },
  },
});
