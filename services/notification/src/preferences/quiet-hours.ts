/** Quiet hours for text messages, `HH:MM` in Seoul time; `start` after `end` runs across midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** Seoul keeps UTC+9 all year (no daylight saving since 1988): a fixed offset, no zone database needed. */
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const DAY_MINUTES = 24 * 60;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The minute of the Seoul day `at` falls in (0-1439). */
export const seoulMinuteOfDay = (at: Date): number => Math.floor((at.getTime() + SEOUL_OFFSET_MS) / MINUTE_MS) % DAY_MINUTES;

/**
 * When a text due at `at` may go: `at` itself outside quiet hours, else the instant they end. Quiet
 * hours include their start minute and end before their end minute (21:00-08:00 holds 21:00:00 to
 * 07:59:59); equal start and end mean none.
 */
export function textSendableAt(at: Date, quiet: QuietHours | null): Date {
  if (!quiet) return at;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return at;
  const now = seoulMinuteOfDay(at);
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return at;
  const wait = (end - now + DAY_MINUTES) % DAY_MINUTES;
  // Seoul's minutes begin with UTC's (a whole-hour offset): the end is whole minutes from this one's start.
  return new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS + wait * MINUTE_MS);
}
