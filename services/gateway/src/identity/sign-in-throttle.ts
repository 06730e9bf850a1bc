import { CacheStore, CodedException } from '@baeum/service-kit';

/**
 * Sign-in limits that an attacker cannot turn against the real user.
 *
 * A hard lock per account (11 wrong tries and the account is shut for everyone) lets anyone who knows
 * an e-mail lock its owner out. So failures are counted in three scopes, each with growing delays
 * instead of a lock: after a scope's free failures, each next try from it must wait 1, 2, 4 … s up to
 * the scope's cap (answered 429 with Retry-After).
 * - an account from one address: a few free failures, then delays up to 5 minutes. This is what slows
 *   a guesser down, and it holds back only the guesser's address;
 * - one address across all accounts: many free failures (offices sign in from behind one address),
 *   then delays up to 5 minutes, so one address cannot spray a password over many accounts;
 * - an account from every address: many free failures and a cap of a few seconds only, so guessing
 *   from many addresses is slowed while the owner, from their own address, waits at most that long.
 * The right password from another address therefore still works after an attacker's wrong tries.
 */
export interface DelayRule {
  /** Failures within the window before the first delay. */
  freeFailures: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
  /** Failures are forgotten this long after the first of them. */
  windowSeconds: number;
}

export const ACCOUNT_FROM_ADDRESS: DelayRule = { freeFailures: 5, capSeconds: 300, windowSeconds: 900 };
export const ACCOUNT_ANYWHERE: DelayRule = { freeFailures: 20, capSeconds: 5, windowSeconds: 900 };
export const addressRule = (freeFailures: number): DelayRule => ({ freeFailures, capSeconds: 300, windowSeconds: 900 });

/** Seconds the next try must wait after the `failures`-th failure: 0 while free, then 1, 2, 4 … up to the cap. */
export function delaySeconds(failures: number, rule: DelayRule): number {
  const over = failures - rule.freeFailures;
  if (over <= 0) return 0;
  return Math.min(rule.capSeconds, 2 ** Math.min(over - 1, 30));
}

/** Where failures are counted: the account from this address, this address, and the account from anywhere. */
interface Scopes {
  accountFromAddress: { key: string; rule: DelayRule };
  address: { key: string; rule: DelayRule };
  account: { key: string; rule: DelayRule };
}

export interface SignInAttempt {
  address: string;
  tenant: string;
  /** Lower-case. */
  email: string;
}

export function tooManyTries(message: string, retryAfterSeconds: number): CodedException {
  return new CodedException(429, 'RATE_LIMITED', { message, params: { retryAfterSeconds } });
}

const unlockKey = (tenant: string, email: string) => `login:unlocks:${tenant}:${email}`;
/** Longer than any scope's window, so an unlock count outlives the counters it set aside. */
const UNLOCK_MEMORY_SECONDS = 3600;

/** 잠금 해제: the account's sign-in delays end at once, from every address (its tenant by slug, e-mail lower-case). */
export async function unlockSignIn(cache: CacheStore, tenant: string, email: string): Promise<void> {
  await cache.incrementWindow(unlockKey(tenant, email), UNLOCK_MEMORY_SECONDS);
}

export class SignInThrottle {
  constructor(
    private readonly cache: CacheStore,
    private readonly address: DelayRule,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * An account's scopes carry its unlock count: an administrator's unlock starts them afresh, from
   * every address (the old counters and waits are left to expire).
   */
  private async scopes(attempt: SignInAttempt): Promise<Scopes> {
    const unlocks = await this.cache.get(unlockKey(attempt.tenant, attempt.email));
    const account = `${attempt.tenant}:${attempt.email}${unlocks ? `#${unlocks}` : ''}`;
    return {
      accountFromAddress: { key: `account-address:${attempt.address}:${account}`, rule: ACCOUNT_FROM_ADDRESS },
      address: { key: `address:${attempt.address}`, rule: this.address },
      account: { key: `account:${account}`, rule: ACCOUNT_ANYWHERE },
    };
  }

  /** Refuses with 429 while any scope of the attempt must still wait; checked before the password is. */
  async check(attempt: SignInAttempt): Promise<void> {
    let wait = 0;
    for (const scope of Object.values(await this.scopes(attempt))) {
      const until = Number((await this.cache.get(`login:wait:${scope.key}`)) ?? 0);
      wait = Math.max(wait, Math.ceil((until - this.now()) / 1000));
    }
    if (wait > 0) {
      throw tooManyTries(
        `로그인 시도가 너무 많습니다. ${wait}초 후 다시 시도하세요 / Too many sign-in attempts; try again in ${wait} s`,
        wait,
      );
    }
  }

  /** A wrong password (or unknown account): counts in every scope and starts the scope's delay once its free failures are spent. */
  async failed(attempt: SignInAttempt): Promise<void> {
    for (const { key, rule } of Object.values(await this.scopes(attempt))) {
      const failures = await this.cache.incrementWindow(`login:fail:${key}`, rule.windowSeconds);
      const delay = delaySeconds(failures, rule);
      if (delay > 0) await this.cache.set(`login:wait:${key}`, String(this.now() + delay * 1000), delay);
    }
  }

  /** The right password: the account's failures from this address are forgotten (the others stay, an attacker's among them). */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    const { accountFromAddress } = await this.scopes(attempt);
    await this.cache.set(`login:fail:${accountFromAddress.key}`, '0', 1);
  }

  /**
   * The owner proved the account by other means (a password reset by mailed link): the account's
   * failures and waits are forgotten, everywhere and from the owner's address. Another address's
   * own limit stays.
   */
  async forgive(attempt: SignInAttempt): Promise<void> {
    const { accountFromAddress, account } = await this.scopes(attempt);
    for (const { key } of [accountFromAddress, account]) {
      await this.cache.set(`login:fail:${key}`, '0', 1);
      await this.cache.set(`login:wait:${key}`, '0', 1);
    }
  }
}
