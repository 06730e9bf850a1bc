import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, type Schemas } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import {
  Chart,
  type Column,
  DataTable,
  DetailList,
  Form,
  KoName,
  Notice,
  Num,
  NumberField,
  PageHeader,
  QueryState,
  Section,
} from '../../kit';
import { CourseName, currentYear, Downloads, score, useEnrollmentWords, useFieldNames } from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type Results = Schemas['TrainingResultsView'];
type ResultRow = Results['rows'][number];
type FieldRow = Results['byField'][number];
type SurveyCourse = Schemas['SatisfactionCourseView'];
type SurveyInstructor = Schemas['SatisfactionInstructorView'];
/** How often a report whose completions are still being imported is asked for again. */
const IMPORT_POLL_MS = 3000;
/** Years the chart compares: the chosen one and the four before it. */
const CHART_YEARS = 5;

/** Years before and up to `year`, oldest first. */
export const chartYears = (year: number, count = CHART_YEARS): number[] => Array.from({ length: count }, (_, i) => year - count + 1 + i);

/** Completed trainees of each education type in each year's report, for the chart (0 where a year has none). */
export function traineesByType(reports: (Results | undefined)[], type: 'general' | 'e_learning'): number[] {
  return reports.map((r) => r?.rows.find((row) => row.id === type)?.actual.trainees ?? 0);
}

/**
 * 교육훈련 실적: plan against actual by education type in the shape of the source's 2021 table, the
 * overall satisfaction as the source computes it and the trainee-weighted one beside it, a chart of
 * completions by year and type with its figures as a table, the year by field (named, never by
 * code), and the satisfaction of each course and instructor.
 */
export default function ReportsScreen() {
  const { t } = useEnrollmentWords();
  const [year, setYear] = useState(currentYear());
  const form = useForm<{ year?: number }>({ mode: 'onTouched', defaultValues: { year } });
  // While the year's completions are still being imported (the demo's 2021 at first start), asked again until done.
  const results = $api.useQuery(
    'get',
    '/api/enrollment/reports/results',
    { params: { query: { year } } },
    { refetchInterval: (query) => (query.state.data?.importing ? IMPORT_POLL_MS : false) },
  );
  const surveys = $api.useQuery('get', '/api/enrollment/surveys/results', { params: { query: { year } } });

  return (
    <div data-testid="enrollment-reports">
      <PageHeader title={t('report.title')} lead={t('report.intro')} />
      <Section title={t('report.pick')}>
        <Form
          form={form}
          testId="report-year-form"
          submitLabel={t('show')}
          className="enr-inline-form"
          onSubmit={async (values) => setYear(values.year as number)}
        >
          <NumberField name="year" label={t('year')} required min={2000} max={2100} testId="report-year" />
        </Form>
        <Downloads
          path="/api/enrollment/reports/results/export"
          query={{ year: String(year) }}
          fallbackName={`교육훈련실적_${year}`}
          what={t('report.file')}
          testId="results-download"
        />
      </Section>
      <QueryState loading={results.isLoading} error={results.error} retry={() => results.refetch()} testId="results">
        {results.data && <ResultsSection report={results.data} />}
      </QueryState>
      <YearsChart year={year} />
      <QueryState loading={results.isLoading} error={null} testId="by-field">
        {results.data && <ByFieldSection rows={results.data.byField} />}
      </QueryState>
      <QueryState loading={surveys.isLoading} error={surveys.error} retry={() => surveys.refetch()} testId="survey-results">
        {surveys.data && <SurveySections results={surveys.data} />}
      </QueryState>
    </div>
  );
}

function ResultsSection({ report }: { report: Results }) {
  const { t } = useEnrollmentWords();
  const figure = (n: number | undefined) => (n === undefined ? t('dash') : <Num value={n} />);
  const columns: Column<ResultRow>[] = [
    {
      key: 'category',
      header: t('report.category'),
      rowHeader: true,
      render: (r) => (r.id === 'total' ? t('report.total') : t(`educationType.${r.id}`)),
    },
    { key: 'poc', header: t('report.planOriginalCourses'), align: 'end', render: (r) => figure(r.planOriginal?.courses) },
    { key: 'pot', header: t('report.planOriginalTrainees'), align: 'end', render: (r) => figure(r.planOriginal?.trainees) },
    { key: 'pcc', header: t('report.planChangedCourses'), align: 'end', render: (r) => figure(r.planChanged?.courses) },
    { key: 'pct', header: t('report.planChangedTrainees'), align: 'end', render: (r) => figure(r.planChanged?.trainees) },
    { key: 'ac', header: t('report.actualCourses'), align: 'end', render: (r) => figure(r.actual.courses) },
    { key: 'at', header: t('report.actualTrainees'), align: 'end', render: (r) => figure(r.actual.trainees) },
    { key: 'sat', header: t('report.satisfaction'), align: 'end', render: (r) => score(r.satisfaction) },
  ];
  if (report.importing) {
    return (
      <Section title={t('report.results', { year: report.year })} testId="results">
        <ImportingNotice year={report.year} importing={report.importing} />
      </Section>
    );
  }
  return (
    <Section title={t('report.results', { year: report.year })} testId="results">
      <DataTable
        caption={t('report.results', { year: report.year })}
        columns={columns}
        rows={report.rows}
        rowKey={(r) => r.id}
        rowTestId={(r) => `results-${r.id}`}
        narrow="scroll"
        empty={t('report.empty')}
        testId="results-table"
      />
      <h3 className="enr-subtitle">{t('report.overall')}</h3>
      <DetailList
        testId="overall-scores"
        items={[
          { key: 'plain', label: t('report.plainMean'), value: score(report.overall.plainMeanOfTypes) },
          { key: 'weighted', label: t('report.weighted'), value: score(report.overall.traineeWeighted) },
        ]}
      />
    </Section>
  );
}

/**
 * The year's completion records still being imported (the demo's 2021 ones at first start): how far,
 * in place of a table that would count only part of them.
 */
export function ImportingNotice({ year, importing }: { year: number; importing: NonNullable<Results['importing']> }) {
  const { t } = useEnrollmentWords();
  const title =
    importing.status === 'waiting'
      ? t('report.importWaiting', { year })
      : importing.status === 'failed'
        ? t('report.importStopped', { year })
        : t('report.importing', { year, percent: importing.percent });
  return (
    <Notice tone={importing.status === 'failed' ? 'warning' : 'info'} title={title} testId="results-importing" role="status">
      <div className="enr-progress">
        <progress
          max={100}
          value={importing.percent}
          aria-label={title}
          aria-valuetext={t('import.progressText', { percent: importing.percent, rows: importing.rowsRead })}
          data-testid="results-import-progress"
        />
        <p>{t('report.importHint')}</p>
      </div>
    </Notice>
  );
}

/** Completed trainees by year and education type, from each year's report, as a chart and a table. */
function YearsChart({ year }: { year: number }) {
  const { t } = useEnrollmentWords();
  const years = chartYears(year);
  const reports = useQueries({
    queries: years.map((y) => $api.queryOptions('get', '/api/enrollment/reports/results', { params: { query: { year: y } } })),
  });
  const loading = reports.some((r) => r.isLoading);
  const data = reports.map((r) => r.data);
  const lang = currentLanguage();
  return (
    <Section title={t('report.chartSection')} testId="results-chart-section">
      <QueryState
        loading={loading}
        error={reports.find((r) => r.error)?.error ?? null}
        retry={() => reports.forEach((r) => void r.refetch())}
        testId="results-chart"
      >
        {!loading && (
          <Chart
            title={t('report.chart')}
            kind="bar"
            labels={years.map((y) => t('report.chartYear', { year: y }))}
            series={[
              { label: t('educationType.general'), values: traineesByType(data, 'general') },
              { label: t('educationType.e_learning'), values: traineesByType(data, 'e_learning') },
            ]}
            unitLabel={t('report.chartUnit')}
            format={(v) => (Number.isInteger(v) ? formatNumber(v, lang) : '')}
            testId="results-chart"
          />
        )}
      </QueryState>
    </Section>
  );
}

function ByFieldSection({ rows }: { rows: FieldRow[] }) {
  const { t } = useEnrollmentWords();
  const fields = useFieldNames();
  const columns: Column<FieldRow>[] = [
    { key: 'type', header: t('report.category'), render: (r) => t(`educationType.${r.educationType}`) },
    {
      key: 'field',
      header: t('report.field'),
      rowHeader: true,
      render: (r) => <span data-field-code={r.fieldCode ?? ''}>{fields.text(r.fieldCode)}</span>,
    },
    { key: 'courses', header: t('report.actualCourses'), align: 'end', render: (r) => <Num value={r.courses} /> },
    { key: 'trainees', header: t('report.actualTrainees'), align: 'end', render: (r) => <Num value={r.trainees} /> },
    { key: 'sat', header: t('report.satisfaction'), align: 'end', render: (r) => score(r.satisfaction) },
  ];
  return (
    <Section title={t('report.byField')} testId="by-field">
      {fields.loading ? null : (
        <DataTable
          caption={t('report.byField')}
          columns={columns}
          rows={rows}
          rowKey={(r) => `${r.educationType}-${r.fieldCode ?? ''}`}
          narrow="scroll"
          empty={t('report.empty')}
          testId="by-field-table"
        />
      )}
    </Section>
  );
}

function SurveySections({ results }: { results: Schemas['SatisfactionResultsView'] }) {
  const { t } = useEnrollmentWords();
  const courseColumns: Column<SurveyCourse>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (c) => <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} />,
    },
    { key: 'responses', header: t('report.responses'), align: 'end', render: (c) => <Num value={c.responses} /> },
    { key: 'score', header: t('report.satisfaction'), align: 'end', render: (c) => score(c.score) },
  ];
  const instructorColumns: Column<SurveyInstructor>[] = [
    { key: 'name', header: t('report.instructor'), rowHeader: true, render: (i) => (i.name ? <KoName>{i.name}</KoName> : t('dash')) },
    { key: 'responses', header: t('report.responses'), align: 'end', render: (i) => <Num value={i.responses} /> },
    { key: 'score', header: t('report.satisfaction'), align: 'end', render: (i) => score(i.score) },
  ];
  return (
    <>
      <Section title={t('report.surveyCourses')} testId="survey-courses">
        <DataTable
          caption={t('report.surveyCourses')}
          columns={courseColumns}
          rows={results.courses}
          rowKey={(c) => c.courseCode}
          narrow="scroll"
          empty={t('report.empty')}
          testId="survey-courses-table"
        />
      </Section>
      <Section title={t('report.surveyInstructors')} testId="survey-instructors">
        <DataTable
          caption={t('report.surveyInstructors')}
          columns={instructorColumns}
          rows={results.instructors}
          rowKey={(i) => i.instructorId}
          narrow="scroll"
          empty={t('report.empty')}
          testId="survey-instructors-table"
        />
      </Section>
    </>
  );
}
