import { Link, useParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import { type Column, DataTable, DateText, DetailList, KoName, PageHeader, Period, QueryState, Section, useLocalName } from '../../kit';
import { useApplyAction } from './apply-action';
import { Hours, useEnrollmentWords } from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type CoursePage = Schemas['CatalogCoursePageView'];
type PageCohort = Schemas['CatalogCoursePageCohortView'];

/**
 * 과정 안내: a course as a trainee reads it before applying: what it teaches, its hours and planned
 * sessions, whom it is for and who teaches it, and its cohorts from today on with seats left, the
 * agency's quota left and the catalog's apply button while a cohort takes applications.
 */
export default function CoursePageScreen() {
  const { courseId = '' } = useParams();
  const { t } = useEnrollmentWords();
  const page = $api.useQuery('get', '/api/enrollment/catalog/courses/{courseId}', { params: { path: { courseId } } });
  return (
    <div data-testid="course-page">
      <p className="enr-back">
        <Link to="/course-apply">{t('coursePage.back')}</Link>
      </p>
      <QueryState loading={page.isLoading} error={page.error} retry={() => page.refetch()} testId="course-page-state">
        {page.data && <CourseBody course={page.data} />}
      </QueryState>
    </div>
  );
}

function CourseBody({ course }: { course: CoursePage }) {
  const { t } = useEnrollmentWords();
  const session = useSession();
  const localName = useLocalName();
  const applyAction = useApplyAction();
  const trainee = session?.user.role === 'trainee';
  const description = localName(course.descriptionKo || null, course.descriptionEn || null);
  const grades =
    course.targetGrades.length > 0 ? course.targetGrades.map((g) => t('coursePage.grade', { g })).join(', ') : t('coursePage.allGrades');
  const host =
    course.hostTenant && course.hostTenantId !== session?.user.tenantId
      ? t('hostedBy', { name: localName(course.hostTenant.nameKo, course.hostTenant.nameEn) })
      : null;

  const columns: Column<PageCohort>[] = [
    { key: 'no', header: t('coursePage.cohort'), rowHeader: true, render: (c) => t('coursePage.cohortNo', { no: c.cohortNo }) },
    {
      key: 'period',
      header: t('col.period'),
      render: (c) => (
        <>
          <Period start={c.startDate} end={c.endDate} /> <Hours cohort={c} />
        </>
      ),
    },
    {
      key: 'place',
      header: t('coursePage.place'),
      hideOnPhone: true,
      render: (c) => (c.roomNameKo ? localName(c.roomNameKo, c.roomNameEn) : t(`coursePage.mode.${c.deliveryMode}`)),
    },
    {
      key: 'instructors',
      header: t('coursePage.instructors'),
      hideOnPhone: true,
      render: (c) => (c.instructors.length > 0 ? <KoName>{c.instructors.map((i) => i.name).join(', ')}</KoName> : t('dash')),
    },
    {
      key: 'applications',
      header: t('coursePage.applications'),
      render: (c) => (
        <>
          <DateText date={c.applicationOpens} /> – <DateText date={c.applicationCloses} />
        </>
      ),
    },
    {
      key: 'seats',
      header: t('col.seatsLeft'),
      align: 'end',
      render: (c) =>
        c.catalog ? (
          <span data-testid="seats-left">
            {t('catalog.seats', { free: c.catalog.free, capacity: c.catalog.capacity })}
            {c.catalog.waitlisted > 0 && <> · {t('catalog.waiting', { count: c.catalog.waitlisted })}</>}
          </span>
        ) : (
          t('coursePage.capacity', { capacity: c.capacity })
        ),
    },
    {
      key: 'quota',
      header: t('coursePage.quotaLeft'),
      align: 'end',
      render: (c) =>
        c.catalog?.myAgencyQuota
          ? t('coursePage.quota', {
              left: Math.max(0, c.catalog.myAgencyQuota.seats - c.catalog.myAgencyQuota.confirmed),
              seats: c.catalog.myAgencyQuota.seats,
            })
          : t('dash'),
    },
    {
      key: 'action',
      header: t('col.action'),
      render: (c) =>
        c.catalog && trainee ? (
          applyAction(c.catalog)
        ) : (
          <span className="cell-sub">{t(c.catalog ? 'coursePage.open' : 'coursePage.notOpen')}</span>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={localName(course.nameKo, course.nameEn)}
        lead={[`${course.code} · ${t('coursePage.year', { year: course.fiscalYear })}`, host].filter(Boolean).join(' · ')}
        testId="course-page-header"
      />
      <Section title={t('coursePage.about')} testId="course-about">
        <p className="enr-description" data-testid="course-description">
          {description || t('coursePage.noDescription')}
        </p>
        <DetailList
          testId="course-facts"
          items={[
            { label: t('catalog.educationType'), value: t(`educationType.${course.educationType}`) },
            { label: t('coursePage.deliveryMode'), value: t(`coursePage.mode.${course.deliveryMode}`) },
            { label: t('col.hours'), value: t('coursePage.hours', { hours: course.hours }) },
            {
              label: t('coursePage.sessions'),
              value:
                course.plannedSessions === null
                  ? t('coursePage.sessionsAlways')
                  : t('coursePage.sessionsCount', { count: course.plannedSessions }),
            },
            { label: t('coursePage.grades'), value: grades },
            ...(course.targetPositions.length > 0 ? [{ label: t('coursePage.positions'), value: course.targetPositions.join(', ') }] : []),
            {
              label: t('coursePage.completion'),
              value: t(course.completionRequiresAssessment ? 'coursePage.completionWithAssessment' : 'coursePage.completionRule', {
                percent: course.completionMinAttendancePercent,
              }),
            },
          ]}
        />
      </Section>
      <Section title={t('coursePage.instructors')} testId="course-instructors">
        {course.instructors.length === 0 ? (
          <p>{t('coursePage.noInstructors')}</p>
        ) : (
          <ul className="enr-instructors">
            {course.instructors.map((i) => (
              <li key={i.id}>
                <KoName>{i.name}</KoName>
                <span className="cell-sub">
                  {' '}
                  · {t(`coursePage.kind.${i.kind}`)}
                  {i.affiliation && (
                    <>
                      {' · '}
                      <KoName>{i.affiliation}</KoName>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('coursePage.cohorts')} testId="course-cohorts">
        <DataTable
          caption={t('coursePage.cohorts')}
          columns={columns}
          rows={course.cohorts}
          rowKey={(c) => c.id}
          rowTestId={(c) => `cohort-${c.id}`}
          empty={t('coursePage.noCohorts')}
          testId="course-cohorts-table"
        />
      </Section>
    </>
  );
}
