import { useState } from 'react';
import { Link } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { downloadFile } from '../../api/files';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  ButtonRow,
  type Column,
  ConfirmDialog,
  DataTable,
  type Outcome,
  PageHeader,
  Period,
  problemOf,
  QueryState,
  Section,
  useLocalName,
} from '../../kit';
import {
  ApplicationStatus,
  CompletionBadge,
  Context,
  CourseName,
  Hours,
  periodText,
  seoulToday,
  useCourseText,
  useEnrollmentWords,
  useRefreshEnrollment,
  without,
} from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type MyApplication = Schemas['HostedMyApplicationView'];

/**
 * 나의 교육: the trainee's coming training, every application (at any institute) with its state,
 * completion and certificate, and the survey each completed course asks for. Notices about them are
 * the notification service's (the header's bell and 알림함, and e-mail): this page links there.
 */
export default function MyTrainingScreen() {
  const { t } = useEnrollmentWords();
  const localName = useLocalName();
  const courseText = useCourseText();
  const refresh = useRefreshEnrollment();
  const mine = $api.useQuery('get', '/api/enrollment/applications/mine');
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [cancelling, setCancelling] = useState<MyApplication | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const today = seoulToday();
  const upcoming = (mine.data ?? [])
    .filter((a) => a.status === 'confirmed' && a.cohort.endDate >= today && a.completionStatus === null)
    .sort((x, y) => x.cohort.startDate.localeCompare(y.cohort.startDate));

  const cancel = async (app: MyApplication) => {
    setBusy(app.id);
    setOutcomes((o) => without(o, app.id));
    try {
      await unwrap(api.POST('/api/enrollment/applications/{id}/cancel', { params: { path: { id: app.id } }, body: {} }));
      await refresh();
      setOutcomes((o) => ({ ...o, [app.id]: { kind: 'success', text: t('my.cancelled', { course: courseText(app.cohort) }) } }));
    } catch (error) {
      await refresh();
      setOutcomes((o) => ({ ...o, [app.id]: { kind: 'problem', problems: [problemOf(error)] } }));
    } finally {
      setBusy(null);
      setCancelling(null);
    }
  };

  const certificate = async (app: MyApplication) => {
    setBusy(`cert-${app.id}`);
    setOutcomes((o) => without(o, app.id));
    try {
      await downloadFile(`/api/enrollment/certificates/${app.id}/pdf`, `수료증_${app.certificateNo ?? app.id}.pdf`);
    } catch (error) {
      setOutcomes((o) => ({ ...o, [app.id]: { kind: 'problem', problems: [problemOf(error)] } }));
    } finally {
      setBusy(null);
    }
  };

  const host = (a: MyApplication) => (a.hostTenant ? localName(a.hostTenant.nameKo, a.hostTenant.nameEn) : '');

  const scheduleColumns: Column<MyApplication>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (a) => <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} />,
    },
    { key: 'period', header: t('col.period'), render: (a) => <Period start={a.cohort.startDate} end={a.cohort.endDate} /> },
    { key: 'hours', header: t('col.hours'), render: (a) => <Hours cohort={a.cohort} /> },
    { key: 'host', header: t('col.host'), render: host },
  ];

  const completion = (a: MyApplication) => {
    if (a.completionStatus === 'completed' && a.certificateRevokedAt) {
      return (
        <span className="enr-inline">
          <CompletionBadge status="completed" />
          <Badge tone="danger" testId="certificate-revoked">
            {t('certificate.revoked')}
          </Badge>
        </span>
      );
    }
    if (a.completionStatus === 'completed') {
      return (
        <span className="enr-inline">
          <CompletionBadge status="completed" />
          <Button size="small" onClick={() => certificate(a)} busy={busy === `cert-${a.id}`} testId="certificate-button">
            {t('my.certificate')}
            <Context>
              <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} />
            </Context>
          </Button>
        </span>
      );
    }
    if (a.completionStatus === 'not_completed') return <CompletionBadge status="not_completed" />;
    if (a.progressPercent !== null) return t('my.progress', { percent: a.progressPercent });
    return t('dash');
  };

  const applicationColumns: Column<MyApplication>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (a) => <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} />,
    },
    { key: 'period', header: t('col.period'), render: (a) => <Period start={a.cohort.startDate} end={a.cohort.endDate} /> },
    {
      key: 'status',
      header: t('col.status'),
      render: (a) => (
        <span className="enr-inline">
          <ApplicationStatus status={a.status} awaiting={a.awaiting} position={a.waitlistPosition} testId="application-status" />
          {a.endReason && a.endReason !== 'cancelled' && a.endReason !== 'rejected' && (
            <span className="enr-note">{t(`endReason.${a.endReason}`)}</span>
          )}
        </span>
      ),
    },
    { key: 'completion', header: t('col.completion'), render: completion },
    {
      key: 'action',
      header: t('col.action'),
      render: (a) => (
        <div className="enr-row-action">
          <ButtonRow>
            {a.surveyDue && (
              <Link to={`/survey/${a.cohortId}`} className="krds-btn small primary" data-testid="survey-link">
                {t('my.survey')}
              </Link>
            )}
            {a.canCancel && (
              <Button size="small" onClick={() => setCancelling(a)} busy={busy === a.id} testId="cancel-button">
                {t('my.cancel')}
                <Context>
                  <CourseName ko={a.cohort.courseNameKo} en={a.cohort.courseNameEn} code={a.cohort.courseCode} />
                </Context>
              </Button>
            )}
          </ButtonRow>
          <ActionStatus outcome={outcomes[a.id] ?? null} testId="application-action-status" />
        </div>
      ),
    },
  ];

  return (
    <div data-testid="my-training">
      <PageHeader title={t('my.title')} lead={t('my.intro')} />
      <QueryState loading={mine.isLoading} error={mine.error} retry={() => mine.refetch()} testId="my">
        <Section title={t('my.schedule')}>
          <DataTable
            caption={t('my.schedule')}
            columns={scheduleColumns}
            rows={upcoming}
            rowKey={(a) => a.id}
            empty={t('my.noSchedule')}
            testId="my-schedule"
          />
        </Section>
        <Section title={t('my.applications')}>
          <DataTable
            caption={t('my.applications')}
            columns={applicationColumns}
            rows={mine.data}
            rowKey={(a) => a.id}
            rowTestId={(a) => `application-${a.cohortId}`}
            empty={t('my.noApplications')}
            testId="my-applications"
          />
        </Section>
      </QueryState>
      <Section title={t('my.notices')}>
        <p className="state-line" data-testid="notices-in-inbox">
          {t('my.noticesInInbox')} <Link to="/inbox">{t('my.openInbox')}</Link>
        </p>
      </Section>
      <ConfirmDialog
        open={cancelling !== null}
        title={t('my.cancelTitle')}
        body={
          cancelling && (
            <p>
              {t('my.cancelBody', {
                course: courseText(cancelling.cohort),
                period: periodText(cancelling.cohort.startDate, cancelling.cohort.endDate),
              })}
            </p>
          )
        }
        confirmLabel={t('my.cancelConfirm')}
        busy={cancelling !== null && busy === cancelling.id}
        onConfirm={() => cancelling && cancel(cancelling)}
        onClose={() => setCancelling(null)}
        testId="cancel-dialog"
      />
    </div>
  );
}
