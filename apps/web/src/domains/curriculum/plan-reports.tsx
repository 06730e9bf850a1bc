import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { $api, type Schemas } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { type Column, DataTable, Notice, Num, QueryState, Section, SelectField, useLocalName } from '../../kit';
import { latestVersion, yearOnYearBase } from './plans';
import { Downloads, ReportNotes, sum, useCurriculumT, useVersionLabel } from './shared';

type Cell = Schemas['PlanCellView'];
type Header = Schemas['PlanVersionHeaderView'];
type Summary = Schemas['PlanSummaryReportView'];

/** Reports answer JSON here; their files are downloaded apart. */
const json = <T,>(data: T | string | undefined): T | undefined => (data && typeof data === 'object' ? data : undefined);
const summaryOf = (data: unknown) => json(data as Summary | undefined);

/** The reports with versions side by side: the summary by field, delivery modes and restructuring. */
export function ComparedReports({
  summary,
  versionIds,
}: {
  summary: { data?: unknown; isPending: boolean; error: unknown; refetch(): unknown };
  versionIds: string[] | null;
}) {
  const t = useCurriculumT();
  const query = { versionIds: versionIds?.join(',') };
  const modes = $api.useQuery(
    'get',
    '/api/plans/reports/delivery-modes',
    { params: { query } },
    { placeholderData: (previous) => previous },
  );
  const restructuring = $api.useQuery(
    'get',
    '/api/plans/reports/restructuring',
    { params: { query } },
    { placeholderData: (previous) => previous },
  );
  const files = versionIds ? { versionIds: versionIds.join(',') } : undefined;
  return (
    <>
      <Section
        title={t('plans.summary')}
        testId="plan-summary-section"
        actions={<Downloads path="/api/plans/reports/summary" query={files} fileName={t('plans.summaryFile')} testId="summary-download" />}
      >
        <QueryState loading={summary.isPending} error={summary.error} retry={() => void summary.refetch()} testId="plan-summary">
          {summaryOf(summary.data) && <SummaryTable report={summaryOf(summary.data)!} />}
        </QueryState>
      </Section>
      <Section
        title={t('plans.modes')}
        testId="plan-modes-section"
        actions={
          <Downloads path="/api/plans/reports/delivery-modes" query={files} fileName={t('plans.modesFile')} testId="modes-download" />
        }
      >
        <QueryState loading={modes.isPending} error={modes.error} retry={() => void modes.refetch()} testId="plan-modes">
          {json(modes.data) && <ModesTable report={json(modes.data)!} />}
        </QueryState>
      </Section>
      <Section
        title={t('plans.restructuring')}
        testId="plan-restructuring-section"
        actions={
          <Downloads
            path="/api/plans/reports/restructuring"
            query={files}
            fileName={t('plans.restructuringFile')}
            testId="restructuring-download"
          />
        }
      >
        <QueryState
          loading={restructuring.isPending}
          error={restructuring.error}
          retry={() => void restructuring.refetch()}
          testId="plan-restructuring"
        >
          {json(restructuring.data) && <RestructuringTable report={json(restructuring.data)!} />}
        </QueryState>
      </Section>
    </>
  );
}

/** A line of the summary table: the total, a section's subtotal, a field, a subfield, or a memo line. */
interface SummaryLine {
  key: string;
  kind: 'total' | 'subtotal' | 'group' | 'row' | 'memo';
  label: string;
  cells: (Cell | null)[];
  /** Sessions of e-learning rows are "always open" (상시). */
  alwaysOpen: boolean;
}

export function summaryLines(
  report: Summary,
  name: (ko: string, en: string) => string,
  words: { total: string; subtotal: string },
): SummaryLine[] {
  const last = report.versions.length - 1;
  const lines: SummaryLine[] = [{ key: 'total', kind: 'total', label: words.total, cells: report.total, alwaysOpen: false }];
  for (const section of report.sections) {
    const eLearning = section.educationType === 'e_learning';
    lines.push({
      key: `s-${section.educationType}`,
      kind: 'subtotal',
      label: `${name(section.nameKo, section.nameEn)} (${section.subtotal[last]?.courses ?? 0}) · ${words.subtotal}`,
      cells: section.subtotal,
      alwaysOpen: false,
    });
    for (const group of section.groups) {
      lines.push({
        key: `g-${section.educationType}-${group.code}`,
        kind: 'group',
        label: `${name(group.nameKo, group.nameEn)} (${group.cells[last]?.courses ?? 0})`,
        cells: group.cells,
        alwaysOpen: false,
      });
      for (const row of group.rows)
        lines.push({
          key: `r-${section.educationType}-${group.code}-${row.code}`,
          kind: 'row',
          label: name(row.nameKo, row.nameEn),
          cells: row.cells,
          alwaysOpen: eLearning,
        });
    }
    for (const memo of section.memoLines) {
      lines.push({
        key: `m-${section.educationType}-${memo.labelKo}`,
        kind: 'memo',
        label: name(memo.labelKo, memo.labelEn),
        cells: memo.values.map((v) => (v ? { courses: 0, sessions: v.sessions, trainees: v.trainees ?? 0 } : null)),
        alwaysOpen: false,
      });
    }
  }
  return lines;
}

function SummaryTable({ report }: { report: Summary }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const versionLabel = useVersionLabel();
  const lines = summaryLines(report, localName, { total: t('grandTotal'), subtotal: t('subtotal') });
  const metric = (v: Header, i: number, what: 'courses' | 'sessions' | 'trainees'): Column<SummaryLine> => ({
    key: `${v.id}-${what}`,
    header: (
      <>
        <span className="th-group">{versionLabel(v)}</span> {t(`col.${what}`)}
      </>
    ),
    align: 'end',
    className: what === 'courses' ? 'group-start' : undefined,
    render: (line) => {
      const cell = line.cells[i];
      if (!cell) return '';
      if (line.kind === 'memo')
        return what === 'trainees' ? (
          <>
            (<Num value={cell.trainees} />)
          </>
        ) : (
          ''
        );
      if (what === 'sessions' && cell.sessions === null) return line.alwaysOpen ? t('alwaysOpen') : '';
      return <Num value={cell[what]} />;
    },
  });
  const columns: Column<SummaryLine>[] = [
    {
      key: 'label',
      header: t('plans.summaryLabel'),
      rowHeader: true,
      render: (line) => <span className={`summary-label ${line.kind}`}>{line.label}</span>,
    },
    ...report.versions.flatMap((v, i) => [metric(v, i, 'courses'), metric(v, i, 'sessions'), metric(v, i, 'trainees')]),
  ];
  return (
    <>
      <DataTable
        caption={t('plans.summary')}
        columns={columns}
        rows={lines}
        rowKey={(l) => l.key}
        rowClassName={(l) => `summary-${l.kind}`}
        testId="plan-summary"
        narrow="scroll"
      />
      {report.footnotes.map((f) => (
        <p className="form-hint" key={f.labelKo} data-testid="plan-footnote">
          ※ {localName(f.labelKo, f.labelEn)}:{' '}
          {f.values
            .map((v, i) =>
              v
                ? `${versionLabel(report.versions[i])} ${t('sessionsTrainees', { sessions: v.sessions ?? 0, trainees: v.trainees ?? 0 })}`
                : null,
            )
            .filter(Boolean)
            .join(', ')}
        </p>
      ))}
      <ReportNotes notes={report.notes} testId="summary-notes" />
    </>
  );
}

function ModesTable({ report }: { report: Schemas['PlanDeliveryModeReportView'] }) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  type Row = Schemas['PlanDeliveryModeRowView'];
  const count = (c: Schemas['PlanModeCountView']) => t('coursesTrainees', { courses: c.courses, trainees: c.trainees });
  const columns: Column<Row>[] = [
    { key: 'version', header: t('col.version'), rowHeader: true, render: (r) => versionLabel(r.version) },
    { key: 'f2f', header: t('mode.face_to_face'), align: 'end', render: (r) => count(r.faceToFace) },
    { key: 'f2fShare', header: t('col.share'), align: 'end', render: (r) => `${r.faceToFace.share}%` },
    { key: 'remote', header: t('mode.nonFaceToFace'), align: 'end', render: (r) => count(r.nonFaceToFace) },
    { key: 'remoteShare', header: t('col.share'), align: 'end', render: (r) => `${r.nonFaceToFace.share}%` },
    { key: 'blendedCohort', header: t('mode.blended_cohort'), align: 'end', render: (r) => <Num value={r.nonFaceToFace.blendedCohort} /> },
    { key: 'blendedCourse', header: t('mode.blended_course'), align: 'end', render: (r) => <Num value={r.nonFaceToFace.blendedCourse} /> },
    { key: 'elearning', header: t('educationType.e_learning'), align: 'end', render: (r) => count(r.eLearning) },
    { key: 'elearningShare', header: t('col.share'), align: 'end', render: (r) => `${r.eLearning.share}%` },
    { key: 'generalRemote', header: t('col.generalRemote'), align: 'end', render: (r) => `${r.generalNonFaceToFaceShare}%` },
  ];
  return (
    <>
      <DataTable
        caption={t('plans.modes')}
        columns={columns}
        rows={report.rows}
        rowKey={(r) => r.version.id}
        testId="plan-modes"
        narrow="scroll"
      />
      <p className="form-hint">{t('plans.modesHint')}</p>
      <ReportNotes notes={report.notes} testId="modes-notes" />
    </>
  );
}

function RestructuringTable({ report }: { report: Schemas['PlanRestructuringReportView'] }) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  type Row = { key: string; version: Header; kind: 'general' | 'e_learning' | 'total'; counts: Schemas['PlanRestructuringCountsView'] };
  const rows: Row[] = report.rows.flatMap((r) => [
    { key: `${r.version.id}-g`, version: r.version, kind: 'general' as const, counts: r.general },
    { key: `${r.version.id}-e`, version: r.version, kind: 'e_learning' as const, counts: r.eLearning },
    { key: `${r.version.id}-t`, version: r.version, kind: 'total' as const, counts: r.total },
  ]);
  const columns: Column<Row>[] = [
    { key: 'version', header: t('col.version'), render: (r) => versionLabel(r.version) },
    {
      key: 'type',
      header: t('col.type'),
      rowHeader: true,
      render: (r) => (r.kind === 'total' ? t('total') : t(`educationType.${r.kind}`)),
    },
    ...(['new', 'improved', 'merged', 'continued'] as const).map((s): Column<Row> => ({
      key: s,
      header: t(`courseStatus.${s}`),
      align: 'end',
      render: (r) => <Num value={r.counts[s]} />,
    })),
    { key: 'total', header: t('total'), align: 'end', render: (r) => <Num value={r.counts.total} /> },
  ];
  return (
    <>
      <DataTable
        caption={t('plans.restructuring')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        rowClassName={(r) => (r.kind === 'total' ? 'summary-subtotal' : undefined)}
        testId="plan-restructuring"
        narrow="scroll"
      />
      <ReportNotes notes={report.notes} testId="restructuring-notes" />
    </>
  );
}

/** The reports of one version: the change against the previous year (when it has a plan) and the quarters by budget line. */
export function VersionReports({ versions }: { versions: Schemas['PlanVersionView'][] }) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  const latest = latestVersion(versions);
  const choice = useForm<{ versionId: string; basis: Schemas['PlanVersionKind'] }>({
    defaultValues: { versionId: latest?.id ?? '', basis: 'original' },
  });
  const [picked, setPicked] = useState(choice.getValues());
  useEffect(() => {
    const subscription = choice.watch((values) => setPicked({ versionId: values.versionId ?? '', basis: values.basis ?? 'original' }));
    return () => subscription.unsubscribe();
  }, [choice]);
  const version = versions.find((v) => v.id === picked.versionId) ?? latest;
  if (!version) return null;
  const base = yearOnYearBase(versions, version, picked.basis);
  const ordered = [...versions].sort((a, b) => b.fiscalYear - a.fiscalYear || b.versionNo - a.versionNo);
  return (
    <Section title={t('plans.byVersion')} testId="plan-by-version">
      <FormProvider {...choice}>
        <div className="form-grid" role="group" aria-label={t('plans.byVersion')}>
          <SelectField
            name="versionId"
            label={t('col.version')}
            placeholder={false}
            options={ordered.map((v) => ({ value: v.id, label: versionLabel(v) }))}
            testId="plan-report-version"
          />
          <SelectField
            name="basis"
            label={t('plans.basis')}
            placeholder={false}
            options={(['original', 'changed'] as const).map((k) => ({ value: k, label: t(`basis.${k}`) }))}
            testId="plan-report-basis"
          />
        </div>
      </FormProvider>
      <h3 className="section-title">{t('plans.yoy')}</h3>
      {base ? (
        <YearOnYear versionId={version.id} basis={picked.basis} />
      ) : (
        // The service would answer PLAN.PREVIOUS_YEAR_MISSING: say so quietly, without asking.
        <Notice tone="info" testId="plan-yoy-absent">
          {t(picked.basis === 'original' ? 'plans.noPreviousOriginal' : 'plans.noPreviousChange', { year: version.fiscalYear - 1 })}
        </Notice>
      )}
      <h3 className="section-title">{t('plans.quarters')}</h3>
      <Quarters versionId={version.id} />
    </Section>
  );
}

function YearOnYear({ versionId, basis }: { versionId: string; basis: Schemas['PlanVersionKind'] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const versionLabel = useVersionLabel();
  const report = $api.useQuery('get', '/api/plans/reports/year-on-year', { params: { query: { versionId, basis } } });
  const data = json(report.data);
  type Row = Schemas['PlanChangeRowView'];
  const signed = (n: number) =>
    n > 0
      ? `+${n.toLocaleString(currentLanguage() === 'ko' ? 'ko-KR' : 'en-GB')}`
      : n.toLocaleString(currentLanguage() === 'ko' ? 'ko-KR' : 'en-GB');
  const columns: Column<Row>[] = [
    { key: 'type', header: t('col.type'), rowHeader: true, render: (r) => localName(r.nameKo, r.nameEn) },
    {
      key: 'base',
      header: t('col.base'),
      align: 'end',
      render: (r) => t('coursesTrainees', { courses: r.base.courses, trainees: r.base.trainees }),
    },
    {
      key: 'current',
      header: t('col.current'),
      align: 'end',
      render: (r) => t('coursesTrainees', { courses: r.current.courses, trainees: r.current.trainees }),
    },
    {
      key: 'change',
      header: t('col.change'),
      align: 'end',
      render: (r) => t('changeCoursesTrainees', { courses: signed(r.change.courses), trainees: signed(r.change.trainees) }),
    },
  ];
  return (
    <QueryState loading={report.isPending} error={report.error} retry={() => void report.refetch()} testId="plan-yoy">
      {data && (
        <>
          <p className="section-lead">{t('plans.yoyAgainst', { base: versionLabel(data.base) })}</p>
          <DataTable
            caption={t('plans.yoy')}
            columns={columns}
            rows={data.rows}
            rowKey={(r) => r.educationType}
            testId="plan-yoy"
            narrow="scroll"
          />
          <ReportNotes notes={data.notes} testId="yoy-notes" />
          <Downloads
            path="/api/plans/reports/year-on-year"
            query={{ versionId, basis }}
            fileName={t('plans.yoyFile')}
            testId="yoy-download"
          />
        </>
      )}
    </QueryState>
  );
}

function Quarters({ versionId }: { versionId: string }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const report = $api.useQuery('get', '/api/plans/reports/quarters', { params: { query: { versionId } } });
  const data = json(report.data);
  type LineRow = Schemas['PlanQuarterRowView'];
  type Programme = Schemas['PlanQuarterCourseView'];
  // A line's named programmes (2-6's two) follow it as rows of their own.
  type Row = { line: LineRow; programme?: Programme };
  const rows: Row[] = (data?.rows ?? []).flatMap((line) => [{ line }, ...line.programmes.map((programme) => ({ line, programme }))]);
  const figures = (r: Row) => r.programme ?? r.line;
  const pair = (sessions: number | null, trainees: number) =>
    sessions === null ? t('alwaysOpenTrainees', { trainees }) : t('sessionsTrainees', { sessions, trainees });
  const cell = (sessions: number | null, trainees: number, held: Booked) => <PlannedHeld planned={pair(sessions, trainees)} held={held} />;
  const columns: Column<Row>[] = [
    { key: 'type', header: t('col.type'), render: (r) => t(`educationType.${r.line.educationType}`) },
    {
      key: 'line',
      header: t('form.budgetLine'),
      rowHeader: true,
      render: (r) =>
        r.programme
          ? t('plans.programme', { name: localName(r.programme.nameKo, r.programme.nameEn), code: r.programme.code })
          : (r.line.budgetLineCode ?? '—'),
    },
    { key: 'courses', header: t('col.courses'), align: 'end', render: (r) => <Num value={r.programme ? 1 : r.line.courses} /> },
    ...[0, 1, 2, 3].map((q): Column<Row> => ({
      key: `q${q}`,
      header: t('col.quarter', { q: q + 1 }),
      align: 'end',
      render: (r) => {
        const f = figures(r);
        return cell(f.sessions ? f.sessions[q] : null, f.trainees[q], inQuarter(f.held, q));
      },
    })),
    {
      key: 'total',
      header: t('total'),
      align: 'end',
      render: (r) => {
        const f = figures(r);
        return cell(f.sessions ? sum(f.sessions) : null, sum(f.trainees), inYear(f.held));
      },
    },
  ];
  return (
    <QueryState loading={report.isPending} error={report.error} retry={() => void report.refetch()} testId="plan-quarters">
      {data && (
        <>
          <DataTable
            caption={t('plans.quarters')}
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.line.educationType}-${r.line.budgetLineCode}${r.programme ? `-${r.programme.code}` : ''}`}
            rowTestId={(r) =>
              `plan-quarters-${r.programme ? r.programme.code : `${r.line.educationType}-${r.line.budgetLineCode ?? 'none'}`}`
            }
            testId="plan-quarters"
            narrow="scroll"
            empty={t('plans.noLines')}
          />
          {data.apart.length > 0 && <QuartersApart rows={data.apart} />}
          <ReportNotes notes={data.notes} testId="quarters-notes" />
          <Downloads
            path="/api/plans/reports/quarters"
            query={{ versionId }}
            fileName={t('plans.quartersFile')}
            testId="quarters-download"
          />
        </>
      )}
    </QueryState>
  );
}

/** What was booked in one quarter, or in the year: cohorts held, trainees confirmed in them, and their estimated cost (won). */
type Booked = { cohorts: number; trainees: number; estimatedCost: number };
type HeldPerQuarter = Schemas['PlanQuarterHeldView'];
const inQuarter = (held: HeldPerQuarter, q: number): Booked => ({
  cohorts: held.cohorts[q],
  trainees: held.trainees[q],
  estimatedCost: held.estimatedCost[q],
});
const inYear = (held: HeldPerQuarter): Booked => ({
  cohorts: sum(held.cohorts),
  trainees: sum(held.trainees),
  estimatedCost: sum(held.estimatedCost),
});

/** Planned (and the budget to spend, where the plan gives one), and under it what was booked against it. */
function PlannedHeld({ planned, budget = null, held }: { planned: string; budget?: number | null; held?: Booked }) {
  const t = useCurriculumT();
  return (
    <>
      {planned}
      {budget !== null && <span className="cur-held">{t('plans.apartBudget', { amount: budget })}</span>}
      {held && (
        <>
          <span className="cur-held">{t('plans.held', { cohorts: held.cohorts, trainees: held.trainees })}</span>
          <span className="cur-held">{t('plans.heldCost', { amount: held.estimatedCost })}</span>
        </>
      )}
    </>
  );
}

/**
 * Plans kept out of the version's totals with quarters of their own (2-7's international courses),
 * planned per quarter with the budget to spend, with the cohorts held of the courses under their
 * category and their cost when the catalog has any, and a sentence saying so when it has none.
 */
export function QuartersApart({ rows }: { rows: Schemas['PlanQuarterApartView'][] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  type Row = Schemas['PlanQuarterApartView'];
  const quarter = (r: Row, q: number) => (
    <PlannedHeld
      planned={t('sessionsTrainees', { sessions: r.sessions[q], trainees: r.trainees[q] })}
      budget={r.budget ? r.budget[q] : null}
      held={r.booked ? inQuarter(r.booked, q) : undefined}
    />
  );
  const total = (r: Row) => (
    <PlannedHeld
      planned={t('sessionsTrainees', { sessions: sum(r.sessions), trainees: sum(r.trainees) })}
      budget={r.budget ? sum(r.budget) : null}
      held={r.booked ? inYear(r.booked) : undefined}
    />
  );
  const columns: Column<Row>[] = [
    { key: 'label', header: t('plans.apartItem'), rowHeader: true, render: (r) => localName(r.labelKo, r.labelEn) },
    ...[0, 1, 2, 3].map((q): Column<Row> => ({
      key: `q${q}`,
      header: t('col.quarter', { q: q + 1 }),
      align: 'end',
      render: (r) => quarter(r, q),
    })),
    { key: 'total', header: t('total'), align: 'end', render: total },
  ];
  const unbooked = rows.filter((r) => !r.booked);
  return (
    <div className="cur-apart" data-testid="plan-quarters-apart-section">
      <p className="cur-apart-note">{t('plans.apartNote')}</p>
      <DataTable
        caption={t('plans.apart')}
        showCaption
        columns={columns}
        rows={rows}
        rowKey={(r) => r.labelKo}
        rowTestId="plan-quarters-apart-row"
        testId="plan-quarters-apart"
        narrow="scroll"
      />
      {unbooked.map((r) => (
        <p key={r.labelKo} className="cur-apart-note" data-testid="plan-quarters-apart-unbooked">
          {r.categoryCode
            ? t('plans.apartUnbooked', { plan: localName(r.labelKo, r.labelEn), category: r.categoryCode })
            : t('plans.apartNoCategory', { plan: localName(r.labelKo, r.labelEn) })}
        </p>
      ))}
    </div>
  );
}
