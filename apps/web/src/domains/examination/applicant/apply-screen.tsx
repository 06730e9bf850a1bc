import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { $api, api, ApiError, type Schemas, unwrap } from '../../../api/client';
import { useSession } from '../../../app/App';
import {
  Button,
  ChoiceField,
  DateField,
  DetailList,
  Form,
  NumberField,
  PageHeader,
  QueryState,
  SelectField,
  StepIndicator,
  TextAreaField,
  TextField,
} from '../../../kit';
import { PhoneField } from './phone-field';
import { type ApplyValues, applicationBody, stepOfField } from './rules';
import { ACCOMMODATION_KINDS, useApplicantWords } from './shared';
import { WaitingRoomPanel } from './waiting-room-panel';

/** The fields each step checks before the next one opens. */
const STEP_FIELDS: (keyof ApplyValues)[][] = [
  ['examId', 'positionId'],
  ['nameKo', 'birthDate', 'phone', 'residentSince', 'residencyYears', 'trackEvidence', 'veteransBonusPercent'],
  ['accommodations', 'accNote'],
  [],
];
const LAST = STEP_FIELDS.length - 1;

/**
 * 응시원서 접수: the application form in four steps (position, the applicant, accommodations,
 * review), each checked before the next opens, all by keyboard. One idempotency key per form:
 * submitting again after a failure sends the same key, so the application is made once.
 */
export default function ApplyScreen() {
  const query = $api.useQuery('get', '/api/exam/exams');
  const { t } = useApplicantWords();
  if (!query.data) {
    return (
      <div className="exam-app exam-apply" data-testid="exam-apply">
        <PageHeader title={t('apply.title')} lead={t('apply.privacy')} />
        <QueryState loading={query.isLoading} error={query.error} retry={() => query.refetch()} testId="exam-apply-exams">
          {null}
        </QueryState>
      </div>
    );
  }
  return <ApplyForm all={query.data} />;
}

/** The form, once the open exams are known: the exam and position the link named are chosen from the start. */
function ApplyForm({ all }: { all: Schemas['ExamView'][] }) {
  const words = useApplicantWords();
  const { t, w } = words;
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const idempotencyKey = useRef(crypto.randomUUID());
  const queryClient = useQueryClient();
  // The waiting room: a submission turned away as queued is sent again, with the pass, once let in.
  const waitingPass = useRef<string | undefined>(undefined);
  const sendWhenAdmitted = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const onAdmitted = useCallback((pass: string) => {
    waitingPass.current = pass;
    if (!sendWhenAdmitted.current) return;
    sendWhenAdmitted.current = false;
    container.current?.querySelector('form')?.requestSubmit();
  }, []);
  const [step, setStep] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const exams = all.filter((e) => e.phase === 'accepting');
  const wanted = exams.find((e) => e.id === params.get('exam')) ?? (exams.length === 1 ? exams[0] : undefined);
  const wantedPosition = wanted?.positions.find((p) => p.id === params.get('position'));
  const form = useForm<ApplyValues>({
    mode: 'onTouched',
    defaultValues: {
      examId: wanted?.id ?? '',
      positionId: wantedPosition?.id ?? '',
      nameKo: session?.user.name ?? '',
      birthDate: '',
      phone: '',
      veteransBonusPercent: '0',
      accommodations: [],
      accNote: '',
    },
  });
  const [examId, positionId] = useWatch({ control: form.control, name: ['examId', 'positionId'] });
  const exam = exams.find((e) => e.id === examId);
  const position = exam?.positions.find((p) => p.id === positionId);

  // A new exam: its positions differ, so the position is chosen again.
  useEffect(() => {
    if (positionId && exam && !exam.positions.some((p) => p.id === positionId)) form.setValue('positionId', '');
  }, [exam, positionId, form]);

  const focusFirstInvalid = (names: string[]) => {
    const errors = form.formState.errors as Record<string, unknown>;
    const first = names.find((n) => errors[n]);
    if (first) form.setFocus(first as keyof ApplyValues);
  };

  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    // After a step changes, the step's heading takes focus (or its first field with a problem).
    const invalid = Object.keys(form.formState.errors).filter((n) => stepOfField(n) === step);
    if (invalid.length > 0) form.setFocus(invalid[0] as keyof ApplyValues);
    else stepHeading.current?.focus();
  }, [step, moved, form]);

  const next = async () => {
    const ok = await form.trigger(STEP_FIELDS[step]);
    if (!ok) {
      focusFirstInvalid(STEP_FIELDS[step]);
      return;
    }
    setMoved(true);
    setStep((s) => Math.min(LAST, s + 1));
  };
  const back = () => {
    setMoved(true);
    setStep((s) => Math.max(0, s - 1));
  };

  // Enter in a field of an early step moves on (the form is sent only from the last).
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && step < LAST && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) {
      event.preventDefault();
      void next();
    }
  };

  const submit = async (values: ApplyValues) => {
    try {
      const created = await unwrap(
        api.POST('/api/exam/applications', {
          params: {
            header: {
              'Idempotency-Key': idempotencyKey.current,
              ...(waitingPass.current ? { 'X-Waiting-Room-Pass': waitingPass.current } : {}),
            },
          },
          body: applicationBody(values, exam, position),
        }),
      );
      idempotencyKey.current = crypto.randomUUID();
      navigate(`/exam-my?submitted=${created.id}`);
      return created;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WAITING_ROOM.QUEUED') {
        sendWhenAdmitted.current = true;
        await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] === '/api/waiting-room/exam-applications' });
      }
      // A problem with a field of an earlier step opens that step, so it is seen beside its field.
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      if (fields.length > 0) {
        setMoved(true);
        setStep(Math.min(...fields.map((f) => stepOfField(f.field))));
      }
      throw error;
    }
  };

  const steps = [t('apply.step.position'), t('apply.step.person'), t('apply.step.accommodations'), t('apply.step.review')];
  const values = form.getValues();
  const positionOptions = (exam?.positions ?? []).map((p) => ({
    value: p.id,
    label: t('apply.positionOption', { position: words.positionName(p), track: w(`track.${p.track}`), fee: words.won(p.fee) }),
  }));

  return (
    <div
      className={`exam-app exam-apply step-${step}${step === LAST ? ' last-step' : ''}`}
      data-testid="exam-apply"
      onKeyDown={onKeyDown}
      ref={container}
    >
      <PageHeader title={t('apply.title')} lead={t('apply.privacy')} />
      <WaitingRoomPanel onAdmitted={onAdmitted} />
      {exams.length === 0 ? (
        <p className="state-line empty" data-testid="exam-apply-none">
          {t('apply.noneOpen')}
        </p>
      ) : (
        <>
          <StepIndicator steps={steps} current={step} testId="exam-apply-steps" />
          <Form
            form={form}
            onSubmit={submit}
            submitLabel={t('apply.submit')}
            testId="exam-apply-form"
            label={t('apply.title')}
            confirm={() => step === LAST}
          >
            <h2 className="heading-md" tabIndex={-1} ref={stepHeading} data-testid="exam-apply-step-title">
              {steps[step]}
            </h2>
            <div hidden={step !== 0}>
              <SelectField
                name="examId"
                label={t('apply.exam')}
                required
                options={exams.map((e) => ({ value: e.id, label: words.title(e) }))}
                testId="exam-apply-exam"
              />
              <SelectField name="positionId" label={t('apply.position')} required options={positionOptions} testId="exam-apply-position" />
              {exam && position && (
                <p className="form-hint" aria-live="polite" data-testid="exam-apply-fee">
                  {t('apply.fee', { fee: words.won(position.fee), closes: words.instant(exam.applicationClosesAt) })}
                </p>
              )}
            </div>
            <div hidden={step !== 1}>
              <TextField name="nameKo" label={t('apply.name')} required maxLength={50} autoComplete="name" testId="exam-apply-name" />
              <DateField name="birthDate" label={t('apply.birthDate')} required testId="exam-apply-birth" />
              <PhoneField name="phone" label={t('apply.phone')} hint={t('apply.phoneHint')} testId="exam-apply-phone" />
              <SelectField
                name="veteransBonusPercent"
                label={t('apply.bonus')}
                placeholder={false}
                options={[
                  { value: '0', label: t('apply.noBonus') },
                  ...[5, 10].map((n) => ({ value: String(n), label: t('apply.bonusPercent', { n }) })),
                ]}
                testId="exam-apply-bonus"
              />
              {exam?.residencyRegionKo && (
                <>
                  <DateField
                    name="residentSince"
                    label={t('apply.residentSince')}
                    hint={t('apply.residencyHint', { region: exam.residencyRegionKo })}
                    testId="exam-apply-resident-since"
                  />
                  <NumberField
                    name="residencyYears"
                    label={t('apply.residencyYears')}
                    min={0}
                    max={120}
                    testId="exam-apply-residency-years"
                  />
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
            </div>
            <div hidden={step !== 2}>
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
            </div>
            {step === LAST && (
              <div data-testid="exam-apply-review">
                <p>{t('apply.review')}</p>
                <DetailList
                  items={[
                    { label: t('apply.exam'), value: exam ? words.title(exam) : t('dash') },
                    {
                      label: t('apply.position'),
                      value: position ? `${words.positionName(position)} · ${w(`track.${position.track}`)}` : t('dash'),
                    },
                    { label: t('col.fee'), value: position ? words.won(position.fee) : t('dash') },
                    { label: t('apply.name'), value: values.nameKo },
                    { label: t('apply.birthDate'), value: values.birthDate },
                    { label: t('apply.phone'), value: values.phone },
                    {
                      label: t('apply.accommodations'),
                      value:
                        Array.isArray(values.accommodations) && values.accommodations.length > 0
                          ? values.accommodations.map((k) => w(`accommodation.${k}` as 'accommodation.braille')).join(', ')
                          : t('apply.noAccommodations'),
                    },
                  ]}
                />
              </div>
            )}
            <div className="exam-step-buttons">
              {step > 0 && (
                <Button onClick={back} testId="exam-apply-back">
                  {t('apply.back')}
                </Button>
              )}
              {step < LAST && (
                <Button variant="primary" onClick={() => void next()} testId="exam-apply-next">
                  {t('apply.next')}
                </Button>
              )}
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
