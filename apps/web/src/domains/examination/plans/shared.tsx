import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { registerCatalogue } from '../../../i18n/i18n';
import { seoulToday } from '../../../i18n/format';
import { type Column, DataTable } from '../../../kit';
import { examPlans } from './i18n';
import { type QuarterRow, yearChoices, yearFrom } from './plan-rows';
import './plans.css';

registerCatalogue('examPlans', examPlans);

export const usePlanWords = () => useTranslation('examPlans');

const thisYear = () => Number(seoulToday().slice(0, 4));

/** The year in the address (this year without one), and a way to choose another. */
export function usePlanYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('fiscalYear')) ?? thisYear();
  return [year, (next) => setParams({ fiscalYear: String(next) })];
}

export function YearChooser({ year, onChange, testId }: { year: number; onChange(year: number): void; testId: string }) {
  const { t } = usePlanWords();
  const id = useId();
  return (
    <div className="form-group exam-plan-year">
      <div className="form-tit">
        <label htmlFor={id}>{t('year')}</label>
      </div>
      <div className="form-conts">
        <select
          id={id}
          className="krds-form-select"
          value={String(year)}
          onChange={(e) => onChange(Number(e.target.value))}
          data-testid={testId}
        >
          {yearChoices(thisYear(), year).map((y) => (
            <option key={y} value={String(y)}>
              {t('yearOption', { year: y })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A figure's text, its Korean terms (the source's "(과제개발)" kept in the English note) marked as Korean. */
export function MarkedKorean({ text }: { text: string }) {
  const parts = text.split(/([가-힣][가-힣\s·]*[가-힣]|[가-힣])/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="ko">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Quarters across, planned and held rows down; each cell carries its column's name. */
export function QuarterTable({ caption, rows, testId }: { caption: string; rows: QuarterRow[]; testId: string }) {
  const { t } = usePlanWords();
  const columns: Column<QuarterRow>[] = [
    {
      key: 'label',
      header: t('item'),
      rowHeader: true,
      render: (r) => (
        <>
          <span className={`exam-plan-kind exam-plan-${r.kind}`}>{t(r.kind)}</span> {r.label}
        </>
      ),
    },
    ...[0, 1, 2, 3].map((q): Column<QuarterRow> => ({
      key: `q${q + 1}`,
      header: t('quarter', { q: q + 1 }),
      align: 'end',
      render: (r) => (
        <span data-testid={`${testId}-${r.key}-q${q + 1}`}>
          <MarkedKorean text={r.cells[q]} />
        </span>
      ),
    })),
    {
      key: 'total',
      header: t('total'),
      align: 'end',
      render: (r) => <span data-testid={`${testId}-${r.key}-total`}>{r.total}</span>,
    },
  ];
  return (
    <DataTable<QuarterRow>
      caption={caption}
      showCaption
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      rowTestId={(r) => `${testId}-${r.key}`}
      rowClassName={(r) => `exam-plan-row-${r.kind}`}
      narrow="scroll"
      testId={testId}
    />
  );
}
