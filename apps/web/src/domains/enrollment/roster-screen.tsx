import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  ButtonRow,
  type Column,
  ConfirmDialog,
  DataTable,
  DetailList,
  Form,
  Modal,
  Num,
  type Outcome,
  PageHeader,
  Period,
  problemOf,
  QueryState,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../kit';
import {
  ApplicationStatus,
  type Cohort,
  CompletionBadge,
  Context,
  CourseName,
  Downloads,
  koreanOnEnglish,
  PersonName,
  periodText,
  useAgencyNames,
  useCourseText,
  useEnrollmentWords,
  useRefreshEnrollment,
  without,
} from './common';
import { enrollment } from './i18n';
import { AttendanceSection } from './roster-attendance';
import { UnderFilledSection } from './roster-underfill';

registerCatalogue('enrollment', enrollment);

type Roster = Schemas['CohortRosterView'];
type RosterApplication = Schemas['RosterApplicationView'];

/**
 * 교육 운영: a course manager's cohort — its roster with the institute's approvals, withdrawals
 * and assessments, the selection, the attendance sheet (on the page, or downloaded and uploaded),
 * completion by the course's rule, and the cohorts below their minimum fill awaiting a decision.
 */
export default function RosterScreen() {
  const { t } = useEnrollmentWords();
  const courseText = useCourseText();
  const [params, setParams] = useSearchParams();
  const cohortId = params.get('cohort') ?? '';
  const cohorts = $api.useQuery('get', '/api/enrollment/cohorts');
  const form = useForm<{ cohort?: string }>({ mode: 'onTouched', defaultValues: { cohort: cohortId || undefined } });
  useEffect(() => {
    if (cohorts.data) form.reset({ cohort: cohortId || undefined });
  }, [cohorts.data, cohortId, form]);

  const options = (cohorts.data ?? []).map((c) => {
    const course = courseText(c);
    const period = periodText(c.startDate, c.endDate);
    return {
      value: c.cohortId,
      label:
        c.status === 'scheduled'
          ? t('roster.cohortOption', { course, period })
          : t('roster.cohortOptionStatus', { course, period, status: t(`cohortStatus.${c.status}`) }),
      lang: koreanOnEnglish(course),
    };
  });

  return (
    <div data-testid="roster">
      <PageHeader title={t('roster.title')} lead={t('roster.intro')} />
      <Section title={t('roster.pick')}>
        <QueryState loading={cohorts.isLoading} error={cohorts.error} retry={() => cohorts.refetch()} testId="roster-cohorts">
          <Form
            form={form}
            testId="roster-pick"
            submitLabel={t('roster.open')}
            className="enr-inline-form"
            onSubmit={async (values) => setParams(values.cohort ? { cohort: values.cohort } : {})}
          >
            <SelectField name="cohort" label={t('roster.cohort')} required options={options} testId="roster-cohort" />
          </Form>
        </QueryState>
      </Section>
      {cohortId ? <CohortWork key={cohortId} cohortId={cohortId} /> : <p className="state-line">{t('roster.chooseFirst')}</p>}
      <UnderFilledSection cohorts={cohorts.data ?? []} />
    </div>
  );
}

function CohortWork({ cohortId }: { cohortId: string }) {
  const roster = $api.useQuery('get', '/api/enrollment/cohorts/{id}/roster', { params: { path: { id: cohortId } } });
  const sheet = $api.useQuery('get', '/api/enrollment/cohorts/{id}/attendance', { params: { path: { id: cohortId } } });
  return (
    <QueryState
      loading={roster.isLoading || sheet.isLoading}
      error={roster.error ?? sheet.error}
      retry={() => void Promise.all([roster.refetch(), sheet.refetch()])}
      testId="roster-cohort"
    >
      {roster.data && (
        <>
          <CohortSummary roster={roster.data} />
          <RosterTable roster={roster.data} />
          {roster.data.cohort.status === 'scheduled' && <AddTraineeSection cohort={roster.data.cohort} />}
          {sheet.data && <AttendanceSection sheet={sheet.data} />}
          <CompletionSection cohort={roster.data.cohort} />
        </>
      )}
    </QueryState>
  );
}

function CohortSummary({ roster }: { roster: Roster }) {
  const { t } = useEnrollmentWords();
  const agencyName = useAgencyNames();
  const refresh = useRefreshEnrollment();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const c = roster.cohort;

  const select = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await unwrap(api.POST('/api/enrollment/cohorts/{id}/selection', { params: { path: { id: c.cohortId } } }));
      await refresh();
      setOutcome({ kind: 'success', text: t('roster.selected') });
    } catch (error) {
      await refresh();
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('roster.summary')} testId="roster-summary">
      <DetailList
        items={[
          { key: 'course', label: t('col.course'), value: <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} /> },
          { key: 'period', label: t('col.period'), value: <Period start={c.startDate} end={c.endDate} /> },
          { key: 'status', label: t('col.status'), value: t(`cohortStatus.${c.status}`) },
          {
            key: 'capacity',
            label: t('roster.capacity'),
            value: <span data-testid="roster-capacity">{t('people', { count: c.capacity })}</span>,
          },
          {
            key: 'confirmed',
            label: t('roster.confirmed'),
            value: <span data-testid="roster-confirmed">{t('people', { count: c.confirmed })}</span>,
          },
          {
            key: 'waitlisted',
            label: t('roster.waitlisted'),
            value: <span data-testid="roster-waitlisted">{t('people', { count: c.waitlisted })}</span>,
          },
          { key: 'approval', label: t('roster.approval'), value: t(`approval.${c.approval}`) },
          {
            key: 'rule',
            label: t('roster.rule'),
            value: c.completionRequiresAssessment
              ? t('roster.ruleAssessment', { percent: c.completionMinAttendancePercent })
              : t('roster.ruleText', { percent: c.completionMinAttendancePercent }),
          },
          ...(roster.quotas.length > 0
            ? [
                {
                  key: 'quotas',
                  label: t('roster.quotas'),
                  value: (
                    <ul className="enr-plain-list">
                      {roster.quotas.map((q) => (
                        <li key={q.agencyCode}>
                          {agencyName(q.agencyCode)} <Num value={q.confirmed} />/<Num value={q.seats} />
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="enr-action-block">
        <ButtonRow>
          {c.approval !== 'none' && c.status === 'scheduled' && (
            <Button onClick={select} busy={busy} testId="run-selection">
              {t('roster.select')}
            </Button>
          )}
        </ButtonRow>
        <ActionStatus outcome={outcome} testId="selection-status" />
      </div>
      <Downloads
        path={`/api/enrollment/cohorts/${c.cohortId}/roster/export`}
        fallbackName={`명단_${c.courseCode ?? ''}`}
        what={t('roster.file')}
        testId="roster-download"
      />
    </Section>
  );
}

function RosterTable({ roster }: { roster: Roster }) {
  const { t } = useEnrollmentWords();
  const agencyName = useAgencyNames();
  const refresh = useRefreshEnrollment();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<RosterApplication | null>(null);
  const [revoking, setRevoking] = useState<RosterApplication | null>(null);
  const c = roster.cohort;

  const act = async (a: RosterApplication, work: () => Promise<unknown>, done: string) => {
    setBusy(a.id);
    setOutcomes((o) => without(o, a.id));
    try {
      await work();
      await refresh();
      setOutcomes((o) => ({ ...o, [a.id]: { kind: 'success', text: done } }));
    } catch (error) {
      await refresh();
      setOutcomes((o) => ({ ...o, [a.id]: { kind: 'problem', problems: [problemOf(error)] } }));
    } finally {
      setBusy(null);
    }
  };
  const decide = (a: RosterApplication, approve: boolean) =>
    act(
      a,
      () => unwrap(api.POST('/api/enrollment/applications/{id}/decision', { params: { path: { id: a.id } }, body: { approve } })),
      t(approve ? 'approved' : 'rejected', { name: a.traineeName }),
    );
  const withdraw = (a: RosterApplication) =>
    act(
      a,
      () => unwrap(api.POST('/api/enrollment/applications/{id}/cancel', { params: { path: { id: a.id } }, body: {} })),
      t('roster.withdrawn', { name: a.traineeName }),
    ).finally(() => setWithdrawing(null));
  // The box shows what was chosen while it is saved, then what the server holds.
  const [assessing, setAssessing] = useState<Record<string, boolean>>({});
  const assess = (a: RosterApplication, passed: boolean) => {
    setAssessing((s) => ({ ...s, [a.id]: passed }));
    return act(
      a,
      () => unwrap(api.PUT('/api/enrollment/applications/{id}/assessment', { params: { path: { id: a.id } }, body: { passed } })),
      t('roster.assessmentSaved', { name: a.traineeName }),
    ).finally(() =>
      setAssessing((s) => {
        const rest = { ...s };
        delete rest[a.id];
        return rest;
      }),
    );
  };

  const columns: Column<RosterApplication>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (a) => <PersonName name={a.traineeName} /> },
    { key: 'agency', header: t('col.agency'), render: (a) => agencyName(a.agencyCode) },
    { key: 'grade', header: t('trainee.grade'), render: (a) => (a.grade ? <PersonName name={a.grade} /> : t('dash')) },
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
    {
      key: 'certificate',
      header: t('completion.certificate'),
      render: (a) =>
        a.certificateNo ? (
          <span className="enr-inline">
            {a.certificateNo}
            {a.certificateRevokedAt && (
              <span data-testid="certificate-revoked">
                <Badge tone="danger">{t('certificate.revoked')}</Badge>
              </span>
            )}
          </span>
        ) : (
          t('dash')
        ),
    },
    {
      key: 'action',
      header: t('col.action'),
      render: (a) => (
        <div className="enr-row-action">
          <ButtonRow>
            {a.certificateNo && !a.certificateRevokedAt && (
              <Button size="small" onClick={() => setRevoking(a)} busy={busy === a.id} testId="revoke-certificate-button">
                {t('certificate.revoke')}
                <Context>
                  <PersonName name={a.traineeName} />
                </Context>
              </Button>
            )}
            {a.status === 'pending' && a.awaiting === 'institute' && (
              <>
                <Button size="small" variant="primary" onClick={() => decide(a, true)} busy={busy === a.id} testId="institute-approve">
                  {t('approve')}
                  <Context>
                    <PersonName name={a.traineeName} />
                  </Context>
                </Button>
                <Button size="small" onClick={() => decide(a, false)} busy={busy === a.id} testId="institute-reject">
                  {t('reject')}
                  <Context>
                    <PersonName name={a.traineeName} />
                  </Context>
                </Button>
              </>
            )}
            {a.canCancel && (
              <Button size="small" onClick={() => setWithdrawing(a)} busy={busy === a.id} testId="withdraw-button">
                {t('roster.withdraw')}
                <Context>
                  <PersonName name={a.traineeName} />
                </Context>
              </Button>
            )}
          </ButtonRow>
          {a.status === 'confirmed' && c.completionRequiresAssessment && (
            <div className="krds-form-check enr-check">
              <input
                type="checkbox"
                id={`assess-${a.id}`}
                checked={assessing[a.id] ?? a.assessmentPassed === true}
                disabled={busy === a.id}
                onChange={(e) => assess(a, e.target.checked)}
                data-testid="assessment-check"
              />
              <label htmlFor={`assess-${a.id}`}>
                <span className="sr-only">
                  <PersonName name={a.traineeName} />{' '}
                </span>
                {t('roster.assessment')}
              </label>
            </div>
          )}
          <ActionStatus outcome={outcomes[a.id] ?? null} testId="roster-row-status" />
        </div>
      ),
    },
  ];

  return (
    <Section title={t('roster.table')} testId="roster-section">
      <DataTable
        caption={t('roster.table')}
        columns={columns}
        rows={roster.applications}
        rowKey={(a) => a.id}
        rowTestId={(a) => `roster-${a.id}`}
        narrow="scroll"
        empty={t('roster.empty')}
        testId="roster-table"
      />
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('roster.withdrawTitle')}
        body={withdrawing && <p>{t('roster.withdrawBody', { name: withdrawing.traineeName })}</p>}
        confirmLabel={t('roster.withdraw')}
        busy={withdrawing !== null && busy === withdrawing.id}
        onConfirm={() => withdrawing && withdraw(withdrawing)}
        onClose={() => setWithdrawing(null)}
        testId="withdraw-dialog"
      />
      <RevokeCertificateDialog
        application={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(a) => {
          setRevoking(null);
          setOutcomes((o) => ({ ...o, [a.id]: { kind: 'success', text: t('certificate.revokedDone', { name: a.traineeName }) } }));
        }}
      />
    </Section>
  );
}

/**
 * 교육생 직접 추가 (a walk-in, a late nomination by phone): staff find a trainee of the institute by
 * name or staff number and seat them, confirmed at once. The cohort's capacity and quotas still bind;
 * a full cohort is refused, and its capacity is raised on its edit page, where the room and the
 * distancing rule are checked.
 */
function AddTraineeSection({ cohort }: { cohort: Cohort }) {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const [q, setQ] = useState('');
  const search = useForm<{ q?: string }>({ mode: 'onTouched' });
  const form = useForm<{ traineeId?: string; reason?: string }>({ mode: 'onTouched' });
  const found = $api.useQuery('get', '/api/enrollment/trainees', { params: { query: { q } } }, { enabled: q !== '' });
  const options = (found.data ?? []).map((tr) => ({
    value: tr.id,
    label: t('addTrainee.option', { name: tr.name, agency: tr.agencyCode, employeeNo: tr.employeeNo ?? t('dash') }),
  }));
  return (
    <Section title={t('addTrainee.title')} testId="add-trainee">
      <p className="enr-lead">{t('addTrainee.intro')}</p>
      <Form
        form={search}
        testId="add-trainee-search"
        submitLabel={t('addTrainee.search')}
        className="enr-inline-form"
        onSubmit={async (values) => {
          setQ(values.q ?? '');
          form.reset({ traineeId: undefined, reason: form.getValues('reason') });
        }}
      >
        <TextField name="q" label={t('addTrainee.query')} required maxLength={100} testId="add-trainee-q" />
      </Form>
      {q !== '' && (
        <QueryState loading={found.isLoading} error={found.error} retry={() => void found.refetch()} testId="add-trainee-found">
          {options.length === 0 ? (
            <p className="state-line">{t('addTrainee.none')}</p>
          ) : (
            <Form
              form={form}
              testId="add-trainee-form"
              submitLabel={t('addTrainee.submit')}
              resetOnSuccess
              success={(added: Schemas['EnrollmentApplicationView']) => t('addTrainee.done', { name: added.traineeName })}
              onSubmit={async ({ traineeId, reason }) => {
                const added = await unwrap(
                  api.POST('/api/enrollment/cohorts/{id}/trainees', {
                    params: { path: { id: cohort.cohortId } },
                    body: { traineeId: traineeId!, ...(reason ? { reason } : {}) },
                  }),
                );
                await refresh();
                return added;
              }}
            >
              <SelectField name="traineeId" label={t('addTrainee.trainee')} required options={options} testId="add-trainee-trainee" />
              <TextField name="reason" label={t('addTrainee.reason')} maxLength={300} testId="add-trainee-reason" />
            </Form>
          )}
        </QueryState>
      )}
    </Section>
  );
}

/** 수료증 취소: staff give a reason, which the certificate's public check then shows. */
function RevokeCertificateDialog({
  application,
  onClose,
  onRevoked,
}: {
  application: RosterApplication | null;
  onClose: () => void;
  onRevoked: (a: RosterApplication) => void;
}) {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  return (
    <Modal
      open={application !== null}
      title={application ? t('certificate.revokeTitle', { name: application.traineeName }) : ''}
      onClose={onClose}
      testId="revoke-dialog"
    >
      {application && (
        <>
          <p>{t('certificate.revokeLead')}</p>
          <Form
            form={form}
            testId="revoke"
            submitLabel={t('certificate.revoke')}
            resetOnSuccess
            onSubmit={async ({ reason }) => {
              await unwrap(
                api.POST('/api/enrollment/certificates/{id}/revoke', { params: { path: { id: application.id } }, body: { reason } }),
              );
              await refresh();
              onRevoked(application);
            }}
          >
            <TextAreaField name="reason" label={t('certificate.reason')} required maxLength={300} rows={3} testId="revoke-reason" />
          </Form>
        </>
      )}
    </Modal>
  );
}

/**
 * 수료 처리 also ends the cohort (교육 종료) in curriculum, by an event whose answer comes back to
 * enrollment within moments: the screen asks for the cohort a while (in the background) until it
 * has ended, so that this screen's 기수 현황 and curriculum's cohort lists show it without a reload.
 */
async function awaitCohortEnded(cohortId: string, tries = 30): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    const { data } = await api.GET('/api/enrollment/cohorts/{id}', { params: { path: { id: cohortId } } });
    if (data?.status === 'completed') return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function CompletionSection({ cohort }: { cohort: Cohort }) {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const queryClient = useQueryClient();
  const followCohortEnd = async () => {
    if (cohort.status !== 'scheduled' || !(await awaitCohortEnded(cohort.cohortId))) return;
    await Promise.all([
      refresh(),
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'get' && String(query.queryKey[1]).startsWith('/api/cohorts'),
      }),
    ]);
  };
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [result, setResult] = useState<Schemas['CohortCompletionView'] | null>(null);
  const [busy, setBusy] = useState(false);
  type Result = Schemas['TraineeCompletionResultView'];
  const columns: Column<Result>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (r) => <PersonName name={r.traineeName} /> },
    { key: 'percent', header: t('attendance.percent'), align: 'end', render: (r) => t('percent', { value: r.percent }) },
    {
      key: 'completion',
      header: t('col.completion'),
      render: (r) => <CompletionBadge status={r.completed ? 'completed' : 'not_completed'} />,
    },
    { key: 'certificate', header: t('completion.certificate'), render: (r) => r.certificateNo ?? t('dash') },
  ];
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const done = await unwrap(api.POST('/api/enrollment/cohorts/{id}/completion', { params: { path: { id: cohort.cohortId } } }));
      await refresh();
      setResult(done);
      setOutcome({ kind: 'success', text: t('completion.done', { completed: done.completed, notCompleted: done.notCompleted }) });
      void followCohortEnd();
    } catch (error) {
      await refresh();
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t('completion.title')} testId="completion">
      <p className="enr-lead">{t('completion.intro')}</p>
      <div className="enr-action-block">
        <Button variant="primary" onClick={run} busy={busy} testId="completion-run">
          {t('completion.run')}
        </Button>
        <ActionStatus outcome={outcome} testId="completion-status" />
      </div>
      <div data-testid="completion-result">
        {result && (
          <DataTable
            caption={t('completion.results')}
            showCaption
            columns={columns}
            rows={result.results}
            rowKey={(r) => r.applicationId}
            narrow="scroll"
            empty={t('completion.none')}
          />
        )}
      </div>
    </Section>
  );
}
