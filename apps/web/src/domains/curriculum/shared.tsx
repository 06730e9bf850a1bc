import { seoulToday } from '../../i18n/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { downloadFile } from '../../api/files';
import { currentLanguage } from '../../i18n/i18n';
import { ActionStatus, Badge, Button, type Outcome, problemOf } from '../../kit';
import './curriculum.css';

export { COHORT_VIEWERS, INSTITUTE_USERS, PLAN_READERS, PLANNERS, STAFF } from './roles';

export const DELIVERY_MODES: Schemas['DeliveryMode'][] = ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'];
export const APPROVALS: Schemas['ApprovalSteps'][] = ['none', 'agency', 'institute', 'agency_and_institute'];
export const COURSE_STATUSES: Schemas['CourseStatus'][] = ['continued', 'new', 'improved', 'merged'];
export const EDUCATION_TYPES: Schemas['EducationType'][] = ['general', 'e_learning'];
export const ROOM_KINDS: Schemas['RoomKind'][] = ['lecture', 'remote_studio', 'computer'];
export const INSTRUCTOR_KINDS: Schemas['InstructorKind'][] = ['internal', 'external'];
export const SURVEY_CONSTRAINTS: Schemas['SurveyConstraint'][] = ['childcare', 'eldercare', 'commute', 'shift_work', 'health', 'workload'];
export const SURVEY_WEEKDAYS: Schemas['SurveyWeekday'][] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The patterns curriculum's inputs follow (the same as libs/api's CURRICULUM_PATTERNS). */
export const PATTERNS = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  categoryCode: /^[a-z][a-z0-9_]{1,39}$/,
  code: /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  phone: /^[0-9+\-() ]{7,20}$/,
};
/** Upper bound for one cohort's estimated cost (MAX_COHORT_COST). */
export const MAX_COHORT_COST = 100_000_000_000;

export { seoulToday };

/** A text the API writes as "한국어 / English", in the current language. */
export function localText(text: string | null | undefined, lang = currentLanguage()): string {
  if (!text) return '';
  const parts = text.split(' / ');
  if (parts.length < 2) return text;
  const english = parts.at(-1)!;
  const korean = parts.slice(0, -1).join(' / ');
  return lang === 'ko' ? korean : english;
}

export const useCurriculumT = () => useTranslation('curriculum').t;

const STATUS_TONE = { scheduled: 'primary', cancelled: 'danger', completed: 'success' } as const;

/** A cohort's status as a badge with its word. */
export function CohortStatusBadge({ status }: { status: Schemas['CohortStatus'] }) {
  const t = useCurriculumT();
  return <Badge tone={STATUS_TONE[status]}>{t(`cohortStatus.${status}`)}</Badge>;
}

/** Seats or an amount that another service has not reported yet. */
export function Pending() {
  const { t } = useTranslation();
  return <Badge tone="gray">{t('state.pending')}</Badge>;
}

/** The notes under a report (a discrepancy of the source, or how a figure is counted), in the current language. */
export function ReportNotes({ notes, testId = 'report-notes' }: { notes: Schemas['PlanNoteView'][]; testId?: string }) {
  useTranslation();
  const lang = currentLanguage();
  if (notes.length === 0) return null;
  return (
    <ul className="cur-notes" data-testid={testId}>
      {notes.map((note, i) => (
        <li key={i}>
          {note.ref && <Badge tone="warning">{note.ref}</Badge>} {lang === 'ko' ? note.ko : note.en}
        </li>
      ))}
    </ul>
  );
}

/** An .xlsx and a CSV button for a report or an export; the outcome beside them. */
export function Downloads({
  path,
  query,
  fileName,
  testId,
  label,
}: {
  path: string;
  query?: Record<string, string>;
  fileName: string;
  testId: string;
  label?: string;
}) {
  const t = useCurriculumT();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const download = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    setOutcome(null);
    try {
      await downloadFile(path, `${fileName}.${format}`, { ...query, format });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="cur-downloads">
      <div className="button-row">
        <Button
          size="small"
          variant="tertiary"
          onClick={() => download('xlsx')}
          busy={busy === 'xlsx'}
          testId={`${testId}-xlsx`}
          aria-label={label ? `${t('download.xlsx')}: ${label}` : undefined}
        >
          {t('download.xlsx')}
        </Button>
        <Button
          size="small"
          variant="tertiary"
          onClick={() => download('csv')}
          busy={busy === 'csv'}
          testId={`${testId}-csv`}
          aria-label={label ? `${t('download.csv')}: ${label}` : undefined}
        >
          {t('download.csv')}
        </Button>
      </div>
      <ActionStatus outcome={outcome} testId={`${testId}-status`} />
    </div>
  );
}

/** A version's label ("2022년 계획(안)") in the current language. */
export function useVersionLabel() {
  useTranslation();
  return (v: { labelKo: string; labelEn: string }) => (currentLanguage() === 'ko' ? v.labelKo : v.labelEn || v.labelKo);
}

/** Sum of a list of numbers. */
export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
