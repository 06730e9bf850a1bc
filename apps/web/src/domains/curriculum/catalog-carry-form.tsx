import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { api, type Schemas, unwrap } from '../../api/client';
import { Form, NumberField, type Problem, SelectField } from '../../kit';
import { refreshPaths } from './cohort-data';
import { useCurriculumT } from './shared';

interface CarryValues {
  fromYear?: string;
  toYear?: number;
}

/** The later year only (COURSE_YEAR.NOT_LATER), checked before the server is asked. */
const laterRule = (toYear: unknown, v: Partial<CarryValues>): Problem | null =>
  typeof toYear === 'number' && v.fromYear && toYear <= Number(v.fromYear)
    ? { code: 'COURSE_YEAR.NOT_LATER', params: { fromYear: Number(v.fromYear), toYear } }
    : null;

/**
 * 과정 이월, for planners: a new year's catalog starts as a copy of an earlier one (every course
 * 계속), so that cohorts of that year can be scheduled; courses are then changed one by one.
 */
export function CatalogCarryForm({ years }: { years: number[] }) {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const latest = years.length > 0 ? Math.max(...years) : undefined;
  const form = useForm<CarryValues>({
    mode: 'onTouched',
    defaultValues: { fromYear: latest === undefined ? undefined : String(latest), toYear: latest === undefined ? undefined : latest + 1 },
  });
  return (
    <Form
      form={form}
      testId="catalog-carry"
      label={t('carry.title')}
      submitLabel={t('carry.submit')}
      success={(carried: Schemas['CatalogCarriedView']) => t('carry.done', { year: carried.fiscalYear, courses: carried.courses })}
      onSubmit={async (v) => {
        const carried = await unwrap(api.POST('/api/course-years', { body: { fromYear: Number(v.fromYear), toYear: v.toYear! } }));
        void refreshPaths(queryClient, ['/api/course-years', '/api/courses']);
        return carried;
      }}
    >
      <p className="section-lead">{t('carry.lead')}</p>
      <div className="form-grid">
        <SelectField
          name="fromYear"
          label={t('carry.from')}
          required
          placeholder={false}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          testId="catalog-carry-from"
        />
        <NumberField name="toYear" label={t('carry.to')} required min={2000} max={2100} validate={laterRule} testId="catalog-carry-to" />
      </div>
    </Form>
  );
}
