import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { type Column, DataTable, QueryState, Section, useLocalName } from '../../kit';
import { type ProgrammeRow, programmeRows } from './programme-rows';
import { Amount, linePath } from './shared';

/**
 * 사업별 분기 계획: 2-7's international training (on its fund, outside the book: nothing booked here)
 * and 3-3's facility projects, each quarter's actual beside its plan, as the quarterly table shows lines.
 */
export function ProgrammePlans({ fiscalYear, asOf }: { fiscalYear: number; asOf: string }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const plans = $api.useQuery('get', '/api/finance/reports/programme-plans', { params: { query: { fiscalYear, asOf } } });
  const actual = (row: ProgrammeRow, value: string | null | undefined) =>
    row.booked === null || value === null || value === undefined ? t('programmes.outside') : <Amount value={value} />;
  const quarter = (q: 0 | 1 | 2 | 3): Column<ProgrammeRow> => ({
    key: `q${q + 1}`,
    header: t('report.qCell', { n: q + 1 }),
    align: 'end',
    render: (row) => (
      <span className="fin-amount" data-testid={`programme-plan-${row.key}-q${q + 1}`}>
        {actual(row, row.booked?.[q])} / <Amount value={row.planned[q]} />
      </span>
    ),
  });
  const columns: Column<ProgrammeRow>[] = [
    {
      key: 'programme',
      header: t('programmes.item'),
      rowHeader: true,
      render: (row) => (
        <>
          {row.programme.programme} {localName(row.programme.labelKo, row.programme.labelEn)}
          <span className="fin-code">
            {row.measure === 'budget'
              ? t('programmes.budget')
              : t('programmes.counts', { label: localName(row.programme.counts!.labelKo, row.programme.counts!.labelEn) })}
          </span>
          {row.measure === 'budget' &&
            (row.programme.budgetLineCode ? (
              <Link to={linePath(fiscalYear, row.programme.budgetLineCode)} className="fin-code">
                {row.programme.budgetLineCode}
              </Link>
            ) : (
              row.programme.fundKo && (
                <span className="fin-code">{t('programmes.fund', { fund: localName(row.programme.fundKo, row.programme.fundEn) })}</span>
              )
            ))}
        </>
      ),
    },
    quarter(0),
    quarter(1),
    quarter(2),
    quarter(3),
    {
      key: 'plannedTotal',
      header: t('report.planTotal'),
      align: 'end',
      render: (row) => <Amount value={row.plannedTotal} testId={`programme-plan-${row.key}-plan`} />,
    },
    {
      key: 'bookedTotal',
      header: t('report.actualTotal'),
      align: 'end',
      render: (row) => <span data-testid={`programme-plan-${row.key}-actual`}>{actual(row, row.bookedTotal)}</span>,
    },
  ];
  return (
    <Section title={t('programmes.title')} testId="report-programmes-section">
      <p className="fin-muted">{t('programmes.note')}</p>
      <QueryState loading={plans.isPending} error={plans.error} retry={() => void plans.refetch()} testId="report-programmes">
        <DataTable
          caption={t('programmes.caption')}
          columns={columns}
          rows={plans.data && programmeRows(plans.data.programmes)}
          rowKey={(row) => row.key}
          rowTestId={(row) => `programme-plan-${row.key}`}
          narrow="scroll"
          empty={t('programmes.empty')}
          testId="report-programmes"
        />
      </QueryState>
    </Section>
  );
}
