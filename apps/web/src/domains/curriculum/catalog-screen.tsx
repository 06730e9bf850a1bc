import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import {
  Badge,
  type Column,
  DataTable,
  Form,
  Num,
  Pagination,
  PageHeader,
  QueryState,
  Section,
  SelectField,
  TextField,
  useLocalName,
} from '../../kit';
import { CatalogCarryForm } from './catalog-carry-form';
import { CategoryTree } from './category-tree';
import { CourseForm } from './course-form';
import { curriculum } from './i18n';
import { COURSE_STATUSES, DELIVERY_MODES, EDUCATION_TYPES, PLANNERS, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

type Course = Schemas['CourseView'];
const PAGE = 30;
/** The filters, as the address keeps them. */
const FILTERS = ['year', 'q', 'type', 'field', 'subfield', 'mode', 'status', 'origin'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/**
 * 과정 목록: a year's catalog, searched and filtered (the filters stay in the address), a course
 * added, and for planners the category tree (교육구분 › 분야 › 세부분야).
 */
export default function CatalogScreen() {
  const t = useCurriculumT();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters: Filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]).filter(([, v]) => v));
  const years = $api.useQuery('get', '/api/course-years');
  const categories = $api.useQuery('get', '/api/categories');
  const latest = years.data && years.data.length > 0 ? Math.max(...years.data) : undefined;
  const year = filters.year ? Number(filters.year) : latest;
  const courses = $api.useQuery(
    'get',
    '/api/courses',
    {
      params: {
        query: {
          fiscalYear: year,
          q: filters.q,
          educationType: filters.type as Schemas['EducationType'] | undefined,
          fieldCode: filters.field,
          subfieldCode: filters.subfield,
          deliveryMode: filters.mode as Schemas['DeliveryMode'] | undefined,
          yearStatus: filters.status as Schemas['CourseStatus'] | undefined,
          generated: filters.origin === undefined ? undefined : filters.origin === 'generated',
        },
      },
    },
    { enabled: year !== undefined, placeholderData: (previous) => previous },
  );
  const planner = Boolean(session && PLANNERS.includes(session.user.role));

  return (
    <div data-testid="catalog">
      <PageHeader title={t('catalog.title')} lead={t('catalog.lead')} />
      <QueryState
        loading={years.isPending || categories.isPending}
        error={years.error ?? categories.error}
        retry={() => void years.refetch()}
        testId="catalog-choices"
      >
        <CatalogFilters
          filters={{ ...filters, year: year === undefined ? undefined : String(year) }}
          years={years.data ?? []}
          categories={categories.data ?? []}
          onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]))}
        />
        <Section title={t('catalog.results')} testId="catalog-results">
          <QueryState loading={courses.isPending} error={courses.error} retry={() => void courses.refetch()} testId="catalog-table">
            <CourseTable courses={courses.data ?? []} categories={categories.data ?? []} />
          </QueryState>
        </Section>
        <Section title={t('course.new')} testId="course-new-section">
          <details className="cur-more">
            <summary data-testid="course-new-open">{t('course.newOpen')}</summary>
            <CourseForm defaultYear={year} categories={categories.data ?? []} />
          </details>
        </Section>
        {planner && (
          <Section title={t('carry.title')} testId="catalog-carry-section">
            <details className="cur-more">
              <summary data-testid="catalog-carry-open">{t('carry.open')}</summary>
              <CatalogCarryForm years={years.data ?? []} />
            </details>
          </Section>
        )}
        {planner && <CategoryTree categories={categories.data ?? []} />}
      </QueryState>
    </div>
  );
}

function CatalogFilters({
  filters,
  years,
  categories,
  onApply,
}: {
  filters: Filters;
  years: number[];
  categories: Schemas['CategoryView'][];
  onApply(filters: Filters): void;
}) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const form = useForm<Filters>({ defaultValues: filters });
  const field = form.watch('field');
  // A choice from a list applies at once; the search words apply with the button (or Enter).
  useEffect(() => {
    const subscription = form.watch((_, { name, type }) => {
      if (type !== 'change' || !name || name === 'q') return;
      if (name === 'field') form.setValue('subfield', '');
      onApply({ ...form.getValues(), ...(name === 'field' ? { subfield: '' } : {}) });
    });
    return () => subscription.unsubscribe();
  }, [form, onApply]);
  const all = t('all');
  return (
    <Form
      form={form}
      testId="catalog-filters"
      label={t('catalog.filters')}
      submitLabel={t('catalog.search')}
      onSubmit={async (values) => onApply(values)}
      className="cur-filters"
    >
      <div className="form-grid filters-grid">
        <SelectField
          name="year"
          label={t('col.year')}
          placeholder={false}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          testId="catalog-year"
        />
        <TextField name="q" type="search" label={t('catalog.q')} placeholder={t('catalog.qHint')} maxLength={100} testId="catalog-q" />
        <SelectField
          name="type"
          label={t('col.type')}
          placeholder={all}
          options={EDUCATION_TYPES.map((e) => ({ value: e, label: t(`educationType.${e}`) }))}
          testId="catalog-type"
        />
        <SelectField
          name="field"
          label={t('col.field')}
          placeholder={all}
          options={categories.filter((c) => c.kind === 'field').map((c) => ({ value: c.code, label: localName(c.nameKo, c.nameEn) }))}
          testId="catalog-field"
        />
        <SelectField
          name="subfield"
          label={t('col.subfield')}
          placeholder={all}
          options={categories
            .filter((c) => c.kind === 'subfield' && (!field || c.parentCode === field))
            .map((c) => ({ value: c.code, label: localName(c.nameKo, c.nameEn) }))}
          testId="catalog-subfield"
        />
        <SelectField
          name="mode"
          label={t('form.mode')}
          placeholder={all}
          options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          testId="catalog-mode"
        />
        <SelectField
          name="status"
          label={t('col.yearStatus')}
          placeholder={all}
          options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`courseStatus.${s}`) }))}
          testId="catalog-status"
        />
        <SelectField
          name="origin"
          label={t('catalog.origin')}
          placeholder={all}
          options={[
            { value: 'source', label: t('catalog.fromSource') },
            { value: 'generated', label: t('generated') },
          ]}
          testId="catalog-origin"
        />
      </div>
    </Form>
  );
}

function CourseTable({ courses, categories }: { courses: Course[]; categories: Schemas['CategoryView'][] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const [page, setPage] = useState(1);
  // A new search starts at its first page.
  useEffect(() => setPage(1), [courses]);
  const names = useMemo(() => new Map(categories.map((c) => [c.code, localName(c.nameKo, c.nameEn)])), [categories, localName]);
  const pages = Math.max(1, Math.ceil(courses.length / PAGE));
  const columns: Column<Course>[] = [
    { key: 'code', header: t('col.code'), render: (c) => <span className="code">{c.code}</span> },
    {
      key: 'name',
      header: t('col.course'),
      rowHeader: true,
      render: (c) => (
        <>
          <Link to={`/catalog/${c.id}`}>{localName(c.nameKo, c.nameEn)}</Link>
          {c.generated && (
            <>
              {' '}
              <Badge tone="gray">{t('generated')}</Badge>
            </>
          )}
        </>
      ),
    },
    {
      key: 'field',
      header: t('col.field'),
      render: (c) => `${names.get(c.fieldCode) ?? c.fieldCode}${c.subfieldCode ? ` › ${names.get(c.subfieldCode) ?? c.subfieldCode}` : ''}`,
    },
    { key: 'mode', header: t('form.mode'), render: (c) => t(`mode.${c.deliveryMode}`) },
    { key: 'hours', header: t('col.hours'), align: 'end', render: (c) => <Num value={c.hours} /> },
    { key: 'status', header: t('col.yearStatus'), render: (c) => <Badge tone="gray">{t(`courseStatus.${c.yearStatus}`)}</Badge> },
    { key: 'line', header: t('form.budgetLine'), render: (c) => <span className="code">{c.budgetLineCode ?? '—'}</span> },
  ];
  return (
    <>
      <p className="table-count" role="status" data-testid="catalog-count">
        {t('catalog.count', { count: courses.length })}
      </p>
      <DataTable
        caption={t('catalog.title')}
        columns={columns}
        rows={courses.slice((page - 1) * PAGE, page * PAGE)}
        rowKey={(c) => c.id}
        rowTestId="catalog-row"
        testId="catalog-table"
        narrow="scroll"
        empty={t('catalog.none')}
      />
      <Pagination page={page} pages={pages} onPage={setPage} testId="catalog-pages" />
    </>
  );
}
