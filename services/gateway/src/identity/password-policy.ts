import { fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * The password policy (docs/adr/0007-password-policy.md): at least 10 characters, and not guessable
 * from the lists of common and breached passwords, words, names, keyboard patterns, dates and
 * sequences that zxcvbn-ts knows, nor from the person's own e-mail, name or institute.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's score 3: about 10⁸ guesses or more ("safely unguessable" against online attacks, moderate offline). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Only the first 32 characters are judged: zxcvbn's time grows steeply with length (up to about 2 s
 * of CPU for 64 repetitive characters here, under 1 s for 32), and it runs on the event loop. A
 * password whose first 32 characters are strong is strong; a longer one must be strong within them.
 */
export const JUDGED_LENGTH = 32;

let estimator: ZxcvbnFactory | undefined;
/** Built once: building the ranked dictionaries takes a few seconds of CPU. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

export interface PasswordVerdict {
  ok: boolean;
  /** zxcvbn's score, 0–4. */
  score: number;
}

/** Judges a password; `personal` are the person's own words (e-mail, name, institute) that must not carry it. */
export function judgePassword(password: string, personal: string[] = []): PasswordVerdict {
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, score: 0 };
  const words = personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const { score } = zxcvbn().check(password.slice(0, JUDGED_LENGTH), words);
  return { ok: score >= MIN_PASSWORD_SCORE, score };
}

/** Refuses a weak password with a coded error beside its field (`newPassword`, `password`). */
export function assertStrongPassword(field: string, password: string, personal: string[] = []): void {
  const { ok, score } = judgePassword(password, personal);
  if (ok) return;
  throw invalidInput([
    fieldError(
      field,
      'AUTH.WEAK_PASSWORD',
      { minLength: MIN_PASSWORD_LENGTH, score, minScore: MIN_PASSWORD_SCORE },
      '흔하거나 유출된 비밀번호, 또는 추측하기 쉬운 비밀번호입니다. 10자 이상으로 더 길고 예측하기 어렵게 정하세요 / ' +
        'this password is common, breached or easy to guess; choose a longer, less predictable one of at least 10 characters',
    ),
  ]);
}

/**
 * Builds the dictionaries while the gateway starts, before it listens, so that the first sign-up
 * or password change does not hold every other request for those seconds.
 */
@Injectable()
export class PasswordPolicyWarmUp implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    judgePassword('warm-up-only-0000');
  }
}
