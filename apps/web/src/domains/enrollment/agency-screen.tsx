import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Button,
  ButtonRow,
  type Column,
  ConfirmDialog,
  DataTable,
  DetailList,
  Form,
  Modal,
  NumberField,
  Num,
  type Outcome,
  PageHeader,
  Period,
  problemOf,
  QueryState,
  Section,
  useLocalName,
} from '../../kit';
import { NominateSection } from './agency-nominate';
import { StaffSection } from './agency-trainees';
import {
  ApplicationStatus,
  CompletionBadge,
  Context,
  CourseName,
  currentYear,
  Downloads,
  PersonName,
  periodText,
  useCourseText,
  useEnrollmentWords,
  useRefreshEnrollment,
} from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type Application = Schemas['HostedApplicationView'];
type Quota = Schemas['AgencyQuotaStatusView'];

/**
 * 기관 교육 관리: everything an agency admin does for their own agency's staff — approving their
 * applications, nominating them with ranks, the agency's quotas and counts (fresh after every
 * change), registering trainees (one by one with an account, or a list), every application, and
 * the year's results.
 */
export default function AgencyScreen() {
  const { t } = useEnrollmentWords();
  const trainees = $api.useQuery('get', '/api/enrollment/trainees', {});
  const cohorts = $api.useQuery('get', '/api/enrollment/catalog', {});
  const applications = $api.useQuery('get', '/api/enrollment/agency/applications', {});
  const quotas = $api.useQuery('get', '/api/enrollment/agency/quotas');

  return (
    <div data-testid="agency">
      <PageHeader title={t('agency.title')} lead={t('agency.intro')} />
      <QueryState
        loading={applications.isLoading || quotas.isLoading}
        error={applications.error ?? quotas.error}
        retry={() => void Promise.all([applications.refetch(), quotas.refetch()])}
        testId="agency"
      >
        <Summary applications={applications.data ?? []} quotas={quotas.data ?? []} staff={trainees.data?.length} />
        <Approvals applications={applications.data ?? []} />
      </QueryState>
      <NominateSection trainees={trainees.data} cohorts={cohorts.data} />
      <QuotaSection quotas={quotas.data} />
      <StaffSection trainees={trainees.data} />
      <ApplicationsSection applications={applications.data} />
      <AgencyReport />
    </div>
  );
}

/** The agency's figures at a glance: what awaits the admin, who holds or waits for a seat. */
function Summary({ applications, quotas, staff }: { applications: Application[]; quotas: Quota[]; staff: number | undefined }) {
  const { t } = useEnrollmentWords();
  const count = (test: (a: Application) => boolean) => applications.filter(test).length;
  const reserved = quotas.reduce((sum, q) => sum + q.seats, 0);
  const used = quotas.reduce((sum, q) => sum + q.confirmed, 0);
  return (
    <Section title={t('agency.summary')} testId="agency-summary">
      <DetailList
        items={[
          {
            key: 'awaiting',
            label: t('agency.awaitingMe'),
            value: (
              <span data-testid="summary-awaiting">
                {t('people', { count: count((a) => a.status === 'pending' && a.awaiting === 'agency') })}
              </span>
            ),
          },
          {
            key: 'confirmed',
            label: t('agency.confirmedCount'),
            value: <span data-testid="summary-confirmed">{t('people', { count: count((a) => a.status === 'confirmed') })}</span>,
          },
          {
            key: 'waiting',
            label: t('agency.waitingCount'),
            value: (
              <span data-testid="summary-waiting">
                {t('people', {
                  count: count(
                    (a) => a.status === 'waitlisted' || a.status === 'approved' || (a.status === 'pending' && a.awaiting !== 'agency'),
                  ),
                })}
              </span>
            ),
          },
          {
            key: 'quota',
            label: t('agency.quotas'),
            value: <span data-testid="summary-quota">{t('catalog.quota', { confirmed: used, seats: reserved })}</span>,
          },
          {
            key: 'staff',
            label: t('agency.staffCount'),
            value: <span data-testid="summary-staff">{staff === undefined ? t('dash') : t('people', { count: staff })}</span>,
          },
        ]}
      />
    </Section>
  );
}

/** 승인할 신청: the staff's applications awaiting the agency's approval, with an optional rank. */
function Approvals({ applications }: { applications: Application[] }) {
  const { t } = useEnrollmentWords();
  const courseText = useCourseText();
  const refresh = useRefreshEnrollment();
  const [approving, setApproving] = useState<Application | null>(null);
  const [rejecting, setRejecting] = useState<Application | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm<{ rank?: number }>({ mode: 'onTouched' });
  const waiting = applications.filter((a) => a.status === 'pending' && a.awaiting === 'agency');

  const reject = async (a: Application) => {
    setBusy(true);
    setOutcome(null);
    try {
      await unwrap(api.POST('/api/enrollment/applications/{id}/decision', { params: { path: { id: a.id } }, body: { approve: false } }));
      await refresh();
      setOutcome({ kind: 'success', text: t('rejected', { name: a.traineeName }) });
    } catch (error) {
      await refresh();
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
      setRejecting(null);
    }
  };

  const columns: Column<Application>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (a) => <PersonName name={a.traineeName} /> },
    {
      key: 'course',
      header: t('col.course'),
      render: (a) =>
        a.cohort ? <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} /> : t('dash'),
    },
    {
      key: 'period',
      header: t('col.period'),
      render: (a) => (a.cohort ? <Period start={a.cohort.startDate} end={a.cohort.endDate} /> : t('dash')),
    },
    {
      key: 'action',
      header: t('col.action'),
      render: (a) => (
        <ButtonRow>
          <Button size="small" variant="primary" onClick={() => (form.reset({}), setApproving(a))} testId="approve-button">
            {t('approve')}
            <Context>
              <PersonName name={a.traineeName} />
            </Context>
          </Button>
          <Button size="small" onClick={() => setRejecting(a)} testId="reject-button">
            {t('reject')}
            <Context>
              <PersonName name={a.traineeName} />
            </Context>
          </Button>
        </ButtonRow>
      ),
    },
  ];

  return (
    <Section title={t('agency.approvals')} testId="agency-approvals">
      <DataTable
        caption={t('agency.approvals')}
        columns={columns}
        rows={waiting}
        rowKey={(a) => a.id}
        narrow="scroll"
        empty={t('agency.noApprovals')}
        testId="approval-table"
      />
      <ActionStatus outcome={outcome} testId="approval-status" />
      <Modal
        open={approving !== null}
        title={approving ? t('agency.approveTitle', { name: approving.traineeName }) : ''}
        onClose={() => setApproving(null)}
        testId="approve-dialog"
      >
        {approving && (
          <>
            <p>
              {approving.cohort
                ? t('agency.approveLead', {
                    course: courseText(approving.cohort),
                    period: periodText(approving.cohort.startDate, approving.cohort.endDate),
                  })
                : null}
            </p>
            <Form
              form={form}
              testId="approve"
              submitLabel={t('approve')}
              onSubmit={async ({ rank }) => {
                const a = approving;
                setOutcome(null);
                await unwrap(
                  api.POST('/api/enrollment/applications/{id}/decision', {
                    params: { path: { id: a.id } },
                    body: rank === undefined ? { approve: true } : { approve: true, rank },
                  }),
                );
                await refresh();
                setApproving(null);
                setOutcome({ kind: 'success', text: t('approved', { name: a.traineeName }) });
              }}
            >
              <NumberField name="rank" label={t('agency.rank')} min={1} max={999} testId="approve-rank" />
            </Form>
          </>
        )}
      </Modal>
      <ConfirmDialog
        open={rejecting !== null}
        title={t('agency.rejectTitle')}
        body={
          rejecting && (
            <p>{t('agency.rejectBody', { name: rejecting.traineeName, course: rejecting.cohort ? courseText(rejecting.cohort) : '' })}</p>
          )
        }
        confirmLabel={t('reject')}
        busy={busy}
        onConfirm={() => rejecting && reject(rejecting)}
        onClose={() => setRejecting(null)}
        testId="reject-dialog"
      />
    </Section>
  );
}

/** 기관별 배정 인원: the agency's reserved seats in open cohorts and how they are used. */
function QuotaSection({ quotas }: { quotas: Quota[] | undefined }) {
  const { t } = useEnrollmentWords();
  const columns: Column<Quota>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (q) => <CourseName ko={q.cohort.courseNameKo} en={q.cohort.courseNameEn} code={q.cohort.courseCode} />,
    },
    { key: 'period', header: t('col.period'), render: (q) => <Period start={q.cohort.startDate} end={q.cohort.endDate} /> },
    { key: 'seats', header: t('quota.seats'), align: 'end', render: (q) => <Num value={q.seats} /> },
    {
      key: 'confirmed',
      header: t('quota.confirmed'),
      align: 'end',
      render: (q) => (
        <span data-testid="quota-confirmed">
          <Num value={q.confirmed} />
        </span>
      ),
    },
    { key: 'waitlisted', header: t('quota.waitlisted'), align: 'end', render: (q) => <Num value={q.waitlisted} /> },
    {
      key: 'pending',
      header: t('quota.pending'),
      align: 'end',
      render: (q) => (
        <span data-testid="quota-pending">
          <Num value={q.pending} />
        </span>
      ),
    },
  ];
  return (
    <Section title={t('agency.quotas')} testId="agency-quotas">
      <DataTable
        caption={t('agency.quotas')}
        columns={columns}
        rows={quotas}
        rowKey={(q) => q.cohort.cohortId}
        rowTestId={(q) => `quota-${q.cohort.cohortId}`}
        narrow="scroll"
        empty={t('agency.noQuotas')}
        testId="quota-table"
      />
    </Section>
  );
}

/** 소속 직원 신청 현황: every application of the agency's staff, at any institute. */
function ApplicationsSection({ applications }: { applications: Application[] | undefined }) {
  const { t } = useEnrollmentWords();
  const localName = useLocalName();
  const columns: Column<Application>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (a) => <PersonName name={a.traineeName} /> },
    {
      key: 'course',
      header: t('col.course'),
      render: (a) =>
        a.cohort ? <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} /> : t('dash'),
    },
    {
      key: 'period',
      header: t('col.period'),
      render: (a) => (a.cohort ? <Period start={a.cohort.startDate} end={a.cohort.endDate} /> : t('dash')),
    },
    { key: 'host', header: t('col.host'), render: (a) => (a.hostTenant ? localName(a.hostTenant.nameKo, a.hostTenant.nameEn) : t('dash')) },
    {
      key: 'via',
      header: t('col.via'),
      render: (a) =>
        a.via === 'nomination'
          ? a.rank
            ? t('via.nomination', { rank: a.rank })
            : t('via.nominationNoRank')
          : t(a.via === 'staff' ? 'via.staff' : 'via.application'),
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (a) =>
        a.completionStatus ? (
          <CompletionBadge status={a.completionStatus} />
        ) : (
          <ApplicationStatus status={a.status} awaiting={a.awaiting} />
        ),
    },
  ];
  return (
    <Section title={t('agency.applications')} testId="agency-applications-section">
      <DataTable
        caption={t('agency.applications')}
        columns={columns}
        rows={applications}
        rowKey={(a) => a.id}
        rowTestId={(a) => `agency-application-${a.id}`}
        narrow="scroll"
        empty={t('agency.noApplications')}
        testId="agency-applications"
      />
    </Section>
  );
}

/** 기관 교육 실적: the agency's year, course by course, with LMS completions, and its files. */
function AgencyReport() {
  const { t } = useEnrollmentWords();
  const [year, setYear] = useState(currentYear());
  const form = useForm<{ year?: number }>({ mode: 'onTouched', defaultValues: { year } });
  const report = $api.useQuery('get', '/api/enrollment/reports/agency', { params: { query: { year } } });
  type Row = {
    key: string;
    course: ReactNode;
    type: string;
    applied: number | null;
    confirmed: number | null;
    completed: number;
    notCompleted: number | null;
  };
  const rows: Row[] | undefined = report.data && [
    ...report.data.courses.map((c, i) => ({
      key: `c-${i}-${c.courseCode}`,
      course: <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} />,
      type: t(`educationType.${c.educationType}`),
      applied: c.applied,
      confirmed: c.confirmed,
      completed: c.completed,
      notCompleted: c.notCompleted,
    })),
    ...report.data.importedCompletions.map((c) => ({
      key: `lms-${c.courseCode}`,
      course: t('report.lms', { code: c.courseCode }),
      type: t('educationType.e_learning'),
      applied: null,
      confirmed: null,
      completed: c.completed,
      notCompleted: null,
    })),
  ];
  const figure = (n: number | null) => (n === null ? t('dash') : <Num value={n} />);
  const columns: Column<Row>[] = [
    { key: 'course', header: t('col.course'), rowHeader: true, render: (r) => r.course },
    { key: 'type', header: t('catalog.educationType'), render: (r) => r.type },
    { key: 'applied', header: t('report.applied'), align: 'end', render: (r) => figure(r.applied) },
    { key: 'confirmed', header: t('report.confirmed'), align: 'end', render: (r) => figure(r.confirmed) },
    { key: 'completed', header: t('report.completed'), align: 'end', render: (r) => figure(r.completed) },
    { key: 'notCompleted', header: t('report.notCompleted'), align: 'end', render: (r) => figure(r.notCompleted) },
  ];
  return (
    <Section title={t('agency.report')} testId="agency-report">
      <Form
        form={form}
        testId="agency-year"
        submitLabel={t('show')}
        className="enr-inline-form"
        onSubmit={async (values) => setYear(values.year as number)}
      >
        <NumberField name="year" label={t('year')} required min={2000} max={2100} testId="agency-report-year" />
      </Form>
      <QueryState loading={report.isLoading} error={report.error} retry={() => report.refetch()} testId="agency-report">
        {report.data && (
          <>
            <p data-testid="agency-totals">{t('agency.totals', report.data.totals)}</p>
            <DataTable
              caption={t('agency.report')}
              columns={columns}
              rows={rows}
              rowKey={(r) => r.key}
              narrow="scroll"
              empty={t('report.empty')}
              testId="agency-report-table"
            />
          </>
        )}
      </QueryState>
      <Downloads
        path="/api/enrollment/reports/agency/export"
        query={{ year: String(year) }}
        fallbackName={`기관별실적_${year}`}
        what={t('agency.reportFile')}
        testId="agency-report"
      />
    </Section>
  );
}
