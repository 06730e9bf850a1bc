import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import {
  type Column,
  DataTable,
  DateText,
  Form,
  PageHeader,
  Period,
  QueryState,
  Section,
  SelectField,
  TextField,
  useLocalName,
} from '../../kit';
import { type CatalogCohort, useApplyAction } from './apply-action';
import { CourseName, Hours, useEnrollmentWords } from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

interface Filters {
  q?: string;
  educationType?: 'general' | 'e_learning';
}

/**
 * 수강신청: the cohorts a trainee may apply for now, at their institute or another's that takes
 * officials of other provinces, with seats left, their agency's quota, and an apply button whose
 * outcome shows in its own row.
 */
export default function CatalogScreen() {
  const { t } = useEnrollmentWords();
  const session = useSession();
  const localName = useLocalName();
  const applyAction = useApplyAction();
  const [filters, setFilters] = useState<Filters>({});
  const form = useForm<Filters>({ mode: 'onTouched' });
  const catalog = $api.useQuery('get', '/api/enrollment/catalog', {
    params: {
      query: { ...(filters.q ? { q: filters.q } : {}), ...(filters.educationType ? { educationType: filters.educationType } : {}) },
    },
  });

  const columns: Column<CatalogCohort>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (c) => (
        <span className="enr-course">
          <span className="enr-course-name">
            {c.courseId ? (
              <Link to={`/course-apply/courses/${c.courseId}`} data-testid="course-page-link">
                <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} />
              </Link>
            ) : (
              <CourseName ko={c.courseNameKo} en={c.courseNameEn} code={c.courseCode} />
            )}
          </span>
          {c.courseCode && <span className="enr-code">{c.courseCode}</span>}
          {c.hostTenant && c.hostTenantId !== session?.user.tenantId && (
            <span className="enr-host">{t('hostedBy', { name: localName(c.hostTenant.nameKo, c.hostTenant.nameEn) })}</span>
          )}
        </span>
      ),
    },
    { key: 'period', header: t('col.period'), render: (c) => <Period start={c.startDate} end={c.endDate} /> },
    { key: 'hours', header: t('col.hours'), render: (c) => <Hours cohort={c} /> },
    { key: 'closes', header: t('col.closes'), render: (c) => <DateText date={c.applicationCloses} /> },
    {
      key: 'seats',
      header: t('col.seatsLeft'),
      align: 'end',
      render: (c) => (
        <span data-testid="seats-left">
          {t('catalog.seats', { free: c.free, capacity: c.capacity })}
          {c.waitlisted > 0 && <> · {t('catalog.waiting', { count: c.waitlisted })}</>}
        </span>
      ),
    },
    {
      key: 'quota',
      header: t('col.quota'),
      align: 'end',
      hideOnPhone: true,
      render: (c) =>
        c.myAgencyQuota ? t('catalog.quota', { confirmed: c.myAgencyQuota.confirmed, seats: c.myAgencyQuota.seats }) : t('dash'),
    },
    { key: 'action', header: t('col.action'), render: applyAction },
  ];

  return (
    <div data-testid="course-apply">
      <PageHeader title={t('catalog.title')} lead={t('catalog.intro')} />
      <Section title={t('catalog.filters')}>
        <Form
          form={form}
          submitLabel={t('searchCourses')}
          testId="catalog-filter"
          className="enr-filters"
          onSubmit={async (values) => setFilters({ q: values.q || undefined, educationType: values.educationType })}
        >
          <TextField name="q" type="search" label={t('catalog.search')} maxLength={100} testId="catalog-search" />
          <SelectField
            name="educationType"
            label={t('catalog.educationType')}
            placeholder={t('catalog.allTypes')}
            options={[
              { value: 'general', label: t('educationType.general') },
              { value: 'e_learning', label: t('educationType.e_learning') },
            ]}
            testId="catalog-type"
          />
        </Form>
      </Section>
      <Section title={t('catalog.table')}>
        <QueryState loading={catalog.isLoading} error={catalog.error} retry={() => catalog.refetch()} testId="catalog">
          <DataTable
            caption={t('catalog.table')}
            columns={columns}
            rows={catalog.data}
            rowKey={(c) => c.cohortId}
            rowTestId={(c) => `cohort-${c.cohortId}`}
            empty={t('catalog.empty')}
            testId="catalog-table"
          />
        </QueryState>
      </Section>
    </div>
  );
}
