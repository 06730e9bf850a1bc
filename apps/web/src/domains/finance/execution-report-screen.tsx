import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/files';
import { formatNumber } from '../../i18n/format';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Button,
  Chart,
  type Column,
  DataTable,
  DateField,
  DateText,
  Form,
  type Outcome,
  PageHeader,
  problemOf,
  QueryState,
  Section,
  SelectField,
  useLocalName,
} from '../../kit';
import { finance } from './i18n';
import { ProgrammePlans } from './programme-plans';
import { headline, millionWon, monthLabels, monthlySeries, quarterTotals } from './report-figures';
import { Amount, ChooserSelect, linePath, thisFiscalYear, thousandWon, useYearOptions, yearFrom } from './shared';
import './finance.css';

registerCatalogue('finance', finance);

type Report = Schemas['ExecutionReportView'];
type ExpenditureRow = Schemas['ExecutionExpenditureRowView'];
type RevenueRow = Schemas['ExecutionRevenueRowView'];
type QuarterRow = Schemas['ExecutionQuarterRowView'];
type Table = 'expenditure' | 'revenue' | 'quarterly' | 'monthly';

const isDate = (text: string | null): text is string => text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * 예산 집행 현황: the source's expenditure table as of a date (thousand won, printed as the source
 * prints it), execution over the year and plan against actual by quarter as charts with their
 * figures beside them, the revenue table, and the downloads. The year and date are in the address.
 */
export default function ExecutionReportScreen() {
  const { t } = useTranslation('finance');
  const [params, setParams] = useSearchParams();
  const fiscalYear = yearFrom(params.get('fiscalYear')) ?? thisFiscalYear();
  const asOfParam = params.get('asOf');
  const asOf = isDate(asOfParam) ? asOfParam : undefined;
  const years = $api.useQuery('get', '/api/finance/books');
  const report = $api.useQuery('get', '/api/finance/reports/execution', { params: { query: { fiscalYear, ...(asOf ? { asOf } : {}) } } });

  return (
    <div className="fin-screen" data-testid="finance-report">
      <PageHeader title={t('report.title', { year: fiscalYear })} />
      <ReportQuery
        key={`${fiscalYear}|${asOf ?? ''}`}
        fiscalYear={fiscalYear}
        asOf={asOf}
        shownAsOf={report.data?.fiscalYear === fiscalYear ? report.data.asOf : undefined}
        years={years.data}
        onShow={(year, date) => setParams({ fiscalYear: String(year), ...(date ? { asOf: date } : {}) })}
      />
      <QueryState loading={report.isPending} error={report.error} retry={() => void report.refetch()} testId="report">
        {report.data && <ReportBody report={report.data} />}
      </QueryState>
    </div>
  );
}

interface QueryValues {
  fiscalYear: number;
  asOf?: string;
}

function ReportQuery({
  fiscalYear,
  asOf,
  shownAsOf,
  years,
  onShow,
}: {
  fiscalYear: number;
  asOf: string | undefined;
  /** The date of the report shown (the server's default when the address has none). */
  shownAsOf: string | undefined;
  years: Schemas['BudgetBookYearView'][] | undefined;
  onShow(year: number, asOf: string | undefined): void;
}) {
  const { t } = useTranslation('finance');
  const form = useForm<QueryValues>({ mode: 'onTouched', defaultValues: { fiscalYear, asOf } });
  const options = useYearOptions(years, fiscalYear);
  // The date the report is of shows in the field once known, unless the person has typed one meanwhile.
  useEffect(() => {
    if (shownAsOf && !form.getValues('asOf') && !form.getFieldState('asOf').isDirty) form.setValue('asOf', shownAsOf);
  }, [form, shownAsOf]);
  return (
    <Form
      form={form}
      testId="report-query"
      label={t('report.query')}
      submitLabel={t('report.show')}
      className="fin-query"
      onSubmit={async (values) => onShow(values.fiscalYear, values.asOf)}
    >
      <div className="fin-toolbar-fields">
        <SelectField
          name="fiscalYear"
          label={t('fiscalYear')}
          options={options}
          numeric
          required
          placeholder={false}
          testId="report-year"
        />
        <DateField name="asOf" label={t('report.asOf')} hint={t('report.asOfHint')} testId="report-asof" />
      </div>
    </Form>
  );
}

function ReportBody({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const totals = headline(report);
  return (
    <>
      <Section title={t('report.headline')} testId="report-summary">
        <dl className="fin-headline" data-testid="report-headline">
          <div>
            <dt>{t('report.expenditureTotal')}</dt>
            <dd>{t('report.million', { amount: totals.expenditure })}</dd>
          </div>
          <div>
            <dt>{t('report.revenueTotal')}</dt>
            <dd>{t('report.million', { amount: totals.revenue })}</dd>
          </div>
          <div>
            <dt>{t('report.asOfDate')}</dt>
            <dd>
              <DateText date={report.asOf} />
            </dd>
          </div>
        </dl>
        <Downloads report={report} />
      </Section>
      <Expenditure report={report} />
      <OverTime report={report} />
      <Quarterly report={report} />
      <ProgrammePlans fiscalYear={report.fiscalYear} asOf={report.asOf} />
      <Revenue report={report} />
    </>
  );
}

/** The .xlsx (every table) and a CSV of one table, as finance makes them; the outcome beside the buttons. */
function Downloads({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const [table, setTable] = useState<Table>('expenditure');
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const download = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    setOutcome(null);
    try {
      await downloadFile('/api/finance/reports/execution/export', `execution-${report.fiscalYear}-${report.asOf}.${format}`, {
        fiscalYear: String(report.fiscalYear),
        asOf: report.asOf,
        format,
        ...(format === 'csv' ? { table } : {}),
      });
      setOutcome({ kind: 'success', text: t('report.downloaded') });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="fin-subsection" role="group" aria-label={t('report.downloads')}>
      <div className="fin-downloads">
        <Button onClick={() => void download('xlsx')} busy={busy === 'xlsx'} testId="report-download-xlsx">
          {t('report.downloadXlsx')}
        </Button>
        <ChooserSelect
          label={t('report.csvTable')}
          value={table}
          options={(['expenditure', 'revenue', 'quarterly', 'monthly'] as const).map((value) => ({
            value,
            label: t(`report.table.${value}`),
          }))}
          onChange={(value) => setTable(value as Table)}
          testId="report-csv-table"
        />
        <Button onClick={() => void download('csv')} busy={busy === 'csv'} testId="report-download-csv">
          {t('report.downloadCsv')}
        </Button>
      </div>
      <ActionStatus outcome={outcome} testId="report-download-status" />
    </div>
  );
}

function RowName({
  fiscalYear,
  row,
  link,
}: {
  fiscalYear: number;
  row: { code: string; nameKo: string; nameEn: string; depth?: number };
  link: boolean;
}) {
  const name = useLocalName()(row.nameKo, row.nameEn);
  return (
    <span className={`fin-line-name fin-indent-${row.depth ?? 0}`}>
      {link ? <Link to={linePath(fiscalYear, row.code)}>{name}</Link> : name}
    </span>
  );
}

function Expenditure({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const lang = currentLanguage();
  const columns: Column<ExpenditureRow>[] = [
    {
      key: 'line',
      header: t('col.line'),
      rowHeader: true,
      render: (row) => <RowName fiscalYear={report.fiscalYear} row={row} link={row.level === 'unit'} />,
    },
    { key: 'previous', header: t('report.previous', { year: report.previousYear }), align: 'end', render: (row) => row.printed.previous },
    { key: 'current', header: t('report.current', { year: report.fiscalYear }), align: 'end', render: (row) => row.printed.current },
    { key: 'change', header: t('report.change'), align: 'end', render: (row) => row.printed.change },
    { key: 'changeRate', header: t('report.changeRate'), align: 'end', render: (row) => row.printed.changeRate },
    {
      key: 'executed',
      header: t('report.executed'),
      align: 'end',
      render: (row) => <span data-testid="report-executed">{row.printed.executed}</span>,
    },
    {
      key: 'executionRate',
      header: t('report.executionRate'),
      align: 'end',
      render: (row) => <span data-testid="report-execution-rate">{row.printed.executionRate}</span>,
    },
  ];
  return (
    <Section title={t('report.expenditureTitle')} testId="report-expenditure-section">
      <p className="fin-muted">{t('report.unitNote')}</p>
      <DataTable
        caption={t('report.expenditureCaption', { year: report.fiscalYear })}
        columns={columns}
        rows={report.expenditure.rows}
        rowKey={(row) => row.code}
        rowTestId={(row) => `report-row-${row.code}`}
        rowClassName={(row) => `fin-level-${row.level}`}
        narrow="scroll"
        testId="report-expenditure"
      />
      {report.expenditure.notes.length > 0 && (
        <ol className="fin-notes" data-testid="report-notes" aria-label={t('report.notes')}>
          {report.expenditure.notes.map((note) => (
            <li key={note.code}>{lang === 'ko' ? note.ko : note.en}</li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Execution month by month against the plan at each quarter's end (Chart.js, with its table). */
function OverTime({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const lang = currentLanguage();
  const { executed, planned } = monthlySeries(report);
  return (
    <Section title={t('report.overTime')} testId="report-over-time">
      <p className="fin-muted">{t('report.chartNote')}</p>
      <Chart
        kind="line"
        title={t('report.chartTitle', { year: report.fiscalYear, date: report.asOf })}
        labels={monthLabels(lang)}
        // A month not begun has no figure: Chart.js leaves a gap, the table an empty cell.
        series={[
          { label: t('report.executedToDate'), values: executed as number[] },
          { label: t('report.plannedToDate'), values: planned as number[] },
        ]}
        unitLabel={tc('unit.thousandWon')}
        format={(value) => formatNumber(value, lang)}
        testId="report-chart"
      />
    </Section>
  );
}

function Quarterly({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const localName = useLocalName();
  const lang = currentLanguage();
  const totals = quarterTotals(report);
  // A programme its line plans apart (2-6's two) follows the line as a row of its own.
  type Row = QuarterRow | (Omit<QuarterRow, 'programmes' | 'nameKo' | 'nameEn'> & { programme: QuarterRow['programmes'][number] });
  const rows: Row[] = report.quarterly.flatMap((line) => [
    line,
    ...line.programmes.map((p) => ({ ...p, code: `${line.code}/${p.courseCodes.join('+')}`, hasPlan: true, programme: p })),
  ]);
  const quarter = (q: 0 | 1 | 2 | 3): Column<Row> => ({
    key: `q${q + 1}`,
    header: t('report.qCell', { n: q + 1 }),
    align: 'end',
    render: (row) => (
      <span className="fin-amount">
        <Amount value={thousandWon(row.actual[q])} /> / {row.hasPlan ? <Amount value={thousandWon(row.plan[q])} /> : t('report.noPlan')}
      </span>
    ),
  });
  const columns: Column<Row>[] = [
    {
      key: 'line',
      header: t('col.line'),
      rowHeader: true,
      render: (row) =>
        'programme' in row ? (
          <span className="fin-programme">
            {t('report.programme', { name: localName(row.programme.labelKo, row.programme.labelEn) })}
            <span className="fin-code">{row.programme.courseCodes.join(', ')}</span>
          </span>
        ) : (
          <>
            <Link to={linePath(report.fiscalYear, row.code)}>{localName(row.nameKo, row.nameEn)}</Link>
            <span className="fin-code">{row.code}</span>
          </>
        ),
    },
    quarter(0),
    quarter(1),
    quarter(2),
    quarter(3),
    { key: 'planTotal', header: t('report.planTotal'), align: 'end', render: (row) => <Amount value={thousandWon(row.planTotal)} /> },
    { key: 'actualTotal', header: t('report.actualTotal'), align: 'end', render: (row) => <Amount value={thousandWon(row.actualTotal)} /> },
    { key: 'againstPlan', header: t('report.againstPlan'), align: 'end', render: (row) => row.againstPlan.printed },
  ];
  return (
    <Section title={t('report.quarterlyTitle')} testId="report-quarterly-section">
      <Chart
        kind="bar"
        title={t('report.quarterChartTitle', { year: report.fiscalYear })}
        labels={[1, 2, 3, 4].map((n) => t('report.quarterLabel', { n }))}
        series={[
          { label: t('report.planSeries'), values: totals.plan },
          { label: t('report.actualSeries'), values: totals.actual },
        ]}
        unitLabel={tc('unit.thousandWon')}
        format={(value) => formatNumber(value, lang)}
        testId="report-quarter-chart"
      />
      <p className="fin-muted">{t('report.quarterlyNote')}</p>
      <DataTable
        caption={t('report.quarterlyCaption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        rowTestId={(row) => `report-quarter-${row.code}`}
        narrow="scroll"
        testId="report-quarterly"
      />
    </Section>
  );
}

function Revenue({ report }: { report: Report }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const columns: Column<RevenueRow>[] = [
    { key: 'line', header: t('col.line'), rowHeader: true, render: (row) => localName(row.nameKo, row.nameEn) },
    { key: 'covers', header: t('col.covers'), render: (row) => localName(row.noteKo, row.noteEn) },
    { key: 'budgetMillion', header: t('report.revenueBudgetMillion'), align: 'end', render: (row) => millionWon(row.budget) },
    { key: 'budget', header: t('report.revenueBudget'), align: 'end', render: (row) => row.printed.budget },
    { key: 'collected', header: t('report.collected'), align: 'end', render: (row) => row.printed.collected },
    { key: 'collectionRate', header: t('col.collectionRate'), align: 'end', render: (row) => row.printed.collectionRate },
  ];
  return (
    <Section title={t('report.revenueTitle')} testId="report-revenue-section">
      <DataTable
        caption={t('report.revenueCaption')}
        columns={columns}
        rows={report.revenue}
        rowKey={(row) => row.code}
        rowTestId={(row) => `report-revenue-${row.code}`}
        rowClassName={(row) => (row.code === 'TOTAL' ? 'fin-level-total' : undefined)}
        narrow="scroll"
        testId="report-revenue"
      />
    </Section>
  );
}
