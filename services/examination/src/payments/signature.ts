import { createHmac, timingSafeEqual } from 'node:crypto';
import { signPaymentCallback } from '@baeum/api';
import type { PaymentCallback } from '../fees/payment-provider';

/** The provider's signature over a callback (its scheme is part of the API contract: @baeum/api). */
export const signCallback = (secret: string, c: Omit<PaymentCallback, 'signature'>): string => signPaymentCallback(secret, c);

export function validSignature(secret: string, callback: PaymentCallback): boolean {
  const expected = Buffer.from(signCallback(secret, callback), 'hex');
  const given = Buffer.from(callback.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The webhook secret: set explicitly in production, else derived from JWT_SECRET for the simulated provider. */
export const webhookSecret = (env: { PAYMENT_WEBHOOK_SECRET?: string; JWT_SECRET: string }): string =>
  env.PAYMENT_WEBHOOK_SECRET ?? createHmac('sha256', env.JWT_SECRET).update('baeum:payment-webhook').digest('hex');
