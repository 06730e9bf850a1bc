import type { Role } from '../../../api/session';

/** Who runs exams (examination's OFFICER_ROLES). */
export const OFFICERS: readonly Role[] = ['admin', 'exam_officer'];

export const examPath = (examId: string, tab?: string) => `/exam-officer/${examId}${tab ? `?tab=${tab}` : ''}`;

export const SEASON_TABS = [
  'overview',
  'positions',
  'applicants',
  'venues',
  'scores',
  'keys',
  'interviews',
  'results',
  'downloads',
] as const;
export type SeasonTab = (typeof SEASON_TABS)[number];
export const tabFrom = (text: string | null): SeasonTab =>
  (SEASON_TABS as readonly string[]).includes(text ?? '') ? (text as SeasonTab) : 'overview';

/** A Seoul date and time (YYYY-MM-DD, HH:MM) as an ISO instant; undefined when the date is missing. */
export function fromSeoul(date: string | undefined, time: string | undefined): string | undefined {
  if (!date) return undefined;
  return new Date(`${date}T${time || '00:00'}:00+09:00`).toISOString();
}

/** An instant as its Seoul date and time, for the form's boxes. */
export function toSeoul(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Seoul',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A score kept in hundredths (7525 → 75.25); a dash when there is none. */
export const score = (hundredths: number | null | undefined): string =>
  hundredths === null || hundredths === undefined ? '—' : (hundredths / 100).toFixed(2);

/** Session start times as typed ("09:30, 13:30" or "09:30 13:30"). */
export const parseTimes = (text: string): string[] => text.split(/[,\s]+/).filter(Boolean);

export interface PipelineSteps {
  applied: number;
  paid: number;
  sat: number;
  passed: number;
}
export const PIPELINE_STEPS = ['applied', 'paid', 'sat', 'passed'] as const;

/** The pipeline as a chart's labels and one series of values, in the order of the season. */
export function pipelineFigures(
  total: PipelineSteps,
  label: (step: (typeof PIPELINE_STEPS)[number]) => string,
): { labels: string[]; values: number[] } {
  return { labels: PIPELINE_STEPS.map(label), values: PIPELINE_STEPS.map((s) => total[s]) };
}

export interface MarkCell {
  applicationId: string;
  interviewerId: string;
  step: string;
}
export const markKey = (c: MarkCell) => `${c.applicationId}|${c.interviewerId}|${c.step}`;

/** The marks chosen in a session's grid, as the server takes them: the cells left empty are not sent. */
export function marksToSend(chosen: Record<string, string>): (MarkCell & { mark: 'high' | 'mid' | 'low' })[] {
  return Object.entries(chosen)
    .filter(([, mark]) => mark === 'high' || mark === 'mid' || mark === 'low')
    .map(([key, mark]) => {
      const [applicationId, interviewerId, step] = key.split('|');
      return { applicationId, interviewerId, step, mark: mark as 'high' | 'mid' | 'low' };
    });
}
