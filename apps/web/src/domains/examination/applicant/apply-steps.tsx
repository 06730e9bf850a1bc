import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { Schemas } from '../../../api/client';
import { Button, ChoiceField, DateField, DetailList, FilesPicker, NumberField, SelectField, TextAreaField, TextField } from '../../../kit';
import { PhoneField } from './phone-field';
import {
  type ApplyValues,
  type Exam,
  LICENCE_BONUS_CAP_PERCENT,
  licenceBonusFor,
  type Position,
  STATUTORY_BONUSES,
  type WizardStep,
} from './rules';
import { ACCOMMODATION_KINDS, useApplicantWords } from './shared';

export const EDUCATION_LEVELS = ['high_school', 'junior_college', 'bachelor', 'master', 'doctorate'] as const;
const GRADUATION_STATUSES = ['graduated', 'expected'] as const;
const emptyLicence = { name: '', number: '', issuer: '', acquiredOn: '' };

/**
 * 본인 확인: the three fields the identity provider confirms together. `confirmedAt`: in a correction,
 * when the application's own confirmation was made (it holds while the name and birth date stay).
 */
export function IdentityStep({
  verification,
  confirmedAt = null,
}: {
  verification: Schemas['IdentityVerificationView'] | null;
  confirmedAt?: string | null;
}) {
  const { t, instant } = useApplicantWords();
  return (
    <>
      <p className="form-hint">{t('identity.intro')}</p>
      <TextField name="nameKo" label={t('apply.name')} required maxLength={50} autoComplete="name" testId="exam-apply-name" />
      <DateField name="birthDate" label={t('apply.birthDate')} required testId="exam-apply-birth" />
      <PhoneField name="phone" label={t('apply.phone')} hint={t('apply.phoneHint')} testId="exam-apply-phone" />
      {verification && (
        <p className="form-hint" role="status" data-testid="exam-apply-identity-confirmed">
          {t('identity.confirmed', { at: instant(verification.verifiedAt), expires: instant(verification.expiresAt) })}{' '}
          {t('identity.again')}
        </p>
      )}
      {!verification && confirmedAt && (
        <p className="form-hint" role="status" data-testid="exam-apply-identity-confirmed">
          {t('identity.onApplication', { at: instant(confirmedAt) })}
        </p>
      )}
    </>
  );
}

/**
 * 인적 사항: the position applied for and what its eligibility asks (residency, a track's evidence). In a
 * correction (`fixed`) the exam and position are shown, not chosen: another position is another application.
 */
export function PersonStep({ exams, exam, position, fixed = false }: { exams: Exam[]; exam?: Exam; position?: Position; fixed?: boolean }) {
  const words = useApplicantWords();
  const { t, w } = words;
  const positionOptions = (exam?.positions ?? []).map((p) => ({
    value: p.id,
    label: t('apply.positionOption', { position: words.positionName(p), track: w(`track.${p.track}`), fee: words.won(p.fee) }),
  }));
  return (
    <>
      {fixed ? (
        <DetailList
          items={[
            { label: t('apply.exam'), value: exam ? words.title(exam) : t('dash') },
            { label: t('apply.position'), value: positionOptions.find((o) => o.value === position?.id)?.label ?? t('dash') },
          ]}
        />
      ) : (
        <>
          <SelectField
            name="examId"
            label={t('apply.exam')}
            required
            options={exams.map((e) => ({ value: e.id, label: words.title(e) }))}
            testId="exam-apply-exam"
          />
          <SelectField name="positionId" label={t('apply.position')} required options={positionOptions} testId="exam-apply-position" />
        </>
      )}
      {exam && position && (
        <p className="form-hint" aria-live="polite" data-testid="exam-apply-fee">
          {t('apply.fee', { fee: words.won(position.fee), closes: words.instant(exam.applicationClosesAt) })}
        </p>
      )}
      {exam?.residencyRegionKo && (
        <>
          <DateField
            name="residentSince"
            label={t('apply.residentSince')}
            hint={t('apply.residencyHint', { region: exam.residencyRegionKo })}
            testId="exam-apply-resident-since"
          />
          <NumberField name="residencyYears" label={t('apply.residencyYears')} min={0} max={120} testId="exam-apply-residency-years" />
        </>
      )}
      {position && position.track !== 'general' && (
        <TextField
          name="trackEvidence"
          label={t('apply.trackEvidence')}
          hint={t('apply.trackEvidenceHint')}
          maxLength={200}
          testId="exam-apply-track-evidence"
        />
      )}
    </>
  );
}

/** 학력: the highest level of schooling, as the national exam site asks it. */
export function EducationStep() {
  const { t } = useApplicantWords();
  return (
    <>
      <SelectField
        name="education.level"
        label={t('edu.level')}
        required
        options={EDUCATION_LEVELS.map((l) => ({ value: l, label: t(`edu.level.${l}`) }))}
        testId="exam-apply-edu-level"
      />
      <TextField name="education.school" label={t('edu.school')} required maxLength={100} testId="exam-apply-edu-school" />
      <TextField name="education.major" label={t('edu.major')} hint={t('edu.majorHint')} maxLength={100} testId="exam-apply-edu-major" />
      <ChoiceField
        name="education.status"
        label={t('edu.status')}
        required
        options={GRADUATION_STATUSES.map((s) => ({ value: s, label: t(`edu.status.${s}`) }))}
        testId="exam-apply-edu-status"
      />
    </>
  );
}

/** 자격·면허: any number of licences (up to 10), each with the bonus the announcement gives it for the position. */
export function LicencesStep({ exam, position }: { exam?: Exam; position?: Position }) {
  const { t } = useApplicantWords();
  const { control } = useFormContext<ApplyValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'licences' });
  const licences = useWatch({ control, name: 'licences' }) ?? [];
  const rules = (exam?.licenceBonusRules ?? []).filter(
    (r) => !position || r.jobSeries.length === 0 || r.jobSeries.includes(position.jobSeries),
  );
  const bonuses = licences.map((l) => licenceBonusFor(exam?.licenceBonusRules ?? [], position?.jobSeries, l?.name ?? ''));
  const counted = Math.min(LICENCE_BONUS_CAP_PERCENT, Math.max(0, ...bonuses));
  return (
    <>
      <p className="form-hint">{t('lic.intro', { cap: LICENCE_BONUS_CAP_PERCENT })}</p>
      {rules.length > 0 && (
        <DetailList
          testId="exam-apply-lic-rules"
          items={[{ label: t('lic.rules'), value: rules.map((r) => `${r.licenceName} ${r.percent}%`).join(', ') }]}
        />
      )}
      {fields.length === 0 && <p data-testid="exam-apply-lic-none">{t('lic.none')}</p>}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="exam-card exam-licence" data-testid="exam-apply-lic">
          <legend className="heading-sm">{t('lic.item', { n: i + 1 })}</legend>
          <TextField name={`licences.${i}.name`} label={t('lic.name')} required maxLength={100} testId={`exam-apply-lic-${i}-name`} />
          <p className="form-hint" aria-live="polite" data-testid={`exam-apply-lic-${i}-bonus`}>
            {bonuses[i] > 0 ? t('lic.bonus', { n: bonuses[i] }) : t('lic.noBonus')}
          </p>
          <TextField name={`licences.${i}.number`} label={t('lic.number')} required maxLength={50} testId={`exam-apply-lic-${i}-number`} />
          <TextField name={`licences.${i}.issuer`} label={t('lic.issuer')} required maxLength={100} testId={`exam-apply-lic-${i}-issuer`} />
          <DateField name={`licences.${i}.acquiredOn`} label={t('lic.acquiredOn')} required testId={`exam-apply-lic-${i}-date`} />
          <Button onClick={() => remove(i)} testId={`exam-apply-lic-${i}-remove`}>
            {t('lic.remove', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {fields.length < 10 && (
        <Button onClick={() => append({ ...emptyLicence })} testId="exam-apply-lic-add">
          {t('lic.add')}
        </Button>
      )}
      <p className="form-hint" aria-live="polite" data-testid="exam-apply-lic-total">
        {t('lic.total', { n: counted })}
      </p>
    </>
  );
}

/** 가산점: one statutory bonus at most, so one choice among them. */
export function BonusStep() {
  const { t } = useApplicantWords();
  return (
    <ChoiceField
      name="statutoryBonus"
      label={t('bonus.statutory')}
      hint={t('bonus.hint')}
      inline={false}
      options={STATUTORY_BONUSES.map((b) => ({ value: b, label: t(`bonus.${b}`) }))}
      testId="exam-apply-bonus"
    />
  );
}

/** 편의 지원: what the applicant needs; the documents follow once the application exists. */
/** What the examination service takes as a supporting document (services/examination, documents/supporting-documents.ts). */
export const DOCUMENT_TYPES = ['.pdf', '.png', '.jpg', '.jpeg'];
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS = 5;

/**
 * 편의 지원: what the applicant asks for, and the documents that support it, chosen here and sent
 * with the application once it is made (the documents belong to it).
 */
export function AccommodationsStep({ documents, onDocuments }: { documents: File[]; onDocuments: (files: File[]) => void }) {
  const { t, w } = useApplicantWords();
  const asked = useWatch<ApplyValues, 'accommodations'>({ name: 'accommodations' });
  return (
    <>
      <ChoiceField
        name="accommodations"
        label={t('apply.accommodations')}
        hint={t('apply.accHint')}
        multiple
        inline={false}
        options={ACCOMMODATION_KINDS.map((k) => ({ value: k, label: w(`accommodation.${k}`) }))}
        testId="exam-apply-acc"
      />
      <TextAreaField name="accNote" label={t('apply.accNote')} maxLength={200} rows={2} testId="exam-apply-acc-note" />
      {(asked?.length ?? 0) > 0 && (
        <FilesPicker
          title={t('docs.wizard')}
          description={<p className="form-hint">{t('docs.wizardHint', { max: MAX_DOCUMENTS })}</p>}
          accept={DOCUMENT_TYPES}
          maxBytes={MAX_DOCUMENT_BYTES}
          maxFiles={MAX_DOCUMENTS}
          files={documents}
          onChange={onDocuments}
          testId="exam-apply-docs"
        />
      )}
    </>
  );
}

/** 검토: everything entered, by step, each with a link back to its step. */
export function ReviewStep({
  exam,
  position,
  documents,
  goTo,
}: {
  exam?: Exam;
  position?: Position;
  documents: File[];
  goTo: (step: WizardStep) => void;
}) {
  const words = useApplicantWords();
  const { t, w } = words;
  const values = useFormContext<ApplyValues>().getValues();
  const edu = values.education;
  const bonuses = values.licences.map((l) => licenceBonusFor(exam?.licenceBonusRules ?? [], position?.jobSeries, l.name));
  const sections: { step: WizardStep; items: { label: string; value: string }[] }[] = [
    {
      step: 'identity',
      items: [
        { label: t('apply.name'), value: `${values.nameKo} (${t('identity.verified')})` },
        { label: t('apply.birthDate'), value: values.birthDate },
        { label: t('apply.phone'), value: values.phone },
      ],
    },
    {
      step: 'person',
      items: [
        { label: t('apply.exam'), value: exam ? words.title(exam) : t('dash') },
        { label: t('apply.position'), value: position ? `${words.positionName(position)} · ${w(`track.${position.track}`)}` : t('dash') },
        { label: t('col.fee'), value: position ? words.won(position.fee) : t('dash') },
      ],
    },
    {
      step: 'education',
      items: [
        {
          label: t('edu.level'),
          value: edu.level
            ? `${t(`edu.level.${edu.level as (typeof EDUCATION_LEVELS)[number]}`)} · ${edu.school}${edu.major ? ` · ${edu.major}` : ''} · ${t(
                `edu.status.${edu.status as (typeof GRADUATION_STATUSES)[number]}`,
              )}`
            : t('dash'),
        },
      ],
    },
    {
      step: 'licences',
      items:
        values.licences.length === 0
          ? [{ label: t('apply.step.licences'), value: t('lic.none') }]
          : values.licences.map((l, i) => ({
              label: t('lic.item', { n: i + 1 }),
              value: `${l.name} (${l.number}, ${l.issuer}, ${l.acquiredOn}) · ${bonuses[i] > 0 ? t('lic.bonus', { n: bonuses[i] }) : t('lic.noBonus')}`,
            })),
    },
    { step: 'bonus', items: [{ label: t('bonus.statutory'), value: t(`bonus.${values.statutoryBonus}`) }] },
    {
      step: 'accommodations',
      items: [
        {
          label: t('apply.accommodations'),
          value:
            values.accommodations.length > 0
              ? values.accommodations.map((k) => w(`accommodation.${k}` as 'accommodation.braille')).join(', ')
              : t('apply.noAccommodations'),
        },
        ...(values.accommodations.length > 0
          ? [{ label: t('docs.wizard'), value: documents.length > 0 ? documents.map((d) => d.name).join(', ') : t('docs.none') }]
          : []),
      ],
    },
  ];
  return (
    <div data-testid="exam-apply-review">
      <p>{t('apply.review')}</p>
      {sections.map(({ step, items }) => (
        <section key={step} className="exam-review-section" aria-labelledby={`review-${step}`} data-testid={`exam-apply-review-${step}`}>
          <div className="exam-review-head">
            <h3 id={`review-${step}`} className="heading-sm">
              {t(`apply.step.${step}`)}
            </h3>
            <Button size="small" onClick={() => goTo(step)} testId={`exam-apply-edit-${step}`}>
              {t('apply.edit', { step: t(`apply.step.${step}`) })}
            </Button>
          </div>
          <DetailList items={items.map((item) => ({ ...item, key: item.label }))} />
        </section>
      ))}
    </div>
  );
}
