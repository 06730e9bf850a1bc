import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PaymentCallback } from '../fees/payment-provider';

/**
 * HMAC-SHA256 over the callback's fields joined by `|`, as Korean payment providers sign their
 * notifications (a hash over named fields rather than over raw bytes, so any proxy may re-encode
 * the JSON on the way).
 */
export function signCallback(secret: string, c: Omit<PaymentCallback, 'signature'>): string {
  return createHmac('sha256', secret).update([c.paymentId, c.providerRef, c.status, c.amount, c.approvedAt].join('|')).digest('hex');
}

export function validSignature(secret: string, callback: PaymentCallback): boolean {
  const expected = Buffer.from(signCallback(secret, callback), 'hex');
  const given = Buffer.from(callback.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The webhook secret: set explicitly in production, else derived from JWT_SECRET for the simulated provider. */
export const webhookSecret = (env: { PAYMENT_WEBHOOK_SECRET?: string; JWT_SECRET: string }): string =>
  env.PAYMENT_WEBHOOK_SECRET ?? createHmac('sha256', env.JWT_SECRET).update('baeum:payment-webhook').digest('hex');
