import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { Instant, Notice, PageHeader, QueryState, Section, useLocalName } from '../../kit';
import { finance } from './i18n';
import { PlanEditor } from './plan-editor';
import { ChooserSelect, linePath, thisFiscalYear, useRefreshFinance, useYearOptions, yearFrom } from './shared';
import './finance.css';

registerCatalogue('finance', finance);

/** The year a plan opens on without one in the address: this year if it has a book, else the latest book. */
export function defaultYear(years: Schemas['BudgetBookYearView'][]): number | undefined {
  const list = years.map((y) => y.fiscalYear);
  const now = thisFiscalYear();
  return list.includes(now) ? now : list.length > 0 ? Math.max(...list) : undefined;
}

/**
 * 분기별 예산집행 계획: a year's expenditure lines, one chosen, its plan edited against its current
 * budget. The year and the line are always in the address; without them the page opens on this
 * year's first line, so it is never blank.
 */
export default function QuarterlyPlanScreen() {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const [params, setParams] = useSearchParams();
  const asked = yearFrom(params.get('fiscalYear'));
  const askedCode = params.get('code');

  const years = $api.useQuery('get', '/api/finance/books');
  const fiscalYear = asked ?? (years.data ? defaultYear(years.data) : undefined);
  const book = $api.useQuery(
    'get',
    '/api/finance/books/{fiscalYear}',
    { params: { path: { fiscalYear: fiscalYear ?? thisFiscalYear() } } },
    { enabled: fiscalYear !== undefined },
  );
  const lines = book.data?.expenditure.filter((row) => row.level === 'unit');
  const code = lines?.some((l) => l.code === askedCode) ? askedCode! : lines?.[0]?.code;
  const detail = $api.useQuery(
    'get',
    '/api/finance/books/{fiscalYear}/lines/{code}',
    { params: { path: { fiscalYear: fiscalYear ?? 0, code: code ?? '' } } },
    { enabled: fiscalYear !== undefined && code !== undefined },
  );
  const yearOptions = useYearOptions(years.data, fiscalYear ?? thisFiscalYear());

  // The year and line shown are the ones in the address (a link to the page names them).
  useEffect(() => {
    if (fiscalYear === undefined || !lines) return;
    if (asked !== fiscalYear || (code && askedCode !== code))
      setParams({ fiscalYear: String(fiscalYear), ...(code ? { code } : {}) }, { replace: true });
  }, [asked, askedCode, code, fiscalYear, lines, setParams]);

  const refresh = useRefreshFinance();
  const choose = (next: { fiscalYear?: string; code?: string }) =>
    setParams({ fiscalYear: next.fiscalYear ?? String(fiscalYear), ...(next.code ? { code: next.code } : {}) });

  return (
    <div className="fin-screen" data-testid="finance-plan">
      <PageHeader title={fiscalYear ? t('plan.title', { year: fiscalYear }) : t('plan.section')} lead={t('plan.intro')} />
      <QueryState
        loading={years.isPending || (fiscalYear !== undefined && book.isPending)}
        error={years.error ?? book.error}
        retry={() => void book.refetch()}
        testId="plan-book"
      >
        {fiscalYear !== undefined && lines && (
          <div className="fin-toolbar">
            <div className="fin-toolbar-fields">
              <ChooserSelect
                label={t('fiscalYear')}
                value={String(fiscalYear)}
                options={yearOptions}
                onChange={(year) => choose({ fiscalYear: year, code })}
                testId="plan-year"
              />
              {lines.length > 0 && (
                <ChooserSelect
                  label={t('plan.line')}
                  value={code ?? ''}
                  options={lines.map((l) => ({
                    value: l.code,
                    label: t('plan.lineOption', { name: localName(l.nameKo, l.nameEn), code: l.code, amount: l.amount }),
                  }))}
                  onChange={(next) => choose({ code: next })}
                  testId="plan-line"
                  className="fin-line-chooser"
                />
              )}
            </div>
            {code && (
              <Link to={linePath(fiscalYear, code)} data-testid="plan-to-line">
                {t('toLine')}
              </Link>
            )}
          </div>
        )}
        {lines?.length === 0 && <Notice tone="info">{t('plan.noLines')}</Notice>}
        {years.data?.length === 0 && <Notice tone="info">{t('book.missing')}</Notice>}
      </QueryState>
      {code && fiscalYear !== undefined && (
        <QueryState loading={detail.isPending} error={detail.error} retry={() => void detail.refetch()} testId="plan-detail">
          {detail.data && detail.data.line.code === code && (
            <Section
              title={t('nameWithCode', { name: localName(detail.data.line.nameKo, detail.data.line.nameEn), code })}
              testId="plan-editor"
            >
              <LastRevision plan={detail.data.plan} />
              <PlanEditor
                key={`${fiscalYear}/${code}`}
                detail={detail.data}
                save={async (body) => {
                  const saved = await unwrap(
                    api.PUT('/api/finance/books/{fiscalYear}/lines/{code}/plan', { params: { path: { fiscalYear, code } }, body }),
                  );
                  await refresh();
                  return saved;
                }}
              />
            </Section>
          )}
        </QueryState>
      )}
    </div>
  );
}

function LastRevision({ plan }: { plan: Schemas['QuarterlyPlanRowView'][] }) {
  const { t } = useTranslation('finance');
  const last = plan.reduce<Schemas['QuarterlyPlanRowView'] | undefined>(
    (latest, row) => (!latest || row.revisedAt > latest.revisedAt ? row : latest),
    undefined,
  );
  if (!last) return null;
  return (
    <p className="fin-muted" data-testid="plan-last-revision">
      {t('plan.revisedBy')}: {last.revisedByName}, <Instant at={last.revisedAt} /> — {last.reason}
    </p>
  );
}
