import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { get, useFieldArray, useForm, useFormState } from 'react-hook-form';
import { $api, api, ApiError, type Schemas, unwrap } from '../../api/client';
import { formatWon } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import {
  Button,
  ChoiceField,
  DateField,
  FieldGroup,
  Form,
  NumberField,
  QueryState,
  SelectField,
  TextAreaField,
  TextField,
  useLocalName,
  Won,
} from '../../kit';
import { refreshCohortData, refusal } from './cohort-data';
import {
  agencyCodeRule,
  applicationClosesRule,
  cancellationClosesRule,
  changeBody,
  type CohortFormValues,
  courseYearChoices,
  endNotBeforeStart,
  hoursInOrder,
  minimumFillCutoffRule,
  minimumFillRule,
  quotasProblem,
  scheduleBody,
  valuesOf,
  whollyPast,
} from './cohort-rules';
import { useConfirm } from './confirm';
import { APPROVALS, DELIVERY_MODES, MAX_COHORT_COST, seoulToday, useCurriculumT } from './shared';

type Cohort = Schemas['CohortPageView'];
type Saved = Schemas['ScheduledCohortPageView'];

/** Fields of the "more settings" part: it opens by itself when one of them has a problem. */
const ADVANCED = [
  'deliveryMode',
  'applicationOpens',
  'applicationCloses',
  'cancellationCloses',
  'minimumFill',
  'minimumFillCutoff',
  'approval',
  'agencyQuotas',
];

export interface CohortFormProps {
  /** The cohort to change; none to schedule a new one. */
  cohort?: Cohort;
  /** Values to start a new cohort with (a course from the catalog, hours a survey suggests). */
  preset?: { courseId?: string; year?: string; start?: string; end?: string };
  onSaved?: (saved: Saved) => void;
}

/**
 * 기수 편성 / 기수 변경: the form loads its choices (the catalog's years and courses, budget lines
 * with what is left on them, rooms with their seats now, instructors) before it shows.
 */
export function CohortForm(props: CohortFormProps) {
  const editing = Boolean(props.cohort);
  const years = $api.useQuery('get', '/api/course-years', {}, { enabled: !editing });
  const lines = $api.useQuery('get', '/api/budget-lines');
  const rooms = $api.useQuery('get', '/api/rooms');
  const instructors = $api.useQuery('get', '/api/instructors');
  const loading = (!editing && years.isPending) || lines.isPending || rooms.isPending || instructors.isPending;
  const error = (!editing && years.error) || lines.error || rooms.error || instructors.error;
  return (
    <QueryState loading={loading} error={error} testId="cohort-form">
      {!loading && !error && (
        <CohortFormBody
          {...props}
          years={years.data ?? []}
          lines={lines.data ?? []}
          rooms={rooms.data ?? []}
          instructors={instructors.data ?? []}
        />
      )}
    </QueryState>
  );
}

interface Choices {
  years: number[];
  lines: Schemas['ChargeableBudgetLineView'][];
  rooms: Schemas['RoomView'][];
  instructors: Schemas['InstructorView'][];
}

function CohortFormBody({ cohort, preset, onSaved, years, lines, rooms, instructors }: CohortFormProps & Choices) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const queryClient = useQueryClient();
  const editing = Boolean(cohort);
  const latestYear = years.length > 0 ? String(Math.max(...years)) : undefined;
  const defaults = useMemo<CohortFormValues>(
    () =>
      cohort
        ? valuesOf(cohort)
        : {
            courseYear: preset?.year && years.includes(Number(preset.year)) ? preset.year : latestYear,
            courseId: preset?.courseId ?? '',
            dailyStartTime: preset?.start ?? '',
            dailyEndTime: preset?.end ?? '',
            roomId: '',
            instructorIds: [],
            agencyQuotas: [],
          },
    // The form starts once, from what the page had when it opened.
    [],
  );
  const form = useForm<CohortFormValues>({ mode: 'onTouched', defaultValues: defaults });
  const quotas = useFieldArray({ control: form.control, name: 'agencyQuotas' });
  // Quotas of agencies deactivated since: kept as they were, marked.
  const inactiveAgencies = useMemo(
    () => new Set((cohort?.agencyQuotas ?? []).filter((q) => !q.agencyActive).map((q) => q.agencyCode)),
    [cohort],
  );
  const { errors } = useFormState({ control: form.control });
  const [conflicts, setConflicts] = useState<Schemas['CohortBookingConflictView'][]>([]);
  const [moreOpen, setMoreOpen] = useState(editing);
  const advancedProblem = ADVANCED.some((name) => get(errors, name));

  const year = form.watch('courseYear');
  const courses = $api.useQuery(
    'get',
    '/api/courses',
    { params: { query: { fiscalYear: Number(year) } } },
    { enabled: !editing && Boolean(year) },
  );
  const cost = form.watch('estimatedCost');

  // A course chosen from a link arrives before its year's list: choose it again once the list is there.
  useEffect(() => {
    const wanted = form.getValues('courseId');
    if (wanted && courses.data?.some((c) => c.id === wanted)) form.setValue('courseId', wanted);
  }, [courses.data, form]);

  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      // Another year lists other courses.
      if (name === 'courseYear') form.setValue('courseId', '');
      // A start date picks its own year's catalog while no course is chosen yet.
      if (name === 'startDate' && !values.courseId && values.startDate && /^\d{4}-/.test(values.startDate)) {
        const startYear = values.startDate.slice(0, 4);
        if (values.courseYear !== startYear) form.setValue('courseYear', startYear);
      }
      // A chosen course brings its budget line along.
      if (name === 'courseId') {
        const course = courses.data?.find((c) => c.id === values.courseId);
        if (course?.budgetLineCode && lines.some((l) => l.code === course.budgetLineCode))
          form.setValue('budgetLineCode', course.budgetLineCode);
      }
      // Another room (or none) resolves the clash the server named.
      if (
        name === 'roomId' ||
        name === 'instructorIds' ||
        name === 'startDate' ||
        name === 'endDate' ||
        name === 'dailyStartTime' ||
        name === 'dailyEndTime'
      )
        setConflicts([]);
    });
    return () => subscription.unsubscribe();
  }, [form, courses.data, lines]);

  const lang = currentLanguage();
  const courseOptions = (courses.data ?? []).map((c) => ({ value: c.id, label: `${localName(c.nameKo, c.nameEn)} (${c.code})` }));
  const lineOptions = lines.map((l) => ({
    value: l.code,
    label: t('form.lineOption', { code: l.code, name: localName(l.nameKo, l.nameEn), remaining: formatWon(l.remaining, lang) }),
  }));
  // A cohort's line that is not among this year's lines still shows as chosen.
  if (cohort && !lines.some((l) => l.code === cohort.budgetLineCode))
    lineOptions.push({ value: cohort.budgetLineCode, label: cohort.budgetLineCode });
  const roomOptions = rooms.map((r) => ({
    value: r.id,
    label: t('form.roomOption', { name: localName(r.nameKo, r.nameEn), seats: r.seatsNow }),
  }));
  const instructorOptions = instructors.map((i) => ({
    value: i.id,
    label: i.specialties.length > 0 ? `${i.name} · ${i.specialties.slice(0, 2).join(', ')}` : i.name,
  }));

  const submit = async (values: CohortFormValues): Promise<Saved> => {
    setConflicts([]);
    const quotaProblem = quotasProblem(values);
    if (quotaProblem) throw refusal([{ field: 'agencyQuotas', ...quotaProblem }]);
    try {
      const saved = cohort
        ? await unwrap(api.PATCH('/api/cohorts/{id}', { params: { path: { id: cohort.id } }, body: changeBody(values) }))
        : await unwrap(api.POST('/api/cohorts', { body: scheduleBody(values) }));
      await refreshCohortData(queryClient);
      onSaved?.(saved);
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        setConflicts((error.body as unknown as Schemas['CohortConflictErrorView']).conflicts ?? []);
      throw error;
    }
  };

  // Scheduling a cohort that has already ended is asked about, and its reason is asked for.
  const past = !editing && whollyPast({ endDate: form.watch('endDate') }, seoulToday());
  const pastConfirm = useConfirm(t('form.pastTitle'), t('form.pastConfirm'), 'cohort-past-confirm');

  const savedText = (saved: Saved) => {
    const course = localName(saved.courseNameKo, saved.courseNameEn);
    const base = editing
      ? t('form.changed', { course, no: saved.cohortNo })
      : t('form.scheduled', { course, no: saved.cohortNo, start: saved.startDate, end: saved.endDate });
    return saved.limitedByDistancing ? `${base} ${t('form.distancingApplied', { capacity: saved.capacity })}` : base;
  };

  return (
    <Form
      form={form}
      testId="cohort-form"
      label={editing ? t('form.editTitle') : t('form.title')}
      submitLabel={editing ? t('form.saveChange') : t('form.submit')}
      success={savedText}
      resetOnSuccess={!editing}
      onSubmit={submit}
      confirm={(values) =>
        !editing && whollyPast(values, seoulToday()) ? pastConfirm.ask(t('form.pastQuestion', { end: values.endDate })) : true
      }
      className="cohort-form"
    >
      <div className="form-grid">
        {!editing && (
          <>
            <SelectField
              name="courseYear"
              label={t('form.courseYear')}
              options={courseYearChoices(years, form.watch('startDate')).map((y) => ({ value: String(y), label: String(y) }))}
              placeholder={false}
              hint={courses.data && courses.data.length === 0 ? t('form.noCoursesInYear', { year }) : undefined}
              testId="cohort-course-year"
            />
            <SelectField name="courseId" label={t('form.course')} required options={courseOptions} testId="cohort-course" />
          </>
        )}
        <DateField name="startDate" label={t('form.start')} required testId="cohort-start" />
        <DateField name="endDate" label={t('form.end')} required validate={endNotBeforeStart} testId="cohort-end" />
        <DateField name="dailyStartTime" type="time" label={t('form.dailyStart')} hint={t('form.dailyHint')} testId="cohort-daily-start" />
        <DateField name="dailyEndTime" type="time" label={t('form.dailyEnd')} validate={hoursInOrder} testId="cohort-daily-end" />
        <NumberField
          name="capacity"
          label={t('form.capacity')}
          unit={t('unit.people')}
          required
          min={1}
          max={2000}
          testId="cohort-capacity"
        />
        <NumberField
          name="estimatedCost"
          label={t('form.cost')}
          unit={t('unit.won')}
          required
          min={0}
          max={MAX_COHORT_COST}
          hint={
            typeof cost === 'number' && !Number.isNaN(cost) ? (
              <span data-testid="cohort-cost-preview">
                <Won amount={Math.trunc(cost)} />
              </span>
            ) : (
              t('form.costHint')
            )
          }
          testId="cohort-cost"
        />
        <SelectField
          name="budgetLineCode"
          label={t('form.budgetLine')}
          options={lineOptions}
          placeholder={t('form.courseLine')}
          testId="cohort-budget-line"
        />
        <div className="room-field">
          <SelectField name="roomId" label={t('form.room')} options={roomOptions} placeholder={t('form.noRoom')} testId="cohort-room" />
          {conflicts.length > 1 && (
            <ul className="cur-conflicts" data-testid="cohort-conflicts" aria-label={t('conflict.all')}>
              {conflicts.map((c) => (
                <li key={`${c.resource}-${c.resourceId}-${c.cohortId}`} data-testid="cohort-conflict">
                  {t(c.resource === 'room' ? 'conflict.room' : 'conflict.instructor', {
                    name: c.resourceName,
                    course: localName(c.courseNameKo, c.courseNameEn),
                    no: c.cohortNo,
                    start: c.startDate,
                    end: c.endDate,
                    hours: `${c.dailyStartTime}–${c.dailyEndTime}`,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {instructorOptions.length > 0 ? (
        <ChoiceField
          name="instructorIds"
          label={t('form.instructors')}
          multiple
          options={instructorOptions}
          testId="cohort-instructors"
          validate={(v) => (Array.isArray(v) && v.length > 10 ? { code: 'VALIDATION.MAX_ITEMS', params: { max: 10 } } : null)}
        />
      ) : (
        <p className="state-line">{t('form.noInstructors')}</p>
      )}
      <details className="cur-more" open={moreOpen || advancedProblem} onToggle={(e) => setMoreOpen((e.target as HTMLDetailsElement).open)}>
        <summary data-testid="cohort-more">{t('form.more')}</summary>
        <div className="form-grid">
          <SelectField
            name="deliveryMode"
            label={t('form.mode')}
            hint={t('form.modeHint')}
            options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
            placeholder={t('form.courseDefault')}
            testId="cohort-mode"
          />
          <SelectField
            name="approval"
            label={t('form.approval')}
            options={APPROVALS.map((a) => ({ value: a, label: t(`approval.${a}`) }))}
            placeholder={t('form.defaultApproval')}
            testId="cohort-approval"
          />
          <DateField
            name="applicationOpens"
            label={t('form.applicationOpens')}
            hint={t('form.applicationOpensHint')}
            testId="cohort-app-opens"
          />
          <DateField
            name="applicationCloses"
            label={t('form.applicationCloses')}
            hint={t('form.applicationClosesHint')}
            validate={applicationClosesRule}
            testId="cohort-app-closes"
          />
          <DateField
            name="cancellationCloses"
            label={t('form.cancellationCloses')}
            validate={cancellationClosesRule}
            testId="cohort-cancel-closes"
          />
          <NumberField
            name="minimumFill"
            label={t('form.minimumFill')}
            unit={t('unit.people')}
            min={0}
            max={2000}
            validate={minimumFillRule}
            testId="cohort-min-fill"
          />
          <DateField
            name="minimumFillCutoff"
            label={t('form.minimumFillCutoff')}
            validate={minimumFillCutoffRule}
            testId="cohort-min-fill-cutoff"
          />
        </div>
        <FieldGroup name="agencyQuotas" legend={t('form.quotas')} hint={t('form.quotasHint')} testId="cohort-quotas">
          {quotas.fields.length === 0 && <p className="state-line">{t('form.noQuotas')}</p>}
          {quotas.fields.map((row, i) => (
            <div className="quota-row" key={row.id} data-testid="cohort-quota">
              <TextField
                name={`agencyQuotas.${i}.agencyCode`}
                label={t('form.quotaAgency', { n: i + 1 })}
                required
                maxLength={40}
                validate={agencyCodeRule}
                testId={`cohort-quota-agency-${i}`}
              />
              <NumberField
                name={`agencyQuotas.${i}.seats`}
                label={t('form.quotaSeats', { n: i + 1 })}
                unit={t('unit.people')}
                required
                min={0}
                max={2000}
                testId={`cohort-quota-seats-${i}`}
              />
              {inactiveAgencies.has(row.agencyCode ?? '') && (
                <p className="state-line" data-testid={`cohort-quota-inactive-${i}`}>
                  {t('form.quotaAgencyInactive')}
                </p>
              )}
              <Button size="small" variant="tertiary" onClick={() => quotas.remove(i)} testId={`cohort-quota-remove-${i}`}>
                {t('form.quotaRemove', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <div className="button-row">
            <Button
              size="small"
              variant="secondary"
              onClick={() => quotas.append({ agencyCode: '', seats: undefined })}
              testId="cohort-quota-add"
            >
              {t('form.quotaAdd')}
            </Button>
          </div>
        </FieldGroup>
      </details>
      {past && (
        <TextAreaField
          name="pastReason"
          label={t('form.pastReason')}
          hint={t('form.pastReasonHint')}
          required
          maxLength={500}
          rows={2}
          testId="cohort-past-reason"
        />
      )}
      {pastConfirm.dialog}
      {editing && (
        <TextAreaField
          name="reason"
          label={t('form.reason')}
          hint={t('form.reasonHint')}
          required
          maxLength={500}
          rows={2}
          testId="cohort-reason"
        />
      )}
    </Form>
  );
}
