import { createHmac, timingSafeEqual } from 'node:crypto';
import { PaymentCallback, PaymentProvider } from '../fees/payment-provider';
import { signCallback, validSignature } from './signature';

interface CheckoutClaims {
  paymentId: string;
  amount: string;
}

/**
 * A payment provider that approves or declines on the word of its own checkout page and signs its
 * callbacks like a real one. It keeps no state: the checkout token carries the payment, signed, and
 * its references derive from the ids, so any instance answers alike and retries change nothing.
 */
export class SimulatedPaymentProvider implements PaymentProvider {
  constructor(private readonly secret: string) {}

  checkout(payment: { id: string; amount: bigint }): string {
    const body = Buffer.from(
      JSON.stringify({ paymentId: payment.id, amount: payment.amount.toString() } satisfies CheckoutClaims),
    ).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The checkout page's side: what a token is for, or null when it was not made here. */
  readCheckout(token: string): CheckoutClaims | null {
    const [body, mac] = token.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    if (expected.length !== Buffer.byteLength(mac) || !timingSafeEqual(expected, Buffer.from(mac))) return null;
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CheckoutClaims;
    } catch {
      return null;
    }
  }

  /** The signed callback the provider sends once the applicant has approved or declined. */
  callbackFor(claims: CheckoutClaims, outcome: 'approved' | 'declined', at: Date): PaymentCallback {
    const unsigned = {
      paymentId: claims.paymentId,
      providerRef: `SIM-${this.mac(claims.paymentId).slice(0, 16).toUpperCase()}`,
      status: outcome,
      amount: claims.amount,
      approvedAt: at.toISOString(),
    };
    return { ...unsigned, signature: signCallback(this.secret, unsigned) };
  }

  verifyCallback(callback: PaymentCallback): boolean {
    return validSignature(this.secret, callback);
  }

  async refund(request: { refundId: string }): Promise<string> {
    return `SIMR-${this.mac(request.refundId).slice(0, 16).toUpperCase()}`;
  }

  private mac(text: string): string {
    return createHmac('sha256', this.secret).update(`checkout:${text}`).digest('base64url');
  }
}
