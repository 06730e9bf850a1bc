import { useQueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, ApiError, asApiError, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/files';
import { formatPeriod, seoulToday } from '../../i18n/format';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import { ActionStatus, Badge, Button, ButtonRow, KoName, LocalName, type Outcome, type Problem, problemOf, type Tone } from '../../kit';
import './enrollment.css';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

export type Cohort = Schemas['EnrollmentCohortView'];
export type EnrollmentStatus = Schemas['EnrollmentStatus'];

/** The enrollment API's paths all start here; a change refreshes every query under it. */
export const ENROLLMENT_API = '/api/enrollment';

/**
 * After a change, every enrollment figure on the page is asked for again (seats, quotas, counts,
 * rosters), so nothing shown stays stale until a reload.
 */
export function useRefreshEnrollment(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[1] === 'string' && query.queryKey[1].startsWith(ENROLLMENT_API),
      }),
    [queryClient],
  );
}

/** The enrollment words, typed. */
export const useEnrollmentWords = () => useTranslation('enrollment');

export { seoulToday };
export const currentYear = (): number => Number(seoulToday().slice(0, 4));

/** A course's name in the page's language (Korean, marked, when it has no English one), else its code. */
export function CourseName({ ko, en, code }: { ko: string | null | undefined; en?: string | null; code?: string | null }) {
  return <LocalName ko={ko ?? code ?? ''} en={en} />;
}

/** The same as text, for labels and messages. */
export function useCourseText() {
  const lang = currentLanguage();
  return useCallback(
    (c: { courseNameKo?: string | null; courseNameEn?: string | null; courseCode?: string | null }) =>
      lang === 'en' && c.courseNameEn ? c.courseNameEn : (c.courseNameKo ?? c.courseCode ?? ''),
    [lang],
  );
}

/** Whether a text shown as is would be Korean on an English page (for `lang` on options). */
export const koreanOnEnglish = (text: string): string | undefined =>
  currentLanguage() === 'en' && /[가-힣]/.test(text) ? 'ko' : undefined;

/** A period as text in the page's language. */
export const periodText = (start: string, end: string): string => formatPeriod(start, end, currentLanguage());

/** A cohort's daily hours, or 상시 for e-learning (no hours). */
export function Hours({ cohort }: { cohort: Pick<Cohort, 'dailyStartTime' | 'dailyEndTime'> }) {
  const { t } = useEnrollmentWords();
  return (
    <>
      {cohort.dailyStartTime && cohort.dailyEndTime
        ? t('hours', { from: cohort.dailyStartTime, to: cohort.dailyEndTime })
        : t('alwaysOpen')}
    </>
  );
}

const STATUS_TONE: Record<EnrollmentStatus, Tone> = {
  pending: 'warning',
  approved: 'information',
  waitlisted: 'warning',
  confirmed: 'success',
  cancelled: 'gray',
  rejected: 'danger',
};

/** An application's state as a badge in words (with its place on the waitlist or whose approval it awaits). */
export function ApplicationStatus({
  status,
  awaiting,
  position,
  testId,
}: {
  status: EnrollmentStatus;
  awaiting?: Schemas['Approver'] | null;
  position?: number | null;
  testId?: string;
}) {
  const { t } = useEnrollmentWords();
  const extra =
    status === 'waitlisted' && position
      ? ` ${t('my.position', { position })}`
      : status === 'pending' && awaiting
        ? ` (${t(`awaiting.${awaiting}`)})`
        : '';
  return (
    <span data-status={status} data-testid={testId}>
      <Badge tone={STATUS_TONE[status]}>{`${t(`status.${status}`)}${extra}`}</Badge>
    </span>
  );
}

/** 수료 / 미수료 as a badge. */
export function CompletionBadge({ status }: { status: Schemas['CompletionStatus'] }) {
  const { t } = useEnrollmentWords();
  return (
    <span data-status={status}>
      <Badge tone={status === 'completed' ? 'success' : 'danger'}>{t(`completion.${status}`)}</Badge>
    </span>
  );
}

/** The agencies of the institute by code, for their names (every signed-in role may read them). */
export function useAgencyNames() {
  const agencies = $api.useQuery('get', '/api/enrollment/agencies', {}, { staleTime: 5 * 60_000 });
  return useCallback(
    (code: string): ReactNode => {
      const agency = agencies.data?.find((a) => a.code === code);
      return agency ? <LocalName ko={agency.nameKo} en={agency.nameEn} /> : code;
    },
    [agencies.data],
  );
}

/**
 * The institute's competency fields (분야) by code, in the page's language: a report shows
 * 기본역량 / Basic competency, never `basic_competency`. A code the tree does not hold (a field
 * since removed) is named as another field, with its code.
 */
export function useFieldNames() {
  const { t } = useEnrollmentWords();
  const categories = $api.useQuery('get', '/api/categories', {}, { staleTime: 5 * 60_000 });
  const lang = currentLanguage();
  const text = useCallback(
    (code: string | null | undefined): string => {
      if (!code) return t('field.none');
      const category = categories.data?.find((c) => c.code === code);
      if (category) return lang === 'en' && category.nameEn ? category.nameEn : category.nameKo;
      return t('field.unknown', { code });
    },
    [categories.data, lang, t],
  );
  return { text, loading: categories.isLoading };
}

/**
 * A text from the API written for the page's language that may carry Korean names (a notice naming
 * a course that has no English name): on an English page each Korean run is marked `lang="ko"`.
 */
export function MixedText({ text }: { text: string }) {
  if (currentLanguage() !== 'en' || !/[가-힣]/.test(text)) return <>{text}</>;
  const parts = text.split(/([가-힣][가-힣0-9·\s()-]*[가-힣]|[가-힣])/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <KoName key={i}>{part}</KoName> : <Fragment key={i}>{part}</Fragment>))}</>;
}

/**
 * What an action concerns, for screen readers only, after the button's own words (so its
 * accessible name starts with what it shows): "신청 (적극행정 실무 과정, 2027. 3. 2. ~ 3. 6.)".
 */
export const Context = ({ children }: { children: ReactNode }) => <span className="sr-only"> ({children})</span>;

/** A person's name: Korean, marked as such on English pages. */
export const PersonName = ({ name }: { name: string }) => <KoName>{name}</KoName>;

/**
 * `.xlsx` and CSV buttons for one file the API makes, with the outcome of a failed download beside
 * them. `what` names the file in the buttons' accessible names.
 */
export function Downloads({
  path,
  query,
  fallbackName,
  what,
  testId,
}: {
  path: string;
  query?: Record<string, string>;
  fallbackName: string;
  what: string;
  testId: string;
}) {
  const { t } = useEnrollmentWords();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const get = async (format: 'xlsx' | 'csv') => {
    setOutcome(null);
    setBusy(format);
    try {
      await downloadFile(path, `${fallbackName}.${format}`, { ...query, format });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="enr-downloads">
      <ButtonRow>
        <Button size="small" onClick={() => get('xlsx')} busy={busy === 'xlsx'} testId={`${testId}-xlsx`}>
          {t('downloadXlsx')}
          <Context>{what}</Context>
        </Button>
        <Button size="small" onClick={() => get('csv')} busy={busy === 'csv'} testId={`${testId}-csv`}>
          {t('downloadCsv')}
          <Context>{what}</Context>
        </Button>
      </ButtonRow>
      <ActionStatus outcome={outcome} testId={`${testId}-status`} />
    </div>
  );
}

/** A score of 5 points with two decimals (4.40), or a dash. */
export const score = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : value.toFixed(2));

/** A record without one key (an outcome cleared before an action runs again). */
export function without<V>(record: Record<string, V>, key: string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Every problem of a failed action: each coded problem of a field (an entry of a sheet), else the answer's own. */
export function problemsOf(error: unknown): Problem[] {
  const apiError = error instanceof ApiError ? error : asApiError(error);
  return apiError.fieldErrors.length > 0 ? apiError.fieldErrors.map((e) => ({ code: e.code, params: e.params })) : [problemOf(apiError)];
}
