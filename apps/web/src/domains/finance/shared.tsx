import { seoulToday } from '../../i18n/format';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Badge, type Problem } from '../../kit';

/** 1,000조 won: the most any amount the server takes may be (libs/api's MAX_WON). */
export const MAX_WON = 1_000_000_000_000_000;
/** A plan has at most this many rows (ReviseQuarterlyPlanDto). */
export const MAX_PLAN_ROWS = 20;

/** This year in Seoul, where fiscal years are calendar years. */
export const thisFiscalYear = (): number => Number(seoulToday().slice(0, 4));
export { seoulToday as todayInSeoul };

/** A fiscal year from the address (`?fiscalYear=2022`), when it is one a book can have. */
export function yearFrom(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

export const bookPath = (fiscalYear: number) => `/finance-book?fiscalYear=${fiscalYear}`;
export const linePath = (fiscalYear: number, code: string) => `/finance-book/${fiscalYear}/lines/${encodeURIComponent(code)}`;
export const planPath = (fiscalYear: number, code?: string) =>
  `/finance-plan?fiscalYear=${fiscalYear}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
export const reportPath = (fiscalYear: number, asOf?: string) => `/finance-report?fiscalYear=${fiscalYear}${asOf ? `&asOf=${asOf}` : ''}`;

/** n / d rounded half away from zero, as finance rounds its printed tables. */
export function divideRounded(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}
export const thousandWon = (won: string): number => Number(divideRounded(BigInt(won), 1000n));
export const groupDigits = (n: bigint): string => (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * An amount in a table whose caption gives the unit: digits grouped, a negative with △ as the
 * source's tables print it (read out as "minus").
 */
export function Amount({ value, testId }: { value: string | number | null | undefined; testId?: string }) {
  const { t } = useTranslation('finance');
  if (value === null || value === undefined || value === '') return null;
  const n = BigInt(value);
  return (
    <span className="fin-amount" data-testid={testId}>
      {n < 0n && (
        <>
          <span aria-hidden="true">△</span>
          <span className="sr-only">{t('minus')}</span>
        </>
      )}
      {groupDigits(n)}
    </span>
  );
}

/** Stop / warn / ignore as a badge with its word. */
export function ControlBadge({ control }: { control: Schemas['BudgetControl'] | null }) {
  const { t } = useTranslation('finance');
  if (!control) return null;
  return <Badge tone={control === 'stop' ? 'danger' : control === 'warn' ? 'warning' : 'gray'}>{t(`control.${control}`)}</Badge>;
}

/**
 * A labelled chooser that moves the page (a fiscal year, a line, a table to download): not a form
 * that is sent, so it acts on change. KRDS select markup, keyboard and screen readers as a field.
 */
export function ChooserSelect({
  label,
  value,
  options,
  onChange,
  testId,
  className,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  testId?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={['form-group fin-chooser', className].filter(Boolean).join(' ')}>
      <div className="form-tit">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="form-conts">
        <select id={id} className="krds-form-select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The fiscal years that have a book, as choices. */
export function useYearOptions(years: Schemas['BudgetBookYearView'][] | undefined, selected: number) {
  const { t } = useTranslation('finance');
  const list = years?.map((y) => y.fiscalYear) ?? [];
  if (!list.includes(selected)) list.push(selected);
  return list.sort((a, b) => a - b).map((year) => ({ value: String(year), label: t('yearOption', { year }) }));
}

/**
 * After a change: every finance figure the page shows is asked for again, and the promise settles
 * once the page has them, so the outcome shown beside the action is not pushed out of view by
 * tables that grow after it.
 */
export function useRefreshFinance(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[1] === 'string' && query.queryKey[1].startsWith('/api/finance'),
      }),
    [queryClient],
  );
}

// ---- client rules that mirror the server's (libs/api/src/finance)

/** Integer won (IsWon). */
export const wholeNumber = (value: unknown): Problem | null =>
  typeof value === 'number' && !Number.isInteger(value) ? { code: 'VALIDATION.INTEGER' } : null;

/** A date of the book's fiscal year (bookedOn, effectiveOn). */
export const inFiscalYear =
  (fiscalYear: number) =>
  (value: unknown): Problem | null =>
    typeof value === 'string' && value !== '' && !value.startsWith(`${fiscalYear}-`)
      ? { code: 'BUDGET_BOOK.DATE_OUTSIDE_YEAR', params: { fiscalYear } }
      : null;

/** A reason: 2 to 500 characters (IsReason). */
export const REASON_RULES = { required: true, minLength: 2, maxLength: 500 } as const;
