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

export type ApplicationAction = 'pay' | 'edit' | 'ticket' | 'interviewTicket' | 'results' | 'documents' | 'cancel';

/** What an applicant may do with an application: correcting it until applications close (the server says until when), and the rest. */
export function applicationActions(
  a: Pick<Application, 'status' | 'seat' | 'interview' | 'examNumber' | 'accommodations' | 'editableUntil'>,
): ApplicationAction[] {
  const actions: ApplicationAction[] = [];
  if (a.status === 'pending_payment') actions.push('pay');
  if (a.editableUntil && !a.examNumber) actions.push('edit');
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

/**
 * The wizard's steps, in order. The photo comes between the bonus points and the accommodations, as
 * the national exam site asks for it there; it is the applicant's own (kept for every application), so
 * the step is passed at once by someone who registered one before.
 */
export const WIZARD_STEPS = ['identity', 'person', 'education', 'licences', 'bonus', 'photo', 'accommodations', 'review', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** One statutory bonus at most (취업지원대상자 5/10%, 의사상자 등 3/5%), so it is one choice. */
export const STATUTORY_BONUSES = ['none', 'veterans:5', 'veterans:10', 'rescuer:3', 'rescuer:5'] as const;
export type StatutoryBonus = (typeof STATUTORY_BONUSES)[number];

export interface LicenceValues {
  name: string;
  number: string;
  issuer: string;
  acquiredOn: string;
}

/** The wizard's values; applicationBody turns them into what the API takes. */
export interface ApplyValues {
  examId: string;
  positionId: string;
  nameKo: string;
  birthDate: string;
  phone: string;
  /** 본인 확인's reference, set once the provider confirmed the three fields above. */
  identityVerificationRef: string;
  residentSince?: string;
  residencyYears?: number;
  trackEvidence?: string;
  education: { level: string; school: string; major: string; status: string };
  licences: LicenceValues[];
  statutoryBonus: StatutoryBonus;
  accommodations: string[];
  accNote?: string;
}

/** The fields each step checks before the next one opens. */
export const STEP_FIELDS: Record<WizardStep, string[]> = {
  identity: ['nameKo', 'birthDate', 'phone'],
  person: ['examId', 'positionId', 'residentSince', 'residencyYears', 'trackEvidence'],
  education: ['education.level', 'education.school', 'education.major', 'education.status'],
  licences: ['licences'],
  bonus: ['statutoryBonus'],
  photo: [],
  accommodations: ['accommodations', 'accNote'],
  review: [],
  done: [],
};

/** The application as the API takes it: hidden fields are left out, numbers are numbers, texts trimmed. */
export function applicationBody(
  values: ApplyValues,
  exam: Pick<Exam, 'residencyRegionKo'> | undefined,
  position: Pick<Position, 'track'> | undefined,
): Schemas['ApplicationFormDto'] {
  const note = values.accNote?.trim();
  const residency = Boolean(exam?.residencyRegionKo);
  const tracked = Boolean(position && position.track !== 'general');
  const [kind, percent] = values.statutoryBonus === 'none' ? ['none', 0] : values.statutoryBonus.split(':');
  const { education } = values;
  return {
    examId: values.examId,
    positionId: values.positionId,
    nameKo: values.nameKo.trim(),
    birthDate: values.birthDate,
    phone: values.phone.trim(),
    ...(values.identityVerificationRef ? { identityVerificationRef: values.identityVerificationRef } : {}),
    ...(residency && values.residentSince ? { residentSince: values.residentSince } : {}),
    ...(residency && values.residencyYears !== undefined && !Number.isNaN(values.residencyYears)
      ? { residencyYears: values.residencyYears }
      : {}),
    ...(tracked && values.trackEvidence?.trim() ? { trackEvidence: values.trackEvidence.trim() } : {}),
    ...(education.level && education.school.trim()
      ? {
          education: {
            level: education.level as Schemas['EducationDto']['level'],
            school: education.school.trim(),
            ...(education.major.trim() ? { major: education.major.trim() } : {}),
            status: education.status as Schemas['EducationDto']['status'],
          },
        }
      : {}),
    licences: values.licences.map((l) => ({
      name: l.name.trim(),
      number: l.number.trim(),
      issuer: l.issuer.trim(),
      acquiredOn: l.acquiredOn,
    })),
    veteransBonusPercent: (kind === 'veterans' ? Number(percent) : 0) as 0 | 5 | 10,
    rescuerBonusPercent: (kind === 'rescuer' ? Number(percent) : 0) as 0 | 3 | 5,
    accommodations: (values.accommodations ?? []).map((kind) => ({
      kind: kind as Schemas['AccommodationDto']['kind'],
      ...(note ? { note } : {}),
    })),
  };
}

/** A submitted application as the wizard's values, to correct it (원서 수정); its confirmation of identity is its own. */
export function valuesOf(a: Application): ApplyValues {
  const statutory: StatutoryBonus =
    a.veteransBonusPercent > 0
      ? (`veterans:${a.veteransBonusPercent}` as StatutoryBonus)
      : a.rescuerBonusPercent > 0
        ? (`rescuer:${a.rescuerBonusPercent}` as StatutoryBonus)
        : 'none';
  return {
    examId: a.examId,
    positionId: a.positionId,
    nameKo: a.nameKo,
    birthDate: a.birthDate,
    phone: a.phone,
    identityVerificationRef: '',
    ...(a.residentSince ? { residentSince: a.residentSince } : {}),
    ...(a.residencyYears !== null ? { residencyYears: a.residencyYears } : {}),
    ...(a.trackEvidence ? { trackEvidence: a.trackEvidence } : {}),
    education: a.education
      ? { level: a.education.level, school: a.education.school, major: a.education.major ?? '', status: a.education.status }
      : { level: '', school: '', major: '', status: '' },
    licences: a.licences.map((l) => ({ name: l.name, number: l.number, issuer: l.issuer, acquiredOn: l.acquiredOn })),
    statutoryBonus: STATUTORY_BONUSES.includes(statutory) ? statutory : 'none',
    accommodations: a.accommodations.map((x) => x.kind),
    accNote: a.accommodations.find((x) => x.note)?.note ?? '',
  };
}

/**
 * The corrections as the API takes them (PATCH): what the wizard holds, without what an application
 * cannot change (its exam, position and the confirmed birth date); a new confirmation only if one was made.
 */
export function editBody(
  values: ApplyValues,
  exam: Pick<Exam, 'residencyRegionKo'> | undefined,
  position: Pick<Position, 'track'> | undefined,
): Schemas['EditApplicationDto'] {
  const { examId: _exam, positionId: _position, birthDate: _birthDate, ...editable } = applicationBody(values, exam, position);
  return editable;
}

/** Which step a field the server named belongs to (to go back to it). */
export function stepOfField(field: string): WizardStep {
  const root = field.split('.')[0];
  if (root === 'veteransBonusPercent' || root === 'rescuerBonusPercent') return 'bonus';
  if (root === 'identityVerificationRef') return 'identity';
  if (root === 'accommodations') return 'accommodations';
  const step = WIZARD_STEPS.find((s) => STEP_FIELDS[s].some((f) => f.split('.')[0] === root));
  return step ?? 'person';
}

/**
 * The bonus a licence earns for the position by the announcement's rules, to show as the applicant
 * types (the server computes the application's own at submission: services/examination
 * exams/bonus-rules.ts). Names compare without spaces and case.
 */
export function licenceBonusFor(rules: Exam['licenceBonusRules'], jobSeries: string | undefined, name: string): number {
  const wanted = name.replace(/\s+/g, '').toLowerCase();
  if (!wanted || !jobSeries) return 0;
  return rules
    .filter(
      (r) => r.licenceName.replace(/\s+/g, '').toLowerCase() === wanted && (r.jobSeries.length === 0 || r.jobSeries.includes(jobSeries)),
    )
    .reduce((best, r) => Math.max(best, r.percent), 0);
}

/** The licence bonus counts once, the highest, at most 5% (LICENCE_BONUS_CAP_PERCENT). */
export const LICENCE_BONUS_CAP_PERCENT = 5;

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
