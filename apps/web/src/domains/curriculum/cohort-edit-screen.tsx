import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Button,
  DetailList,
  Form,
  Notice,
  type Outcome,
  PageHeader,
  Period,
  problemOf,
  QueryState,
  Section,
  TextAreaField,
  useLocalName,
  Won,
} from '../../kit';
import { refreshCohortData } from './cohort-data';
import { CohortForm } from './cohort-form';
import { awaitingEvents } from './cohort-rules';
import { useConfirm } from './confirm';
import { curriculum } from './i18n';
import { CohortStatusBadge, Pending, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id that cannot be a cohort's is not asked for: it is not found. */
const NOT_FOUND = { statusCode: 404, code: 'COHORT.NOT_FOUND', message: 'not found' };

/**
 * 기수 변경: reschedule or edit a cohort (with the reason every change is announced with), cancel
 * it (폐강, with a reason) or close it as completed. Another institute's cohort, or one that does
 * not exist, is "not found" — never an empty form.
 */
export default function CohortEditScreen() {
  const t = useCurriculumT();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const cohort = $api.useQuery(
    'get',
    '/api/cohorts/{id}',
    { params: { path: { id } } },
    { enabled: valid, refetchInterval: (query) => (query.state.data && awaitingEvents([query.state.data]) ? 1500 : false) },
  );
  return (
    <div data-testid="cohort-edit">
      <PageHeader title={t('form.editTitle')} lead={<Link to="/cohorts">{t('backToCohorts')}</Link>} />
      <QueryState
        loading={valid && cohort.isPending}
        error={valid ? cohort.error : NOT_FOUND}
        retry={() => void cohort.refetch()}
        testId="cohort-edit"
      >
        {cohort.data && <CohortEdit cohort={cohort.data} />}
      </QueryState>
    </div>
  );
}

function CohortEdit({ cohort }: { cohort: Schemas['CohortPageView'] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const course = localName(cohort.courseNameKo, cohort.courseNameEn);
  const open = cohort.status === 'scheduled';
  return (
    <>
      <Section title={t('edit.summary', { course, no: cohort.cohortNo })} testId="cohort-summary">
        <DetailList
          items={[
            { label: t('col.course'), value: `${course} (${cohort.courseCode}) · ${t('cohortNo', { no: cohort.cohortNo })}` },
            {
              label: t('col.period'),
              value: (
                <>
                  <Period start={cohort.startDate} end={cohort.endDate} /> {cohort.dailyStartTime}–{cohort.dailyEndTime}
                </>
              ),
            },
            {
              label: t('col.status'),
              value: (
                <>
                  <CohortStatusBadge status={cohort.status} /> {cohort.statusReason ?? ''}
                </>
              ),
            },
            {
              label: t('edit.seats'),
              value: (
                <span data-testid="cohort-edit-seats">
                  {cohort.seatsFree === null ? (
                    <Pending />
                  ) : (
                    t('edit.seatsValue', {
                      capacity: cohort.capacity,
                      free: cohort.seatsFree,
                      confirmed: cohort.confirmed,
                      waitlisted: cohort.waitlisted,
                    })
                  )}
                </span>
              ),
            },
            { label: t('budget.cost'), value: <Won amount={cohort.estimatedCost} /> },
            {
              label: t('budget.committed'),
              value: (
                <span data-testid="cohort-edit-committed">
                  {cohort.committedAmount === null ? <Pending /> : <Won amount={cohort.committedAmount} />}
                </span>
              ),
            },
          ]}
        />
      </Section>
      {open ? (
        <>
          <Section title={t('form.editTitle')} testId="cohort-change">
            <CohortForm cohort={cohort} />
          </Section>
          <CloseCohort cohort={cohort} />
        </>
      ) : (
        // Announced: after 폐강 or 종료 this notice takes the place of the form that did it.
        <Notice tone="info" role="status" testId="cohort-closed">
          {t(cohort.status === 'cancelled' ? 'edit.cancelledNote' : 'edit.completedNote')}
        </Notice>
      )}
    </>
  );
}

/** 폐강 (with a reason) and 교육 종료 처리: each asks first, and says what happened beside it. */
function CloseCohort({ cohort }: { cohort: Schemas['CohortPageView'] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const queryClient = useQueryClient();
  const form = useForm<{ reason?: string }>({ mode: 'onTouched' });
  const [completing, setCompleting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const name = { course: localName(cohort.courseNameKo, cohort.courseNameEn), no: cohort.cohortNo };
  const cancelConfirm = useConfirm(t('close.cancelTitle'), t('close.cancel'), 'cohort-cancel-confirm');
  const completeConfirm = useConfirm(t('close.completeTitle'), t('close.complete'), 'cohort-complete-confirm');

  const complete = async () => {
    setOutcome(null);
    if (!(await completeConfirm.ask(t('close.completeQuestion', name)))) return;
    setCompleting(true);
    try {
      await unwrap(api.POST('/api/cohorts/{id}/complete', { params: { path: { id: cohort.id } } }));
      setOutcome({ kind: 'success', text: t('close.completed', name) });
      await refreshCohortData(queryClient);
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setCompleting(false);
    }
  };

  return (
    <Section title={t('close.title')} testId="cohort-close">
      <p className="section-lead">{t('close.lead', { end: cohort.endDate })}</p>
      <Form
        form={form}
        testId="cohort-cancel"
        label={t('close.cancelTitle')}
        submitLabel={t('close.cancel')}
        confirm={() => cancelConfirm.ask(t('close.cancelQuestion', name))}
        success={() => t('close.cancelled', name)}
        onSubmit={async ({ reason }) => {
          await unwrap(api.POST('/api/cohorts/{id}/cancel', { params: { path: { id: cohort.id } }, body: { reason: reason ?? '' } }));
          await refreshCohortData(queryClient);
        }}
      >
        <TextAreaField
          name="reason"
          label={t('close.reason')}
          hint={t('close.reasonHint')}
          required
          maxLength={500}
          rows={2}
          testId="cohort-cancel-reason"
        />
      </Form>
      <div className="cur-complete">
        <Button onClick={complete} busy={completing} testId="cohort-complete">
          {t('close.complete')}
        </Button>
        <ActionStatus outcome={outcome} testId="cohort-complete-status" />
      </div>
      {cancelConfirm.dialog}
      {completeConfirm.dialog}
    </Section>
  );
}
