import { type ReactElement, useState } from 'react';
import { api, type Schemas, unwrap } from '../../api/client';
import { ActionStatus, Button, type Outcome, Period, problemOf } from '../../kit';
import { ApplicationStatus, Context, CourseName, useCourseText, useEnrollmentWords, useRefreshEnrollment, without } from './common';

export type CatalogCohort = Schemas['HostedCatalogCohortView'];

/** Statuses of an application that still hold (or wait for) a seat: no second application. */
export const LIVE = ['pending', 'approved', 'waitlisted', 'confirmed'];

/**
 * 신청: the apply button of a catalog cohort (or the trainee's application's status once there is
 * one), whose outcome shows beside it. The catalog's rows and a course's page use the same one.
 */
export function useApplyAction(): (cohort: CatalogCohort) => ReactElement {
  const { t } = useEnrollmentWords();
  const courseText = useCourseText();
  const refresh = useRefreshEnrollment();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState<string | null>(null);

  const apply = async (cohort: CatalogCohort) => {
    setBusy(cohort.cohortId);
    setOutcomes((o) => without(o, cohort.cohortId));
    try {
      const application = await unwrap(api.POST('/api/enrollment/applications', { body: { cohortId: cohort.cohortId } }));
      await refresh();
      setOutcomes((o) => ({
        ...o,
        [cohort.cohortId]: {
          kind: 'success',
          text: t(`applied.${application.status as 'confirmed' | 'waitlisted' | 'pending' | 'approved'}`, { course: courseText(cohort) }),
        },
      }));
    } catch (error) {
      await refresh();
      setOutcomes((o) => ({ ...o, [cohort.cohortId]: { kind: 'problem', problems: [problemOf(error)] } }));
    } finally {
      setBusy(null);
    }
  };

  return (c: CatalogCohort) => (
    <div className="enr-row-action">
      {c.myApplication && LIVE.includes(c.myApplication.status) ? (
        <ApplicationStatus status={c.myApplication.status} testId="my-status" />
      ) : (
        <Button variant="primary" size="small" onClick={() => apply(c)} busy={busy === c.cohortId} testId="apply-button">
          {t('catalog.apply')}
          <Context>
            <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} />, <Period start={c.startDate} end={c.endDate} />
          </Context>
        </Button>
      )}
      <ActionStatus outcome={outcomes[c.cohortId] ?? null} testId="apply-status" />
    </div>
  );
}
