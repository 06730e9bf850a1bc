import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client';
import { CheckboxField, DateField, Form, NumberField, type Problem, SelectField, TextAreaField, TextField } from '../../../kit';
import { fromSeoul, toSeoul } from './shared';

type Exam = Schemas['ExamView'];

export interface ExamFormValues {
  kind: 'open' | 'career';
  year?: number;
  roundNo?: number;
  titleKo: string;
  titleEn: string;
  announcedOn?: string;
  applicationOpensAt?: string;
  applicationOpensAtTime?: string;
  applicationClosesAt?: string;
  applicationClosesAtTime?: string;
  cancellationClosesAt?: string;
  cancellationClosesAtTime?: string;
  writtenExamOn?: string;
  interviewStartsOn?: string;
  interviewEndsOn?: string;
  resultOn?: string;
  selectionPlanned?: number;
  selectionTentative: boolean;
  residencyRegionKo?: string;
  residencyCutoffOn?: string;
  /** 자격증 가산점 rules, one a line: `licence, percent[, job series codes]`. */
  licenceRules?: string;
}

type LicenceRule = Schemas['LicenceBonusRuleView'];
const RULE_LINE = /^([^,]+),\s*([1-5])\s*%?\s*(?:,\s*([a-z][a-z0-9_]{1,39}(?:\s+[a-z][a-z0-9_]{1,39})*))?\s*$/;

/** The licence bonus rules typed one a line (정보처리기사, 5, computing); null when a line does not read. */
export function parseLicenceRules(text: string): LicenceRule[] | null {
  const rules: LicenceRule[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = RULE_LINE.exec(line);
    if (!match) return null;
    rules.push({ licenceName: match[1].trim(), percent: Number(match[2]), jobSeries: match[3] ? match[3].split(/\s+/) : [] });
  }
  return rules;
}

export const formatLicenceRules = (rules: Exam['licenceBonusRules']): string =>
  rules.map((r) => [r.licenceName, r.percent, ...(r.jobSeries.length ? [r.jobSeries.join(' ')] : [])].join(', ')).join('\n');

const licenceRulesProblem = (value: unknown): Problem | null =>
  typeof value === 'string' && parseLicenceRules(value) === null ? { code: 'VALIDATION.FORMAT' } : null;

/** The form's values as the server takes them: a Seoul date and time become one instant, empty boxes are left out. */
export function examBody(v: ExamFormValues, windowsFixed = false): Schemas['UpdateExamDto'] {
  const text = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);
  const body = {
    kind: v.kind,
    year: v.year,
    roundNo: v.roundNo,
    titleKo: text(v.titleKo),
    titleEn: text(v.titleEn),
    announcedOn: v.announcedOn,
    applicationOpensAt: windowsFixed ? undefined : fromSeoul(v.applicationOpensAt, v.applicationOpensAtTime),
    applicationClosesAt: windowsFixed ? undefined : fromSeoul(v.applicationClosesAt, v.applicationClosesAtTime),
    cancellationClosesAt: windowsFixed ? undefined : fromSeoul(v.cancellationClosesAt, v.cancellationClosesAtTime),
    writtenExamOn: v.writtenExamOn,
    interviewStartsOn: v.interviewStartsOn,
    interviewEndsOn: v.interviewEndsOn,
    resultOn: v.resultOn,
    selectionPlanned: v.selectionPlanned,
    selectionTentative: v.selectionTentative,
    residencyRegionKo: text(v.residencyRegionKo),
    residencyCutoffOn: v.residencyCutoffOn,
    licenceBonusRules: v.licenceRules === undefined ? undefined : (parseLicenceRules(v.licenceRules) ?? undefined),
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as unknown as Schemas['UpdateExamDto'];
}

/** An exam's values in the form's boxes. */
export function examValues(exam: Exam): ExamFormValues {
  const opens = toSeoul(exam.applicationOpensAt);
  const closes = toSeoul(exam.applicationClosesAt);
  const cancel = toSeoul(exam.cancellationClosesAt);
  return {
    kind: exam.kind,
    year: exam.year,
    roundNo: exam.roundNo,
    titleKo: exam.titleKo,
    titleEn: exam.titleEn,
    announcedOn: exam.announcedOn,
    applicationOpensAt: opens.date,
    applicationOpensAtTime: opens.time,
    applicationClosesAt: closes.date,
    applicationClosesAtTime: closes.time,
    cancellationClosesAt: cancel.date,
    cancellationClosesAtTime: cancel.time,
    writtenExamOn: exam.writtenExamOn ?? undefined,
    interviewStartsOn: exam.interviewStartsOn ?? undefined,
    interviewEndsOn: exam.interviewEndsOn ?? undefined,
    resultOn: exam.resultOn,
    selectionPlanned: exam.selectionPlanned,
    selectionTentative: exam.selectionTentative,
    residencyRegionKo: exam.residencyRegionKo ?? undefined,
    residencyCutoffOn: exam.residencyCutoffOn ?? undefined,
    licenceRules: formatLicenceRules(exam.licenceBonusRules ?? []),
  };
}

const blank = (): ExamFormValues => ({
  kind: 'open',
  year: new Date().getFullYear() + 1,
  roundNo: 1,
  titleKo: '',
  titleEn: '',
  selectionTentative: false,
  applicationOpensAtTime: '09:00',
  applicationClosesAtTime: '18:00',
  cancellationClosesAtTime: '18:00',
});

/**
 * 시험 공고 등록 / 시험 정보 수정: the same boxes; times are Seoul wall-clock times. Once exam
 * numbers are given the windows cannot move (EXAM.WINDOWS_FIXED), so their boxes are read-only.
 */
export function ExamForm({ exam, onSaved }: { exam?: Exam; onSaved(exam: Exam): void | Promise<void> }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const form = useForm<ExamFormValues>({ mode: 'onTouched', defaultValues: exam ? examValues(exam) : blank() });
  const windowsFixed = Boolean(exam?.examNumbersAssignedAt);
  const instant = (name: 'applicationOpensAt' | 'applicationClosesAt' | 'cancellationClosesAt', label: string, testId: string) => (
    <>
      <DateField name={name} label={label} required={!exam} disabled={windowsFixed} testId={`${testId}`} />
      <DateField
        name={`${name}Time`}
        type="time"
        label={t('form.timeOf', { label })}
        required={!exam}
        disabled={windowsFixed}
        testId={`${testId}-time`}
      />
    </>
  );
  return (
    <Form
      form={form}
      testId={exam ? 'exam-edit' : 'exam-new'}
      label={exam ? t('form.edit') : t('form.new')}
      submitLabel={exam ? t('form.save') : t('form.submit')}
      success={exam ? t('saved') : t('form.created')}
      resetOnSuccess={!exam}
      onSubmit={async (values) => {
        const body = examBody(values, windowsFixed);
        const saved = exam
          ? await unwrap(api.PATCH('/api/exam/exams/{id}', { params: { path: { id: exam.id } }, body: { ...body, kind: undefined } }))
          : await unwrap(api.POST('/api/exam/exams', { body: body as unknown as Schemas['CreateExamDto'] }));
        await onSaved(saved);
        return saved;
      }}
    >
      <div className="exam-form-grid">
        <SelectField
          name="kind"
          label={t('form.kind')}
          options={[
            { value: 'open', label: tw('kind.open') },
            { value: 'career', label: tw('kind.career') },
          ]}
          placeholder={false}
          disabled={Boolean(exam)}
          testId="exam-form-kind"
        />
        <NumberField name="year" label={t('form.year')} required min={2000} max={2100} testId="exam-form-year" />
        <NumberField name="roundNo" label={t('form.round')} required min={1} max={99} testId="exam-form-round" />
        <TextField name="titleKo" label={t('form.titleKo')} required className="exam-wide" testId="exam-form-title-ko" />
        <TextField name="titleEn" label={t('form.titleEn')} required className="exam-wide" testId="exam-form-title-en" />
        <DateField name="announcedOn" label={t('form.announcedOn')} required={!exam} testId="exam-form-announced" />
        {instant('applicationOpensAt', t('form.opens'), 'exam-form-opens')}
        {instant('applicationClosesAt', t('form.closes'), 'exam-form-closes')}
        {instant('cancellationClosesAt', t('form.cancelCloses'), 'exam-form-cancel')}
        <DateField name="writtenExamOn" label={t('form.writtenExamOn')} testId="exam-form-written" />
        <DateField name="interviewStartsOn" label={t('form.interviewStart')} testId="exam-form-interview-start" />
        <DateField name="interviewEndsOn" label={t('form.interviewEnd')} testId="exam-form-interview-end" />
        <DateField name="resultOn" label={t('form.resultOn')} required={!exam} testId="exam-form-result" />
        <NumberField
          name="selectionPlanned"
          label={t('form.selection')}
          required={!exam}
          min={0}
          max={1_000_000}
          unit={t('people', { n: '' }).trim() || undefined}
          testId="exam-form-selection"
        />
        <TextField name="residencyRegionKo" label={t('form.residencyRegion')} testId="exam-form-residency-region" />
        <DateField name="residencyCutoffOn" label={t('form.residencyCutoff')} testId="exam-form-residency-cutoff" />
        <TextAreaField
          name="licenceRules"
          label={t('form.licenceRules')}
          hint={t('form.licenceRulesHint')}
          rows={3}
          maxLength={5000}
          validate={licenceRulesProblem}
          testId="exam-form-licence-rules"
        />
        <CheckboxField name="selectionTentative" label={t('form.tentative')} testId="exam-form-tentative" />
      </div>
      {windowsFixed && <p className="exam-muted">{t('form.windowsFixed')}</p>}
    </Form>
  );
}
