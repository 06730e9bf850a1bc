import type { Schemas } from '../../../api/client';
import type { Problem } from '../../../kit';

export type Exam = Schemas['ExamView'];
export type Position = Schemas['PositionView'];
export type Application = Schemas['ExamApplicationView'];
export type Outcome = Schemas['ExamOutcomeView'];

/** The server's rule for a phone number (libs/api/src/examination/vocabulary.ts, EXAM_PHONE_PATTERN). */
export const EXAM_PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;
/** The example the phone field asks for; it must itself pass. */
export const PHONE_EXAMPLE = '010-1234-5678';

/**
 * The phone field's rule, judged on the value the box holds now (trimmed), never on an earlier
 * one: the example 010-1234-5678 typed in full is a phone number, and an empty box is left to
 * `required`.
 */
export function phoneProblem(value: unknown): Problem | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  return EXAM_PHONE_PATTERN.test(text) ? null : { code: 'VALIDATION.PHONE' };
}

/** Open rounds first, then the newest year and round. */
export function sortAnnouncements<E extends Pick<Exam, 'phase' | 'year' | 'roundNo'>>(exams: readonly E[]): E[] {
  return [...exams].sort(
    (a, b) => Number(b.phase === 'accepting') - Number(a.phase === 'accepting') || b.year - a.year || b.roundNo - a.roundNo,
  );
}

/** A competition ratio as applicants read it: 12.3 : 1. */
export const ratioText = (ratio: number): string => (Number.isFinite(ratio) ? ratio.toFixed(1) : '0.0');

export type ApplicationAction = 'pay' | 'ticket' | 'interviewTicket' | 'results' | 'documents' | 'cancel';

/** What an applicant may do with an application, as the old page offered it. */
export function applicationActions(
  a: Pick<Application, 'status' | 'seat' | 'interview' | 'examNumber' | 'accommodations'>,
): ApplicationAction[] {
  const actions: ApplicationAction[] = [];
  if (a.status === 'pending_payment') actions.push('pay');
  if (a.seat && a.status === 'paid') actions.push('ticket');
  if (a.interview) actions.push('interviewTicket');
  if (a.examNumber) actions.push('results');
  if (a.accommodations.length > 0 && a.status !== 'cancelled' && !a.examNumber) actions.push('documents');
  if (a.status !== 'cancelled' && !a.examNumber) actions.push('cancel');
  return actions;
}

/**
 * The badge of an application in 내 원서: the published outcome (필기 합격, 최종 불합격, …) once the
 * server gives one, else the application's status (접수 완료, …). `word` is a key of examWords.
 */
export function applicationBadge(a: Pick<Application, 'status' | 'outcome'>): {
  word: `outcome.${Outcome['stage']}.${Outcome['result']}` | `status.${Application['status']}`;
  tone: 'success' | 'warning' | 'gray';
} {
  if (a.outcome) return { word: `outcome.${a.outcome.stage}.${a.outcome.result}`, tone: a.outcome.result === 'pass' ? 'success' : 'gray' };
  return { word: `status.${a.status}`, tone: a.status === 'paid' ? 'success' : a.status === 'pending_payment' ? 'warning' : 'gray' };
}

/** The application form's values as the API takes them: hidden fields are left out, numbers are numbers. */
export interface ApplyValues {
  examId: string;
  positionId: string;
  nameKo: string;
  birthDate: string;
  phone: string;
  residentSince?: string;
  residencyYears?: number;
  trackEvidence?: string;
  veteransBonusPercent: string;
  accommodations: string[];
  accNote?: string;
}

export function applicationBody(
  values: ApplyValues,
  exam: Pick<Exam, 'residencyRegionKo'> | undefined,
  position: Pick<Position, 'track'> | undefined,
): Schemas['ApplicationFormDto'] {
  const note = values.accNote?.trim();
  const residency = Boolean(exam?.residencyRegionKo);
  const tracked = Boolean(position && position.track !== 'general');
  return {
    examId: values.examId,
    positionId: values.positionId,
    nameKo: values.nameKo.trim(),
    birthDate: values.birthDate,
    phone: values.phone.trim(),
    ...(residency && values.residentSince ? { residentSince: values.residentSince } : {}),
    ...(residency && values.residencyYears !== undefined && !Number.isNaN(values.residencyYears)
      ? { residencyYears: values.residencyYears }
      : {}),
    ...(tracked && values.trackEvidence?.trim() ? { trackEvidence: values.trackEvidence.trim() } : {}),
    veteransBonusPercent: Number(values.veteransBonusPercent || 0) as 0 | 5 | 10,
    rescuerBonusPercent: 0,
    accommodations: (values.accommodations ?? []).map((kind) => ({
      kind: kind as Schemas['AccommodationDto']['kind'],
      ...(note ? { note } : {}),
    })),
  };
}

/** Which step of the form a field the server named belongs to (to go back to it). */
export function stepOfField(field: string): number {
  if (field === 'examId' || field === 'positionId') return 0;
  if (field.startsWith('accommodations') || field === 'accNote') return 2;
  return 1;
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** What is left until `until` at `now`, in whole days, hours, minutes and seconds; null once it has passed. */
export function timeLeft(until: string | Date, now: Date): TimeLeft | null {
  const ms = new Date(until).getTime() - now.getTime();
  if (!(ms > 0)) return null;
  const total = Math.floor(ms / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** The portal's exams of one institute (all when `slug` is empty), in the order given. */
export function examsOf<E extends { institute: { slug: string } }>(exams: readonly E[], slug: string): E[] {
  return slug ? exams.filter((e) => e.institute.slug === slug) : [...exams];
}
