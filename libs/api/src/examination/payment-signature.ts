import { createHmac } from 'node:crypto';

/** The fields of a payment provider's callback that its signature covers. */
export interface SignedPaymentFields {
  paymentId: string;
  providerRef: string;
  status: 'approved' | 'declined';
  amount: string;
  approvedAt: string;
}

/**
 * The signature of a payment callback: HMAC-SHA256 over the fields, `|`-joined in this order, hex, as
 * Korean payment providers sign their notifications (a hash over named fields rather than over raw
 * bytes, so any proxy may re-encode the JSON on the way).
 * Part of the contract with the provider (and with whoever acts as it: the simulated provider, tests,
 * load runs), so it lives beside the callback's DTO.
 */
export function signPaymentCallback(secret: string, c: SignedPaymentFields): string {
  return createHmac('sha256', secret).update([c.paymentId, c.providerRef, c.status, c.amount, c.approvedAt].join('|')).digest('hex');
}
