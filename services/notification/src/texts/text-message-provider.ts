/**
 * The text-message port: one message to one mobile number. A real provider (a Korean SMS/알림톡
 * gateway such as NHN Cloud SMS, Aligo or Solapi) is one more class implementing this and a case in
 * `textProviderFor` (texts.module.ts), selected by SMS_PROVIDER; its credentials come from the
 * environment, never from code. What an adapter must do:
 *
 * - send `text` as an SMS when `kind` is `sms` (at most 90 EUC-KR bytes) and as an LMS otherwise;
 * - pass `reference` (the delivery id) as the provider's client reference where it has one, so that a
 *   resend after a lost answer is recognised and not sent twice;
 * - answer the provider's message id;
 * - throw `PermanentTextError` when the provider refuses for good (unknown or barred number, rejected
 *   content): the sender gives up at once; throw anything else (timeouts, 5xx, rate limits) to retry.
 */
export interface TextMessageProvider {
  /** `simulated` records; others send. */
  readonly kind: string;
  send(to: string, text: string, options: { kind: TextKind; reference: string }): Promise<{ providerMessageId: string }>;
}

export type TextKind = 'sms' | 'lms';

export const TEXT_MESSAGE_PROVIDER = Symbol('TEXT_MESSAGE_PROVIDER');

/** The provider refused the message for good: not retried. */
export class PermanentTextError extends Error {
  readonly permanent = true;
}

/** The most an SMS holds, in EUC-KR bytes; longer goes as an LMS. */
export const SMS_MAX_BYTES = 90;
/** The most an LMS holds, in EUC-KR bytes; the rest is cut. */
export const LMS_MAX_BYTES = 2000;

/**
 * A text's length as Korean carriers count it, in EUC-KR bytes: one per ASCII character, two per any
 * other (Hangul, Hanja and symbols; a character EUC-KR lacks is counted as the two bytes of the `?`
 * pair a carrier shows for it, so the count never falls short).
 */
export function eucKrBytes(text: string): number {
  let bytes = 0;
  for (const ch of text) bytes += ch.codePointAt(0)! < 0x80 ? 1 : 2;
  return bytes;
}

/** Cuts `text` to at most `max` EUC-KR bytes, never inside a character, marking a cut with `…`. */
export function cutToBytes(text: string, max: number): string {
  if (eucKrBytes(text) <= max) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = ch.codePointAt(0)! < 0x80 ? 1 : 2;
    if (bytes + size > max - 2) break;
    out += ch;
    bytes += size;
  }
  return `${out}…`;
}

/** The text as it goes out: an SMS when it fits in 90 bytes, else an LMS (cut at 2,000 bytes). */
export function asTextMessage(text: string): { kind: TextKind; text: string; bytes: number } {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (eucKrBytes(clean) <= SMS_MAX_BYTES) return { kind: 'sms', text: clean, bytes: eucKrBytes(clean) };
  const cut = cutToBytes(clean, LMS_MAX_BYTES);
  return { kind: 'lms', text: cut, bytes: eucKrBytes(cut) };
}
