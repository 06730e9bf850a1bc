import { MemoryCacheStore } from '@baeum/service-kit';
import { ACCOUNT_ANYWHERE, ACCOUNT_FROM_ADDRESS, addressRule, delaySeconds, SignInThrottle } from './sign-in-throttle';

describe('sign-in delays', () => {
  it('lets the free failures pass, then doubles the wait from 1 s up to the cap', () => {
    const rule = { freeFailures: 5, capSeconds: 60, windowSeconds: 900 };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 100].map((n) => delaySeconds(n, rule))).toEqual([
      0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60,
    ]);
  });

  it('keeps the account-wide delay mild: none after 11 failures, never more than a few seconds', () => {
    expect(delaySeconds(11, ACCOUNT_ANYWHERE)).toBe(0);
    expect(Math.max(...Array.from({ length: 1000 }, (_, n) => delaySeconds(n, ACCOUNT_ANYWHERE)))).toBeLessThanOrEqual(5);
    expect(delaySeconds(11, ACCOUNT_FROM_ADDRESS)).toBeGreaterThan(0);
  });
});

describe('SignInThrottle', () => {
  const attacker = { address: '203.0.113.9', tenant: 'seoul-hrd', email: 'kim@seoul-hrd.example' };
  const owner = { ...attacker, address: '198.51.100.4' };
  let clock: number;
  let throttle: SignInThrottle;
  beforeEach(() => {
    clock = 1_000_000;
    throttle = new SignInThrottle(new MemoryCacheStore(), addressRule(30), () => clock);
  });

  const failFrom = async (attempt: typeof attacker) => {
    await throttle.check(attempt);
    await throttle.failed(attempt);
  };

  it("holds back the guesser's address with growing waits, answered as RATE_LIMITED with the seconds to wait", async () => {
    for (let n = 0; n < 6; n++) await failFrom(attacker);
    await expect(throttle.check(attacker)).rejects.toMatchObject({
      status: 429,
      response: expect.objectContaining({ code: 'RATE_LIMITED', params: { retryAfterSeconds: 1 } }),
    });
    clock += 1000;
    await failFrom(attacker);
    await expect(throttle.check(attacker)).rejects.toMatchObject({
      response: expect.objectContaining({ params: { retryAfterSeconds: 2 } }),
    });
  });

  it("does not stop the owner from another address after an attacker's 11 wrong tries", async () => {
    for (let n = 0; n < 11; n++) {
      await failFrom(attacker).catch(() => undefined);
      clock += 60_000;
    }
    await expect(throttle.check(owner)).resolves.toBeUndefined();
  });

  it('limits one address across accounts', async () => {
    for (let n = 0; n < 31; n++) await failFrom({ ...attacker, email: `user${n}@seoul-hrd.example` });
    await expect(throttle.check({ ...attacker, email: 'someone-else@seoul-hrd.example' })).rejects.toMatchObject({ status: 429 });
    await expect(throttle.check({ ...owner, email: 'someone-else@seoul-hrd.example' })).resolves.toBeUndefined();
  });

  it("forgets the account's failures from an address when the right password comes from it", async () => {
    for (let n = 0; n < 5; n++) await failFrom(owner);
    await throttle.succeeded(owner);
    clock += 1500;
    await failFrom(owner);
    await expect(throttle.check(owner)).resolves.toBeUndefined();
  });

  it("forgives the account after a password reset: its waits end, from the owner's address and everywhere", async () => {
    // Many addresses' failures put the account-wide wait on, and the owner's own address waits too.
    for (let n = 0; n < 21; n++) await failFrom({ ...attacker, address: `203.0.113.${n + 10}` }).catch(() => undefined);
    for (let n = 0; n < 6; n++) await failFrom(owner).catch(() => undefined);
    await expect(throttle.check(owner)).rejects.toMatchObject({ status: 429 });
    await throttle.forgive(owner);
    await expect(throttle.check(owner)).resolves.toBeUndefined();
    await failFrom(owner);
    await expect(throttle.check(owner)).resolves.toBeUndefined();
  });
});
