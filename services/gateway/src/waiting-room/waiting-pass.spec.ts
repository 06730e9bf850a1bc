import { passStands, signPass } from './waiting-pass';

describe('a waiting-room pass', () => {
  const secret = 'a-secret-of-the-gateway-at-least-32-chars';
  const pass = signPass(secret, 'exam-applications', 'tenant:alice', 1_000_600);

  it('stands for its holder and room until it expires', () => {
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 1_000_000)).toBe(true);
    expect(passStands(secret, 'exam-applications', 'tenant:alice', pass, 1_000_600)).toBe(false);
  });

  it('stands for nobody else, in no other room, under no other secret, and cannot be altered', () => {
    expect(passStands(secret, 'exam-applications', 'tenant:bob', pass, 1_000_000)).toBe(false);
    expect(passStands(secret, 'other-room', 'tenant:alice', pass, 1_000_000)).toBe(false);
    expect(passStands(`${secret}x`, 'exam-applications', 'tenant:alice', pass, 1_000_000)).toBe(false);
    const later = pass.replace(/^\d+/, '9999999999');
    expect(passStands(secret, 'exam-applications', 'tenant:alice', later, 1_000_000)).toBe(false);
    for (const bad of [undefined, '', 'x', `${pass}x`, '1.' + 'a'.repeat(43)])
      expect(passStands(secret, 'exam-applications', 'tenant:alice', bad, 1_000_000)).toBe(false);
  });
});
