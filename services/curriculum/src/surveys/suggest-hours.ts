/** When one respondent can attend: the daily window between their earliest start and latest end. */
export interface Availability {
  earliestStart: string;
  latestEnd: string;
}

export interface SuggestedHours {
  dailyStartTime: string;
  dailyEndTime: string;
  /** Respondents whose window holds these hours. */
  attendable: number;
  respondents: number;
  /** Percent of respondents, rounded half up. */
  share: number;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Daily hours of the given length that the most respondents can attend, on the half hour between
 * 07:00 and 22:00; among equals, the earliest. With childcare-bound answers such as 10:00–16:00
 * it suggests a childcare-friendly cohort.
 */
export function suggestHours(answers: Availability[], hoursPerDay: number): SuggestedHours | null {
  const length = Math.round(hoursPerDay * 60);
  if (answers.length === 0 || length <= 0) return null;
  const windows = answers.map((a) => [minutes(a.earliestStart), minutes(a.latestEnd)] as const);
  let best: { start: number; attendable: number } | null = null;
  for (let start = 7 * 60; start + length <= 22 * 60; start += 30) {
    const attendable = windows.filter(([from, to]) => from <= start && start + length <= to).length;
    if (!best || attendable > best.attendable) best = { start, attendable };
  }
  if (!best) return null;
  return {
    dailyStartTime: clock(best.start),
    dailyEndTime: clock(best.start + length),
    attendable: best.attendable,
    respondents: answers.length,
    share: Math.floor((best.attendable * 100) / answers.length + 0.5),
  };
}
