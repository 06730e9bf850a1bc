import { passStands, signPass } from './waiting-pass';

describe('a waiting-room pass', () => {
  const secret = 'a-secret-of-the-gateway-at-least-32-chars';
  const pass = signPass(secret, 'exam-applications', 'tenant:alice', { opensAt: 1_000_000, expiresAt: 1_000_600 });

  it('stands for its holder and room from when it opens until it expires', () => {
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 999_999)).toBe(false);
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 1_000_000)).toBe(true);
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 1_000_599)).toBe(true);
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 1_000_600)).toBe(false);
  });

  it('stands for nobody else, in no other room, under no other secret, and cannot be altered', () => {
    expect(passStands(secret, 'exam-applications', 'tenant:bob', pass, 1_000_000)).toBe(false);
    expect(passStands(secret, 'other-room', 'tenant:alice', pass, 1_000_000)).toBe(false);
    expect(passStands(`${secret}x`, 'exam-applications', 'tenant:alice', pass, 1_000_000)).toBe(false);
    // Neither an earlier opening (jumping the queue) nor a later expiry holds.
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass.replace(/^\d+/, '999000'), 999_500)).toBe(false);
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass.replace(/-\d+\./, '-9999999999.'), 1_000_700)).toBe(false);
    for (const bad of [undefined, '', 'x', `${pass}x`, '1-2.' + 'a'.repeat(43), '1.' + 'a'.repeat(43)])
      expect(passStands(secret, 'exam-applications', 'tenant:alice', bad, 1_000_000)).toBe(false);
  });
});
