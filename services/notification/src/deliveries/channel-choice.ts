import type { RenderedMail } from '../mail/templates/mail-template';
import type { Preferences } from '../preferences/preferences.queries';

/** The channels the sender sends on (the inbox is written with the event and is always on). */
export type SentChannel = 'email' | 'sms';

/**
 * The channels a person is told on: e-mail unless they turned it off; a text only when they opted in
 * and a mobile number is known for them.
 */
export function channelsFor(preferences: Preferences, phone: string | null): SentChannel[] {
  const channels: SentChannel[] = [];
  if (preferences.email) channels.push('email');
  if (preferences.sms && phone) channels.push('sms');
  return channels;
}

/**
 * A text's words: the template's one-line summary, its subject's Korean part (every subject reads
 * `Korean / English`), whose details are in the mail and the inbox. Short enough for an SMS as a rule;
 * the channel sends a longer one as an LMS.
 */
export function textOf(mail: Pick<RenderedMail, 'subject'>): string {
  const korean = mail.subject.split(' / ')[0];
  return `${korean.replace(/\s+/g, ' ').trim()} - 배움`;
}
