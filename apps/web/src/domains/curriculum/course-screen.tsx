import { Link, useParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { Badge, type Column, DataTable, DetailList, Num, PageHeader, Period, QueryState, Section, useLocalName } from '../../kit';
import { CourseForm } from './course-form';
import { curriculum } from './i18n';
import { CohortStatusBadge, localText, sum, useCurriculumT, useVersionLabel } from './shared';

registerCatalogue('curriculum', curriculum);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = { statusCode: 404, code: 'COURSE.NOT_FOUND', message: 'not found' };

/** A course in full: its catalog entry and where it comes from, its lines in each plan, its cohorts; edited in place. */
export default function CourseScreen() {
  const t = useCurriculumT();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const course = $api.useQuery('get', '/api/courses/{id}', { params: { path: { id } } }, { enabled: valid });
  const categories = $api.useQuery('get', '/api/categories');
  const localName = useLocalName();
  const title = course.data ? localName(course.data.nameKo, course.data.nameEn) : t('course.title');
  return (
    <div data-testid="course">
      <PageHeader title={title} lead={<Link to="/catalog">{t('catalog.back')}</Link>} />
      <QueryState
        loading={valid && (course.isPending || categories.isPending)}
        error={valid ? (course.error ?? categories.error) : NOT_FOUND}
        retry={() => void course.refetch()}
        testId="course"
      >
        {course.data && <CourseDetail course={course.data} categories={categories.data ?? []} />}
      </QueryState>
    </div>
  );
}

function CourseDetail({ course, categories }: { course: Schemas['CourseDetailView']; categories: Schemas['CategoryView'][] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const versionLabel = useVersionLabel();
  const category = (code: string | null) => {
    const c = categories.find((x) => x.code === code);
    return c ? localName(c.nameKo, c.nameEn) : (code ?? '');
  };
  const eLearning = course.educationType === 'e_learning';
  const pair = (sessions: number, trainees: number) =>
    eLearning ? t('alwaysOpenTrainees', { trainees }) : t('sessionsTrainees', { sessions, trainees });
  type Plan = Schemas['CoursePlanView'];
  const planColumns: Column<Plan>[] = [
    { key: 'version', header: t('col.version'), rowHeader: true, render: (p) => versionLabel(p) },
    ...[0, 1, 2, 3].map((q): Column<Plan> => ({
      key: `q${q + 1}`,
      header: t('col.quarter', { q: q + 1 }),
      align: 'end',
      render: (p) => pair(p.sessions[q], p.trainees[q]),
    })),
    { key: 'total', header: t('total'), align: 'end', render: (p) => pair(sum(p.sessions), sum(p.trainees)) },
  ];
  type Cohort = Schemas['CohortView'];
  const cohortColumns: Column<Cohort>[] = [
    { key: 'no', header: t('col.cohort'), rowHeader: true, render: (c) => t('cohortNo', { no: c.cohortNo }) },
    {
      key: 'period',
      header: t('col.period'),
      render: (c) => (
        <>
          <Period start={c.startDate} end={c.endDate} />{' '}
          <span className="cell-sub">
            {c.dailyStartTime}–{c.dailyEndTime}
          </span>
        </>
      ),
    },
    { key: 'room', header: t('col.room'), render: (c) => (c.roomNameKo ? localName(c.roomNameKo, c.roomNameEn) : t('noRoom')) },
    { key: 'capacity', header: t('seats.capacity'), align: 'end', render: (c) => <Num value={c.capacity} /> },
    { key: 'status', header: t('col.status'), render: (c) => <CohortStatusBadge status={c.status} /> },
    {
      key: 'edit',
      header: t('col.actions'),
      render: (c) =>
        c.status === 'scheduled' ? (
          <Link
            to={`/cohorts/${c.id}/edit`}
            aria-label={t('editCohort', { course: localName(course.nameKo, course.nameEn), no: c.cohortNo })}
          >
            {t('edit')}
          </Link>
        ) : null,
    },
  ];
  const targets = [...course.targetGrades.map((g) => t('grade', { g })), ...course.targetPositions].join(', ') || t('all');
  return (
    <>
      <Section title={t('course.facts')} testId="course-facts">
        {course.generated && (
          <p>
            <Badge tone="gray">{t('generated')}</Badge> {t('generatedHint')}
          </p>
        )}
        <DetailList
          items={[
            { label: t('col.code'), value: course.code },
            ...(course.descriptionKo || course.descriptionEn
              ? [{ label: t('course.descriptionKo'), value: localName(course.descriptionKo || null, course.descriptionEn || null) }]
              : []),
            { label: t('col.year'), value: course.fiscalYear },
            { label: t('col.type'), value: t(`educationType.${course.educationType}`) },
            {
              label: t('col.field'),
              value: `${category(course.fieldCode)}${course.subfieldCode ? ` › ${category(course.subfieldCode)}` : ''}`,
            },
            { label: t('form.mode'), value: t(`mode.${course.deliveryMode}`) },
            { label: t('col.hours'), value: t('hours', { hours: course.hours }) },
            { label: t('course.targets'), value: targets },
            { label: t('course.otherProvinces'), value: t(course.openToOtherProvinces ? 'yes' : 'no') },
            { label: t('col.yearStatus'), value: t(`courseStatus.${course.yearStatus}`) },
            ...(course.replaces
              ? [
                  {
                    label: t('course.replaces'),
                    value: (
                      <Link to={`/catalog/${course.replaces.id}`}>
                        {`${course.replaces.fiscalYear} ` +
                          `${localName(course.replaces.nameKo, course.replaces.nameEn)} ` +
                          `(${course.replaces.code})`}
                      </Link>
                    ),
                  },
                ]
              : []),
            ...(course.replacedBy.length > 0
              ? [
                  {
                    label: t('course.replacedBy'),
                    value: (
                      <span className="link-list">
                        {course.replacedBy.map((r) => (
                          <Link key={r.id} to={`/catalog/${r.id}`}>{`${r.fiscalYear} ${localName(r.nameKo, r.nameEn)} (${r.code})`}</Link>
                        ))}
                      </span>
                    ),
                  },
                ]
              : []),
            { label: t('form.budgetLine'), value: course.budgetLineCode ?? '—' },
            {
              label: t('course.completion'),
              value: t(course.completionRequiresAssessment ? 'course.completionWithAssessment' : 'course.completionRule', {
                percent: course.completionMinAttendancePercent,
              }),
            },
            ...(course.sourceNote ? [{ label: t('course.source'), value: localText(course.sourceNote) }] : []),
          ]}
        />
      </Section>
      <Section title={t('course.plans')} testId="course-plans">
        <DataTable
          caption={t('course.plans')}
          columns={planColumns}
          rows={course.plans}
          rowKey={(p) => p.versionId}
          testId="course-plans-table"
          narrow="scroll"
          empty={t('course.noPlans')}
        />
      </Section>
      <Section
        title={t('course.cohorts')}
        testId="course-cohorts"
        actions={
          <Link
            to={`/cohorts?course=${course.id}&year=${course.fiscalYear}`}
            className="krds-btn small secondary"
            data-testid="course-schedule"
          >
            {t('course.schedule')}
          </Link>
        }
      >
        <DataTable
          caption={t('course.cohorts')}
          columns={cohortColumns}
          rows={course.cohorts}
          rowKey={(c) => c.id}
          testId="course-cohorts-table"
          narrow="scroll"
          empty={t('cohorts.empty')}
        />
      </Section>
      <Section title={t('course.edit')} testId="course-edit-section">
        <details className="cur-more">
          <summary data-testid="course-edit-open">{t('course.editOpen')}</summary>
          <CourseForm course={course} categories={categories} />
        </details>
      </Section>
    </>
  );
}
