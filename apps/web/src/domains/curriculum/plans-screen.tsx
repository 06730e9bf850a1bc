import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  type Column,
  DataTable,
  Form,
  Num,
  NumberField,
  type Outcome,
  PageHeader,
  problemOf,
  QueryState,
  Section,
  SelectField,
} from '../../kit';
import { refreshPaths } from './cohort-data';
import { useConfirm } from './confirm';
import { curriculum } from './i18n';
import { PlanImport } from './plan-import';
import { ComparedReports, VersionReports } from './plan-reports';
import { MAX_COMPARED, newVersionProblem, PLAN_PATHS, toggleCompared } from './plans';
import { Downloads, PLANNERS, useCurriculumT, useVersionLabel } from './shared';

registerCatalogue('curriculum', curriculum);

type Version = Schemas['PlanVersionView'];

/**
 * 교육훈련계획: each year's versions (당초, 변경) with their totals — opened, approved, exported —
 * the summary table by field and the 1-3 tables with the chosen versions side by side, the
 * reports of one version (year on year, quarters), each as .xlsx or CSV, and the import of a plan.
 */
export default function PlansScreen() {
  const t = useCurriculumT();
  const session = useSession();
  const planner = Boolean(session && PLANNERS.includes(session.user.role));
  const versions = $api.useQuery('get', '/api/plans');
  // Until the reader ticks plans, the service's default comparison (last year's plans and this year's latest).
  const [compared, setCompared] = useState<string[] | null>(null);

  return (
    <div data-testid="plans">
      <PageHeader title={t('plans.title')} lead={t('plans.lead')} />
      <QueryState loading={versions.isPending} error={versions.error} retry={() => void versions.refetch()} testId="plans">
        {versions.data && versions.data.length === 0 ? (
          <p className="state-line" data-testid="plans-none">
            {t('plans.none')}
          </p>
        ) : (
          versions.data && <Plans versions={versions.data} planner={planner} compared={compared} onCompare={setCompared} />
        )}
        {planner && versions.data && <NewVersion versions={versions.data} />}
        {versions.data && versions.data.length > 0 && <VersionReports versions={versions.data} />}
        {planner && versions.data && <PlanImport versions={versions.data} />}
      </QueryState>
    </div>
  );
}

function Plans({
  versions,
  planner,
  compared,
  onCompare,
}: {
  versions: Version[];
  planner: boolean;
  compared: string[] | null;
  onCompare(ids: string[]): void;
}) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  const summary = $api.useQuery(
    'get',
    '/api/plans/reports/summary',
    { params: { query: { versionIds: compared?.join(',') } } },
    { placeholderData: (previous) => previous },
  );
  const shown = compared ?? (summary.data && typeof summary.data === 'object' ? summary.data.versions.map((v) => v.id) : []);
  const columns: Column<Version>[] = [
    { key: 'year', header: t('col.year'), render: (v) => v.fiscalYear },
    { key: 'label', header: t('col.version'), rowHeader: true, render: (v) => versionLabel(v) },
    {
      key: 'status',
      header: t('col.status'),
      render: (v) => <Badge tone={v.status === 'draft' ? 'warning' : 'success'}>{t(`versionStatus.${v.status}`)}</Badge>,
    },
    { key: 'courses', header: t('col.courses'), align: 'end', render: (v) => <Num value={v.courses} /> },
    { key: 'sessions', header: t('col.sessions'), align: 'end', render: (v) => <Num value={v.sessions} /> },
    { key: 'trainees', header: t('col.trainees'), align: 'end', render: (v) => <Num value={v.trainees} /> },
    {
      key: 'compare',
      header: t('col.compare'),
      render: (v) => {
        const on = shown.includes(v.id);
        return (
          <Button
            size="small"
            variant={on ? 'secondary' : 'tertiary'}
            aria-pressed={on}
            disabled={(on && shown.length === 1) || (!on && shown.length >= MAX_COMPARED)}
            onClick={() => onCompare(toggleCompared(versions, shown, v.id))}
            testId="plan-compare"
          >
            {t(on ? 'plans.comparing' : 'plans.compare')}
            <span className="sr-only">: {versionLabel(v)}</span>
          </Button>
        );
      },
    },
    { key: 'actions', header: t('col.actions'), render: (v) => <VersionActions version={v} planner={planner} /> },
  ];
  return (
    <>
      <Section title={t('plans.versions')} testId="plan-versions-section">
        <DataTable
          caption={t('plans.versions')}
          columns={columns}
          rows={versions}
          rowKey={(v) => v.id}
          rowTestId="plan-version-row"
          testId="plan-versions"
          narrow="scroll"
        />
      </Section>
      <ComparedReports summary={summary} versionIds={compared} />
    </>
  );
}

function VersionActions({ version, planner }: { version: Version; planner: boolean }) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const confirm = useConfirm(t('plans.approveTitle'), t('plans.approve'), 'plan-approve-confirm');
  const label = versionLabel(version);
  const approve = async () => {
    setOutcome(null);
    if (!(await confirm.ask(t('plans.approveQuestion', { label })))) return;
    setBusy(true);
    try {
      await unwrap(api.POST('/api/plans/{id}/approve', { params: { path: { id: version.id } } }));
      setOutcome({ kind: 'success', text: t('plans.approved', { label }) });
      void refreshPaths(queryClient, PLAN_PATHS);
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cell-actions-stack">
      {planner && version.status === 'draft' && (
        <Button
          size="small"
          variant="primary"
          onClick={approve}
          busy={busy}
          testId="plan-approve"
          aria-label={t('plans.approveOne', { label })}
        >
          {t('plans.approve')}
        </Button>
      )}
      <Downloads
        path={`/api/plans/${version.id}/export`}
        fileName={version.labelKo}
        testId={`plan-export-${version.versionNo}-${version.fiscalYear}`}
        label={label}
      />
      <ActionStatus outcome={outcome} testId="plan-approve-status" />
      {confirm.dialog}
    </div>
  );
}

/** 새 계획: a year's original (당초) or a change (변경) of its approved plan. */
function NewVersion({ versions }: { versions: Version[] }) {
  const t = useCurriculumT();
  const versionLabel = useVersionLabel();
  const queryClient = useQueryClient();
  const nextYear = Math.max(new Date().getFullYear(), ...versions.map((v) => v.fiscalYear)) + 1;
  const form = useForm<{ fiscalYear?: number; kind?: Schemas['PlanVersionKind'] }>({
    mode: 'onTouched',
    defaultValues: { fiscalYear: nextYear, kind: 'original' },
  });
  return (
    <Section title={t('plans.create')} testId="plan-create-section">
      <Form
        form={form}
        testId="plan-create"
        label={t('plans.create')}
        submitLabel={t('plans.createSubmit')}
        success={(v: Version) => t('plans.created', { label: versionLabel(v) })}
        onSubmit={async ({ fiscalYear, kind }) => {
          const created = await unwrap(api.POST('/api/plans', { body: { fiscalYear: fiscalYear!, kind: kind! } }));
          void refreshPaths(queryClient, PLAN_PATHS);
          return created;
        }}
      >
        <div className="form-grid">
          <NumberField name="fiscalYear" label={t('col.year')} required min={2000} max={2100} testId="plan-new-year" />
          <SelectField
            name="kind"
            label={t('plans.kind')}
            hint={t('plans.kindHint')}
            required
            placeholder={false}
            options={(['original', 'changed'] as const).map((k) => ({ value: k, label: t(`versionKind.${k}`) }))}
            validate={(kind, values) =>
              newVersionProblem(versions, values.fiscalYear as number | undefined, kind as Schemas['PlanVersionKind'])
            }
            testId="plan-new-kind"
          />
        </div>
      </Form>
    </Section>
  );
}
