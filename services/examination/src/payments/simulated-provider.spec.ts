import { SimulatedPaymentProvider } from './simulated-provider';

const provider = new SimulatedPaymentProvider('a-webhook-secret-of-at-least-32-characters!');
const other = new SimulatedPaymentProvider('another-secret-of-at-least-32-characters!!');

describe('SimulatedPaymentProvider', () => {
  it('reads back only the checkout tokens it made', () => {
    const token = provider.checkout({ id: '8a5a5c9e-3b9e-4c53-9a43-2a0f3f0a6b11', amount: 5000n });
    expect(provider.readCheckout(token)).toEqual({ paymentId: '8a5a5c9e-3b9e-4c53-9a43-2a0f3f0a6b11', amount: '5000' });
    expect(other.readCheckout(token)).toBeNull();
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ paymentId: '8a5a5c9e-3b9e-4c53-9a43-2a0f3f0a6b11', amount: '1' })).toString('base64url');
    expect(provider.readCheckout(`${forged}.${mac}`)).toBeNull();
    expect(provider.readCheckout(body)).toBeNull();
  });

  it('signs callbacks that only the same secret verifies, and any changed field breaks', () => {
    const callback = provider.callbackFor(
      { paymentId: '8a5a5c9e-3b9e-4c53-9a43-2a0f3f0a6b11', amount: '5000' },
      'approved',
      new Date('2027-01-04T01:00:00Z'),
    );
    expect(provider.verifyCallback(callback)).toBe(true);
    expect(other.verifyCallback(callback)).toBe(false);
    expect(provider.verifyCallback({ ...callback, amount: '500' })).toBe(false);
    expect(provider.verifyCallback({ ...callback, signature: 'zz' })).toBe(false);
  });

  it('gives the same references to a retried approval and refund', async () => {
    const claims = { paymentId: '8a5a5c9e-3b9e-4c53-9a43-2a0f3f0a6b11', amount: '5000' };
    expect(provider.callbackFor(claims, 'approved', new Date()).providerRef).toBe(
      provider.callbackFor(claims, 'approved', new Date()).providerRef,
    );
    expect(await provider.refund({ refundId: 'r1' })).toBe(await provider.refund({ refundId: 'r1' }));
  });
});
