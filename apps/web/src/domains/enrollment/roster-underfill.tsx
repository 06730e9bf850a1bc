import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import {
  ActionStatus,
  Button,
  ConfirmDialog,
  DateField,
  Form,
  type Outcome,
  Period,
  problemOf,
  QueryState,
  Section,
  SelectField,
} from '../../kit';
import { type Cohort, CourseName, periodText, seoulToday, useCourseText, useEnrollmentWords, useRefreshEnrollment } from './common';

type Decision = Schemas['UnderFillDecisionDto'];

/**
 * 최소 인원 미달 기수: each cohort below its minimum at its cut-off, and the course manager's
 * three choices — extend applications to a new date, merge into another cohort of the course,
 * or cancel it (폐강), asked once more before it is done.
 */
export function UnderFilledSection({ cohorts }: { cohorts: Cohort[] }) {
  const { t } = useEnrollmentWords();
  const flagged = $api.useQuery('get', '/api/enrollment/under-filled-cohorts');
  // A decided cohort leaves the list when it is refreshed; its outcome stays where it was.
  const [decided, setDecided] = useState<{ cohort: Cohort; text: string }[]>([]);
  const shown = [
    ...(flagged.data ?? [])
      .filter((c) => !decided.some((d) => d.cohort.cohortId === c.cohortId))
      .map((cohort) => ({ cohort, text: null as string | null })),
    ...decided,
  ];
  const onDecided = (cohort: Cohort, text: string) =>
    setDecided((list) => [...list.filter((d) => d.cohort.cohortId !== cohort.cohortId), { cohort, text }]);
  return (
    <Section title={t('underfill.title')} testId="under-filled-section">
      <QueryState loading={flagged.isLoading} error={flagged.error} retry={() => flagged.refetch()} testId="under-filled">
        {shown.length > 0 ? (
          shown.map(({ cohort, text }) => (
            <UnderFilled key={cohort.cohortId} cohort={cohort} cohorts={cohorts} decided={text} onDecided={onDecided} />
          ))
        ) : (
          <p className="state-line empty" data-testid="under-filled-none">
            {t('underfill.none')}
          </p>
        )}
      </QueryState>
    </Section>
  );
}

function UnderFilled({
  cohort,
  cohorts,
  decided,
  onDecided,
}: {
  cohort: Cohort;
  cohorts: Cohort[];
  decided: string | null;
  onDecided(cohort: Cohort, text: string): void;
}) {
  const { t } = useEnrollmentWords();
  const courseText = useCourseText();
  const refresh = useRefreshEnrollment();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const extendForm = useForm<{ applicationCloses?: string }>({ mode: 'onTouched' });
  const mergeForm = useForm<{ targetCohortId?: string }>({ mode: 'onTouched' });
  const targets = cohorts.filter((x) => x.courseCode === cohort.courseCode && x.cohortId !== cohort.cohortId && x.status === 'scheduled');

  const decide = (body: Decision) =>
    unwrap(api.POST('/api/enrollment/cohorts/{id}/under-fill-decision', { params: { path: { id: cohort.cohortId } }, body }));
  const cancel = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await decide({ decision: 'cancel' });
      await refresh();
      onDecided(cohort, t('underfill.cancelled'));
    } catch (error) {
      await refresh();
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <article className="enr-card" data-testid={`under-filled-${cohort.cohortId}`} aria-labelledby={`uf-${cohort.cohortId}`}>
      <h3 className="enr-subtitle" id={`uf-${cohort.cohortId}`}>
        <CourseName ko={cohort.courseNameKo} en={cohort.courseNameEn} code={cohort.courseCode} /> (
        <Period start={cohort.startDate} end={cohort.endDate} />)
      </h3>
      {decided ? (
        <ActionStatus outcome={{ kind: 'success', text: decided }} testId="underfill-decided" />
      ) : (
        <>
          <p>{t('underfill.counts', { confirmed: cohort.confirmed, minimum: cohort.minimumFill })}</p>
          <div className="enr-decisions">
            <Form
              form={extendForm}
              testId={`extend-${cohort.cohortId}`}
              label={t('underfill.extend')}
              submitLabel={t('underfill.extend')}
              className="enr-inline-form"
              onSubmit={async ({ applicationCloses }) => {
                await decide({ decision: 'extend', applicationCloses });
                onDecided(cohort, t('underfill.extended', { date: applicationCloses }));
                await refresh();
              }}
            >
              <DateField
                name="applicationCloses"
                label={t('underfill.newClose')}
                required
                minDate={seoulToday()}
                maxDate={cohort.startDate}
                testId="extend-date"
              />
            </Form>
            <Form
              form={mergeForm}
              testId={`merge-${cohort.cohortId}`}
              label={t('underfill.merge')}
              submitLabel={t('underfill.merge')}
              className="enr-inline-form"
              onSubmit={async ({ targetCohortId }) => {
                const result = await decide({ decision: 'merge', targetCohortId });
                onDecided(cohort, t('underfill.merged', { moved: result.moved }));
                await refresh();
              }}
            >
              <SelectField
                name="targetCohortId"
                label={t('underfill.target')}
                required
                options={targets.map((x) => ({ value: x.cohortId, label: `${courseText(x)} (${periodText(x.startDate, x.endDate)})` }))}
                hint={targets.length === 0 ? t('underfill.noTarget') : undefined}
                testId="merge-target"
              />
            </Form>
            <div className="enr-action-block">
              <Button variant="danger" onClick={() => setConfirming(true)} busy={busy} testId="underfill-cancel">
                {t('underfill.cancel')}
              </Button>
              <ActionStatus outcome={outcome} testId="underfill-cancel-status" />
            </div>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('underfill.cancelTitle')}
        body={<p>{t('underfill.cancelBody', { course: courseText(cohort), period: periodText(cohort.startDate, cohort.endDate) })}</p>}
        confirmLabel={t('underfill.cancel')}
        busy={busy}
        onConfirm={cancel}
        onClose={() => setConfirming(false)}
        testId="underfill-cancel-dialog"
      />
    </article>
  );
}
