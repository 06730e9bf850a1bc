import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { $api } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import { Notice, PageHeader, QueryState, Section } from '../../kit';
import { CohortForm } from './cohort-form';
import { awaitingEvents } from './cohort-rules';
import { CohortTable } from './cohort-table';
import { curriculum } from './i18n';
import { STAFF, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

/** While a cohort waits for its seats and commitment, the table asks again this often. */
const AWAIT_MS = 1500;

/**
 * 기수 현황: every cohort with its seats (enrollment) and committed amount (finance), and for the
 * curriculum staff the form to schedule one. `?course=&year=` and `?start=&end=` start the form
 * with a course from the catalog or the hours a demand survey suggests.
 */
export default function CohortsScreen() {
  const t = useCurriculumT();
  const session = useSession();
  const [params] = useSearchParams();
  const canSchedule = Boolean(session && STAFF.includes(session.user.role));
  const cohorts = $api.useQuery(
    'get',
    '/api/cohorts',
    {},
    { refetchInterval: (query) => (awaitingEvents(query.state.data) ? AWAIT_MS : false) },
  );
  const awaiting = awaitingEvents(cohorts.data);
  // Finance's commitments move the lines' remaining amounts: ask for them along with the cohorts.
  const lines = $api.useQuery('get', '/api/budget-lines', {}, { refetchInterval: awaiting ? AWAIT_MS : false });
  const wasAwaiting = useRef(awaiting);
  useEffect(() => {
    if (wasAwaiting.current && !awaiting) void lines.refetch();
    wasAwaiting.current = awaiting;
  }, [awaiting, lines]);

  const preset = {
    courseId: params.get('course') ?? undefined,
    year: params.get('year') ?? undefined,
    start: params.get('start') ?? undefined,
    end: params.get('end') ?? undefined,
  };
  return (
    <div data-testid="cohorts">
      <PageHeader title={t('cohorts.title')} lead={t('cohorts.lead')} />
      {canSchedule ? (
        <Section title={t('form.title')} testId="cohort-schedule">
          {(preset.start || preset.end) && (
            <Notice tone="info" testId="cohort-suggested-hours">
              {t('form.suggestedHours', { start: preset.start ?? '', end: preset.end ?? '' })}
            </Notice>
          )}
          <CohortForm preset={preset} />
        </Section>
      ) : (
        <Notice tone="info" testId="cohorts-read-only">
          {t('cohorts.readOnly')}
        </Notice>
      )}
      <Section title={t('cohorts.list')} testId="cohort-list">
        <QueryState loading={cohorts.isPending} error={cohorts.error} retry={() => void cohorts.refetch()} testId="cohort-table">
          <CohortTable cohorts={cohorts.data ?? []} lines={lines.data} canEdit={canSchedule} canOpenCourse={canSchedule} />
        </QueryState>
      </Section>
    </div>
  );
}
