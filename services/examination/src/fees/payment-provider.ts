/**
 * The port to a payment provider (PG사). Exam fees are paid on the provider's page; the provider
 * then calls back, signed, and refunds on request. The simulated provider stands in for a real one
 * in embedded mode and tests; a real one implements the same three operations.
 */
export interface PaymentProvider {
  /** A token for the provider's checkout page for this payment. */
  checkout(payment: { id: string; amount: bigint }): string;
  /** True when the callback was signed by the provider with the shared secret. */
  verifyCallback(callback: PaymentCallback): boolean;
  /** Pays `amount` back; `refundId` is the idempotency key, so a retry refunds once. Returns the provider's reference. */
  refund(request: { refundId: string; providerRef: string; amount: bigint }): Promise<string>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** What the provider tells us about a payment, signed (the fields in this order, `|`-joined). */
export interface PaymentCallback {
  paymentId: string;
  providerRef: string;
  status: 'approved' | 'declined';
  amount: string;
  approvedAt: string;
  signature: string;
}
