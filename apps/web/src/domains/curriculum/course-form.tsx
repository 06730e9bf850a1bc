import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import {
  CheckboxField,
  ChoiceField,
  Form,
  NumberField,
  type Problem,
  SelectField,
  TextAreaField,
  TextField,
  useLocalName,
} from '../../kit';
import { refreshPaths } from './cohort-data';
import { COURSE_STATUSES, DELIVERY_MODES, EDUCATION_TYPES, PATTERNS, useCurriculumT } from './shared';

interface CourseValues {
  fiscalYear?: number;
  code?: string;
  nameKo?: string;
  nameEn?: string;
  descriptionKo?: string;
  descriptionEn?: string;
  educationType?: Schemas['EducationType'];
  fieldCode?: string;
  subfieldCode?: string;
  deliveryMode?: Schemas['DeliveryMode'];
  hours?: number;
  budgetLineCode?: string;
  yearStatus?: Schemas['CourseStatus'];
  replacesCourseId?: string;
  /** Checkbox values are text; the API takes numbers. */
  targetGrades?: string[] | string | false;
  openToOtherProvinces?: boolean;
  completionMinAttendancePercent?: number;
  completionRequiresAssessment?: boolean;
}

const GRADES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const CATALOG_PATHS = [
  '/api/courses',
  '/api/courses/{id}',
  '/api/course-years',
  '/api/plans/reports/summary',
  '/api/plans/reports/delivery-modes',
  '/api/plans/reports/restructuring',
  '/api/plans/reports/quarters',
  '/api/plans/reports/year-on-year',
];

/** Codes are upper-case; what is typed is upper-cased before it is checked and sent. */
const codeRule = (value: unknown): Problem | null =>
  typeof value === 'string' && value !== '' && !PATTERNS.code.test(value.toUpperCase()) ? { code: 'VALIDATION.FORMAT' } : null;
/** E-learning courses, and only they, are delivered as e-learning (COURSE.E_LEARNING_MODE). */
const modeRule = (mode: unknown, v: Partial<CourseValues>): Problem | null =>
  typeof mode === 'string' && v.educationType && (v.educationType === 'e_learning') !== (mode === 'e_learning')
    ? { code: 'COURSE.E_LEARNING_MODE', params: { educationType: v.educationType, deliveryMode: mode } }
    : null;

const gradesOf = (value: CourseValues['targetGrades']): number[] => (Array.isArray(value) ? value : value ? [value] : []).map(Number);

/** 과정 추가 (a year's catalog) or 과정 정보 수정 (every field but the year and the code). */
export function CourseForm({
  course,
  defaultYear,
  categories,
  onSaved,
}: {
  course?: Schemas['CourseDetailView'];
  defaultYear?: number;
  categories: Schemas['CategoryView'][];
  onSaved?: (saved: Schemas['CourseView']) => void;
}) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const queryClient = useQueryClient();
  const editing = Boolean(course);
  const form = useForm<CourseValues>({
    mode: 'onTouched',
    defaultValues: course
      ? {
          nameKo: course.nameKo,
          nameEn: course.nameEn,
          descriptionKo: course.descriptionKo,
          descriptionEn: course.descriptionEn,
          educationType: course.educationType,
          fieldCode: course.fieldCode,
          subfieldCode: course.subfieldCode ?? '',
          deliveryMode: course.deliveryMode,
          hours: course.hours,
          budgetLineCode: course.budgetLineCode ?? '',
          yearStatus: course.yearStatus,
          replacesCourseId: course.replacesCourseId ?? '',
          targetGrades: course.targetGrades.map(String),
          openToOtherProvinces: course.openToOtherProvinces,
          completionMinAttendancePercent: course.completionMinAttendancePercent,
          completionRequiresAssessment: course.completionRequiresAssessment,
        }
      : {
          fiscalYear: defaultYear,
          educationType: 'general',
          deliveryMode: 'face_to_face',
          yearStatus: 'new',
          targetGrades: [],
          subfieldCode: '',
          completionMinAttendancePercent: 80,
        },
  });
  const fieldCode = form.watch('fieldCode');
  const yearStatus = form.watch('yearStatus');
  const fiscalYear = course?.fiscalYear ?? form.watch('fiscalYear');
  const merged = yearStatus === 'merged';
  // A merged course (통합·대체) replaces one of the year before.
  const earlier = $api.useQuery(
    'get',
    '/api/courses',
    { params: { query: { fiscalYear: (fiscalYear ?? 2001) - 1 } } },
    { enabled: merged && typeof fiscalYear === 'number' && fiscalYear > 2000 },
  );

  useEffect(() => {
    const subscription = form.watch((_, { name, type }) => {
      if (name === 'fieldCode' && type === 'change') form.setValue('subfieldCode', '');
    });
    return () => subscription.unsubscribe();
  }, [form]);
  // The replaced course arrives with the list of the year before: choose it again then.
  useEffect(() => {
    if (course?.replacesCourseId && earlier.data) form.setValue('replacesCourseId', course.replacesCourseId);
  }, [earlier.data, course, form]);

  const fields = categories.filter((c) => c.kind === 'field').map((c) => ({ value: c.code, label: localName(c.nameKo, c.nameEn) }));
  const subfields = categories
    .filter((c) => c.kind === 'subfield' && c.parentCode === fieldCode)
    .map((c) => ({ value: c.code, label: localName(c.nameKo, c.nameEn) }));
  const prefix = editing ? 'course-edit' : 'course-new';

  return (
    <Form
      form={form}
      testId={prefix}
      label={editing ? t('course.edit') : t('course.new')}
      submitLabel={editing ? t('course.save') : t('course.add')}
      resetOnSuccess={!editing}
      success={(saved: Schemas['CourseView']) =>
        editing ? t('course.saved') : t('course.added', { name: localName(saved.nameKo, saved.nameEn), code: saved.code })
      }
      onSubmit={async (v) => {
        const body = {
          nameKo: v.nameKo!,
          nameEn: v.nameEn!,
          descriptionKo: v.descriptionKo ?? '',
          descriptionEn: v.descriptionEn ?? '',
          educationType: v.educationType!,
          fieldCode: v.fieldCode!,
          subfieldCode: v.subfieldCode || undefined,
          deliveryMode: v.deliveryMode!,
          hours: v.hours!,
          budgetLineCode: v.budgetLineCode ? v.budgetLineCode.toUpperCase() : undefined,
          yearStatus: v.yearStatus,
          replacesCourseId: v.yearStatus === 'merged' ? v.replacesCourseId || undefined : undefined,
          targetGrades: gradesOf(v.targetGrades),
          openToOtherProvinces: Boolean(v.openToOtherProvinces),
          completionMinAttendancePercent: v.completionMinAttendancePercent,
          completionRequiresAssessment: Boolean(v.completionRequiresAssessment),
        };
        const saved = course
          ? await unwrap(api.PATCH('/api/courses/{id}', { params: { path: { id: course.id } }, body }))
          : await unwrap(api.POST('/api/courses', { body: { ...body, fiscalYear: v.fiscalYear!, code: v.code!.toUpperCase() } }));
        void refreshPaths(queryClient, CATALOG_PATHS);
        onSaved?.(saved);
        return saved;
      }}
    >
      <div className="form-grid">
        {!editing && <NumberField name="fiscalYear" label={t('course.year')} required min={2000} max={2100} testId={`${prefix}-year`} />}
        {!editing && (
          <TextField
            name="code"
            label={t('course.code')}
            hint={t('course.codeHint')}
            required
            maxLength={40}
            validate={codeRule}
            testId={`${prefix}-code`}
          />
        )}
        <TextField name="nameKo" label={t('course.nameKo')} required maxLength={200} testId={`${prefix}-name-ko`} />
        <TextField name="nameEn" label={t('course.nameEn')} required maxLength={200} testId={`${prefix}-name-en`} />
        <TextAreaField
          name="descriptionKo"
          label={t('course.descriptionKo')}
          hint={t('course.descriptionHint')}
          maxLength={4000}
          testId={`${prefix}-description-ko`}
        />
        <TextAreaField name="descriptionEn" label={t('course.descriptionEn')} maxLength={4000} testId={`${prefix}-description-en`} />
        <SelectField
          name="educationType"
          label={t('col.type')}
          required
          placeholder={false}
          options={EDUCATION_TYPES.map((e) => ({ value: e, label: t(`educationType.${e}`) }))}
          testId={`${prefix}-type`}
        />
        <SelectField name="fieldCode" label={t('col.field')} required options={fields} testId={`${prefix}-field`} />
        <SelectField
          name="subfieldCode"
          label={t('col.subfield')}
          options={subfields}
          placeholder={t('none')}
          testId={`${prefix}-subfield`}
        />
        <SelectField
          name="deliveryMode"
          label={t('form.mode')}
          required
          placeholder={false}
          options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          validate={modeRule}
          testId={`${prefix}-mode`}
        />
        <NumberField name="hours" label={t('col.hours')} unit={t('unit.hours')} required min={0} max={5000} testId={`${prefix}-hours`} />
        <TextField
          name="budgetLineCode"
          label={t('form.budgetLine')}
          hint={t('course.lineHint')}
          maxLength={40}
          validate={codeRule}
          testId={`${prefix}-budget-line`}
        />
        <SelectField
          name="yearStatus"
          label={t('col.yearStatus')}
          required
          placeholder={false}
          options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`courseStatus.${s}`) }))}
          testId={`${prefix}-status`}
        />
        {merged && (
          <SelectField
            name="replacesCourseId"
            label={t('course.replaces')}
            hint={t('course.replacesHint', { year: (fiscalYear ?? 0) - 1 })}
            required
            options={(earlier.data ?? []).map((c) => ({ value: c.id, label: `${localName(c.nameKo, c.nameEn)} (${c.code})` }))}
            testId={`${prefix}-replaces`}
          />
        )}
        <NumberField
          name="completionMinAttendancePercent"
          label={t('course.minAttendance')}
          unit="%"
          min={0}
          max={100}
          testId={`${prefix}-completion`}
        />
      </div>
      <ChoiceField
        name="targetGrades"
        label={t('course.targetGrades')}
        multiple
        options={GRADES.map((g) => ({ value: g, label: t('grade', { g }) }))}
        testId={`${prefix}-grades`}
      />
      <CheckboxField name="openToOtherProvinces" label={t('course.otherProvinces')} testId={`${prefix}-other-provinces`} />
      <CheckboxField name="completionRequiresAssessment" label={t('course.requiresAssessment')} testId={`${prefix}-assessment`} />
    </Form>
  );
}
