import type { User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, Key, setText, t } from '../i18n';
import { downloadReport, ExecutionReport, getReport, getYears } from './api';
import { bookHash } from './budget-book';
import { executionChart } from './chart';
import './finance.css';
import { cell, dataTable, heading, input, liveStatus, named, numCell, screenLoader, select, showStatus, textOf, won } from './ui';
import { thisFiscalYear } from './years';

const reportHash = (fiscalYear: number, asOf?: string) => `#/finance-report?fiscalYear=${fiscalYear}${asOf ? `&asOf=${asOf}` : ''}`;
/** Thousand won, rounded half away from zero as the finance service rounds its printed tables. */
function thousand(wonAmount: string): string {
  const n = BigInt(wonAmount);
  const abs = ((n < 0n ? -n : n) + 500n) / 1000n;
  return won((n < 0n ? -abs : abs).toString());
}

/**
 * 예산 집행 현황: the source's expenditure table as of a date (thousand won, printed as the source
 * prints it), the revenue table, the quarterly plan against actual, execution month by month as a
 * chart, and the downloads.
 */
export function renderExecutionReport(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  const fiscalYear = Number(params.get('fiscalYear')) || thisFiscalYear();
  const asOfParam = params.get('asOf') ?? undefined;
  let report: ExecutionReport | null = null;
  const status = liveStatus('report-status');

  // The query: a year of the books and a date; both end up in the address, so a report can be shared.
  const year = h('select', { id: 'report-year', 'data-testid': 'report-year' });
  const asOf = input('date', { id: 'report-asof', 'data-testid': 'report-asof' });
  const show = textOf('button', 'fin.report.show', { type: 'submit', class: 'primary', 'data-testid': 'report-submit' });
  const query = h('form', { class: 'toolbar', 'aria-label': t('fin.report.query') },
    h('div', { class: 'field' }, textOf('label', 'fin.fiscalYear', { for: 'report-year' }), year),
    h('div', { class: 'field' }, textOf('label', 'fin.report.asOf', { for: 'report-asof' }), asOf),
    show,
  );
  query.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = reportHash(Number(year.value), asOf.value || undefined);
  });

  const headline = h('p', { class: 'headline', 'data-testid': 'report-headline' });
  const expenditure = dataTable('report-expenditure', () => t('fin.report.expenditureCaption', { year: fiscalYear }), [
    'fin.col.line',
    () => t('fin.report.previous', { year: fiscalYear - 1 }),
    () => t('fin.report.current', { year: fiscalYear }),
    'fin.report.change',
    'fin.report.changeRate',
    'fin.report.executed',
    'fin.report.executionRate',
  ], [1, 2, 3, 4, 5, 6]);
  const notes = h('ol', { class: 'notes', 'data-testid': 'report-notes' });
  const revenue = dataTable('report-revenue', 'fin.report.revenueCaption', ['fin.col.line', 'fin.col.covers', 'fin.report.revenueBudgetMillion', 'fin.report.revenueBudget', 'fin.report.collected', 'fin.col.collectionRate'], [2, 3, 4, 5]);
  const quarterly = dataTable('report-quarterly', 'fin.report.quarterlyCaption', ['fin.col.line', 'fin.report.q1', 'fin.report.q2', 'fin.report.q3', 'fin.report.q4', 'fin.report.planTotal', 'fin.report.actualTotal', 'fin.report.againstPlan'], [1, 2, 3, 4, 5, 6, 7]);
  const monthly = dataTable('report-monthly', 'fin.report.monthlyCaption', ['fin.report.month', 'fin.report.executedToDate', 'fin.report.plannedToDate'], [1, 2]);
  const chartBox = h('figure', { class: 'chart-box' });

  const csvTable = select(['expenditure', 'revenue', 'quarterly', 'monthly'].map((v) => ({ value: v, label: () => t(`fin.report.table.${v}` as Key) })), { id: 'report-csv-table', 'data-testid': 'report-csv-table' });
  const xlsx = textOf('button', 'fin.report.downloadXlsx', { type: 'button', class: 'secondary', 'data-testid': 'report-download-xlsx' });
  const csv = textOf('button', 'fin.report.downloadCsv', { type: 'button', class: 'secondary', 'data-testid': 'report-download-csv' });
  const download = async (button: HTMLButtonElement, format: 'xlsx' | 'csv') => {
    if (!report) return;
    button.disabled = true;
    showStatus(status, 'info', 'download.busy');
    try {
      await downloadReport(report.fiscalYear, report.asOf, format, csvTable.value);
      showStatus(status, 'success', 'fin.report.downloaded');
    } catch (e) {
      showStatus(status, 'error', () => errorText(e));
    } finally {
      button.disabled = false;
    }
  };
  xlsx.addEventListener('click', () => download(xlsx, 'xlsx'));
  csv.addEventListener('click', () => download(csv, 'csv'));

  function render(): void {
    if (!report) return;
    const r = report;
    headline.replaceChildren(
      h('span', {}, `${t('fin.report.expenditureTotal')} `, h('strong', {}, r.headline.expenditure)),
      h('span', {}, `${t('fin.report.revenueTotal')} `, h('strong', {}, r.headline.revenue)),
      h('span', {}, t('fin.report.asOfLine', { date: r.asOf })),
    );
    expenditure.tbody.replaceChildren(...r.expenditure.rows.map((row) =>
      h('tr', { class: `level-${row.level}`, 'data-code': row.code, 'data-testid': 'report-row' },
        h('td', { class: `indent-${row.depth}` }, row.level === 'unit' ? h('a', { href: bookHash(r.fiscalYear, row.code) }, named(row)) : named(row)),
        numCell(row.printed.previous),
        numCell(row.printed.current),
        numCell(row.printed.change),
        numCell(row.printed.changeRate),
        numCell(row.printed.executed, 'report-executed'),
        numCell(row.printed.executionRate, 'report-execution-rate'),
      )));
    notes.replaceChildren(...r.expenditure.notes.map((n) => h('li', {}, currentLang() === 'ko' ? n.ko : n.en)));
    revenue.tbody.replaceChildren(...r.revenue.map((row) =>
      h('tr', { class: row.code === 'TOTAL' ? 'level-total' : '' }, cell(named(row)), cell((currentLang() === 'ko' ? row.noteKo : row.noteEn) ?? ''), numCell(row.printed.budgetMillion), numCell(row.printed.budget), numCell(row.printed.collected), numCell(row.printed.collectionRate))));
    quarterly.tbody.replaceChildren(...r.quarterly.map((q) =>
      h('tr', {}, h('td', {}, named(q), h('span', { class: 'code' }, q.code)), ...[0, 1, 2, 3].map((i) => numCell(`${thousand(q.actual[i])} / ${q.hasPlan ? thousand(q.plan[i]) : '—'}`)), numCell(thousand(q.planTotal)), numCell(thousand(q.actualTotal)), numCell(q.againstPlan.printed))));
    monthly.tbody.replaceChildren(...r.monthly.map((m) => h('tr', {}, cell(`${r.fiscalYear}-${String(m.month).padStart(2, '0')}`), numCell(m.executed === null ? '' : thousand(m.executed)), numCell(m.planned === null ? '' : thousand(m.planned)))));
    const chartTitle = h('figcaption', { id: 'report-chart-title' }, t('fin.report.chartTitle', { year: r.fiscalYear, date: r.asOf }));
    const chartDesc = h('p', { id: 'report-chart-desc', class: 'sr-only' }, t('fin.report.chartDesc'));
    const legend = h('ul', { class: 'legend' }, h('li', {}, h('span', { class: 'swatch executed' }), t('fin.report.legendExecuted')), h('li', {}, h('span', { class: 'swatch planned' }), t('fin.report.legendPlanned')));
    chartBox.replaceChildren(chartTitle, chartDesc, executionChart(r, 'report-chart-title', 'report-chart-desc'), legend);
    asOf.value = r.asOf;
  }

  main.replaceChildren(
    h('section', { class: 'card', 'aria-labelledby': 'report-title' },
      heading('h1', () => t('fin.report.title', { year: fiscalYear }), 'report-title'), query, status, headline,
      h('div', { class: 'actions' }, xlsx, h('div', { class: 'field' }, textOf('label', 'fin.report.csvTable', { for: 'report-csv-table' }), csvTable), csv),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'report-expenditure-title' }, heading('h2', 'fin.report.expenditureTitle', 'report-expenditure-title'), textOf('p', 'fin.report.unitNote', { class: 'muted' }), expenditure.region, notes),
    h('section', { class: 'card', 'aria-labelledby': 'report-chart-heading' }, heading('h2', 'fin.report.overTime', 'report-chart-heading'), chartBox, h('details', {}, textOf('summary', 'fin.report.monthlyCaption'), monthly.region)),
    h('section', { class: 'card', 'aria-labelledby': 'report-quarterly-title' }, heading('h2', 'fin.report.quarterlyTitle', 'report-quarterly-title'), textOf('p', 'fin.report.quarterlyNote', { class: 'muted' }), quarterly.region),
    h('section', { class: 'card', 'aria-labelledby': 'report-revenue-title' }, heading('h2', 'fin.report.revenueTitle', 'report-revenue-title'), revenue.region),
  );

  const loader = screenLoader(status, render);
  void loader.load(async () => {
    const [years, loaded] = await Promise.all([getYears(), getReport(fiscalYear, asOfParam)]);
    return () => {
      year.replaceChildren(...years.map((y) => {
        const option = h('option', { value: String(y.fiscalYear) });
        setText(option, () => t('fin.yearOption', { year: y.fiscalYear }));
        return option;
      }));
      year.value = String(fiscalYear);
      report = loaded;
    };
  });
  return loader.dispose;
}
