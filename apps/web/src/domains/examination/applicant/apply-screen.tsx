import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type Path, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { $api, api, ApiError, type Schemas, unwrap } from '../../../api/client';
import { downloadFile, uploadFile } from '../../../api/files';
import { useSession } from '../../../app/App';
import {
  ActionStatus,
  Button,
  DetailList,
  Form,
  type Outcome,
  PageHeader,
  type Problem,
  problemOf,
  problemText,
  QueryState,
  StepIndicator,
} from '../../../kit';
import { AccommodationsStep, BonusStep, EducationStep, IdentityStep, LicencesStep, PersonStep, ReviewStep } from './apply-steps';
import { PhotoPicker } from './photo-picker';
import {
  type Application,
  type ApplyValues,
  applicationBody,
  editBody,
  STEP_FIELDS,
  stepOfField,
  valuesOf,
  WIZARD_STEPS,
  type WizardStep,
} from './rules';
import { useApplicantWords } from './shared';
import { holdPlaceFrom, WaitingRoomPanel } from './waiting-room-panel';

const LAST = WIZARD_STEPS.indexOf('review');
const DONE = WIZARD_STEPS.indexOf('done');

/**
 * 응시원서 접수: the application wizard (본인 확인, 인적 사항, 학력, 자격·면허, 가산점, 사진, 편의 지원,
 * 검토, 제출), each step checked before the next opens, all by keyboard, the values kept across steps. One
 * idempotency key per form: submitting again after a failure (or from the waiting room) sends the
 * same key, so the application is made once. With `?edit=<id>` the same wizard corrects a submitted
 * application (원서 수정) until applications close: filled in from it, its exam and position fixed.
 */
export default function ApplyScreen() {
  const query = $api.useQuery('get', '/api/exam/exams');
  const [params] = useSearchParams();
  const editId = params.get('edit');
  const editing = $api.useQuery(
    'get',
    '/api/exam/applications/{id}',
    { params: { path: { id: editId ?? '' } } },
    { enabled: Boolean(editId) },
  );
  const { t } = useApplicantWords();
  const title = t(editId ? 'edit.title' : 'apply.title');
  if (!query.data || (editId && !editing.data)) {
    const failed = query.error ?? (editId ? editing.error : null);
    return (
      <div className="exam-app exam-apply" data-testid="exam-apply">
        <PageHeader title={title} lead={t('apply.privacy')} />
        <QueryState
          loading={query.isLoading || (Boolean(editId) && editing.isLoading)}
          error={failed}
          retry={() => void (query.error ? query.refetch() : editing.refetch())}
          testId="exam-apply-exams"
        >
          {null}
        </QueryState>
      </div>
    );
  }
  if (editing.data && !editing.data.editableUntil) {
    return (
      <div className="exam-app exam-apply" data-testid="exam-apply">
        <PageHeader title={title} />
        <p className="state-line empty" data-testid="exam-apply-edit-closed">
          {t('edit.closed')}
        </p>
        <Link to="/exam-my" className="krds-btn medium secondary">
          {t('done.my')}
        </Link>
      </div>
    );
  }
  return <ApplyForm all={query.data} editing={editId ? editing.data : undefined} />;
}

/** The form, once the open exams are known: the exam and position the link (or the application corrected) named are chosen from the start. */
function ApplyForm({ all, editing }: { all: Schemas['ExamView'][]; editing?: Application }) {
  const { t } = useApplicantWords();
  const session = useSession();
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
  const [verification, setVerification] = useState<Schemas['IdentityVerificationView'] | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitted, setSubmitted] = useState<Schemas['ExamApplicationView'] | null>(null);
  // The accommodations' documents, chosen in the wizard and sent once the application is made; what became of each.
  const [documents, setDocuments] = useState<File[]>([]);
  const [sentDocuments, setSentDocuments] = useState<DocumentSent[]>([]);
  // The admission ticket prints the applicant's photo: the wizard goes on only once one is registered.
  const photoInfo = $api.useQuery('get', '/api/exam/me/photo/info');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const exams = all.filter((e) => e.phase === 'accepting');
  const wanted = exams.find((e) => e.id === params.get('exam')) ?? (exams.length === 1 ? exams[0] : undefined);
  const wantedPosition = wanted?.positions.find((p) => p.id === params.get('position'));
  const form = useForm<ApplyValues>({
    mode: 'onTouched',
    defaultValues: editing
      ? valuesOf(editing)
      : {
          examId: wanted?.id ?? '',
          positionId: wantedPosition?.id ?? '',
          nameKo: session?.user.name ?? '',
          birthDate: '',
          phone: '',
          identityVerificationRef: '',
          education: { level: '', school: '', major: '', status: '' },
          licences: [],
          statutoryBonus: 'none',
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

  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    // After a step changes, the step's heading takes focus (or its first field with a problem).
    const invalid = Object.keys(form.formState.errors).filter((n) => stepOfField(n) === WIZARD_STEPS[step]);
    if (invalid.length > 0) form.setFocus(invalid[0] as keyof ApplyValues);
    else stepHeading.current?.focus();
  }, [step, moved, form]);

  const goTo = (target: WizardStep) => {
    setMoved(true);
    setOutcome(null);
    setStep(WIZARD_STEPS.indexOf(target));
  };

  /** The confirmation holds while the three fields are those the provider confirmed. */
  const confirmedNow = () => {
    const v = form.getValues();
    return verification &&
      verification.nameKo === v.nameKo.trim() &&
      verification.birthDate === v.birthDate &&
      verification.phone === v.phone.trim()
      ? verification
      : null;
  };

  /** In a correction, the application's own confirmation holds while its name and birth date stay as confirmed. */
  const confirmedOnApplication = () => {
    const v = form.getValues();
    return Boolean(editing?.identityVerifiedAt && v.nameKo.trim() === editing.nameKo && v.birthDate === editing.birthDate);
  };
  const identityHolds = () => Boolean(confirmedNow()) || confirmedOnApplication();

  /** 본인 확인: the provider confirms the three fields; its reference goes with the application. */
  const confirmIdentity = async (): Promise<boolean> => {
    if (identityHolds()) return true;
    const v = form.getValues();
    setVerifying(true);
    setOutcome(null);
    try {
      const confirmed = await unwrap(
        api.POST('/api/exam/identity-verifications', { body: { nameKo: v.nameKo.trim(), birthDate: v.birthDate, phone: v.phone.trim() } }),
      );
      setVerification(confirmed);
      form.setValue('identityVerificationRef', confirmed.reference);
      return true;
    } catch (error) {
      setVerification(null);
      form.setValue('identityVerificationRef', '');
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
      return false;
    } finally {
      setVerifying(false);
    }
  };

  const next = async () => {
    const fields = STEP_FIELDS[WIZARD_STEPS[step]] as Path<ApplyValues>[];
    if (!(await form.trigger(fields))) {
      const errors = form.formState.errors as Record<string, unknown>;
      const first = fields.find((n) => errors[n.split('.')[0]]);
      if (first) form.setFocus(first);
      return;
    }
    if (WIZARD_STEPS[step] === 'identity' && !(await confirmIdentity())) return;
    if (WIZARD_STEPS[step] === 'photo' && !(await photoInfo.refetch()).data?.photo) {
      setOutcome({ kind: 'problem', problems: [{ code: 'PHOTO.NOT_FOUND' }] });
      return;
    }
    setMoved(true);
    setOutcome(null);
    setStep((s) => Math.min(LAST, s + 1));
  };
  const back = () => {
    setMoved(true);
    setOutcome(null);
    setStep((s) => Math.max(0, s - 1));
  };

  // Enter in a field of an early step moves on (the form is sent only from the review).
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && step < LAST && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) {
      event.preventDefault();
      void next();
    }
  };

  const submit = async (values: ApplyValues) => {
    // The three fields changed since they were confirmed: back to 본인 확인 to confirm them again.
    if (!identityHolds()) {
      goTo('identity');
      setOutcome({ kind: 'problem', problems: [{ code: 'EXAM_APPLICATION.IDENTITY_UNVERIFIED' }] });
      return null;
    }
    try {
      const created = editing
        ? await unwrap(
            api.PATCH('/api/exam/applications/{id}', { params: { path: { id: editing.id } }, body: editBody(values, exam, position) }),
          )
        : await unwrap(
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
      setSentDocuments(values.accommodations.length > 0 ? await sendDocuments(created.id, documents) : []);
      setSubmitted(created);
      setMoved(true);
      setStep(DONE);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/exam/applications/mine'] });
      return created;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WAITING_ROOM.QUEUED') {
        sendWhenAdmitted.current = true;
        await holdPlaceFrom(queryClient, error);
      }
      // A problem with a field of an earlier step opens that step, so it is seen beside its field.
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      if (fields.length > 0) {
        setMoved(true);
        setStep(Math.min(...fields.map((f) => WIZARD_STEPS.indexOf(stepOfField(f.field)))));
      }
      throw error;
    }
  };

  const current = WIZARD_STEPS[step];
  const steps = WIZARD_STEPS.map((s) => t(`apply.step.${s}`));

  return (
    <div
      className={`exam-app exam-apply step-${current}${step === LAST ? ' last-step' : ''}`}
      data-testid="exam-apply"
      onKeyDown={onKeyDown}
      ref={container}
    >
      <PageHeader title={t(editing ? 'edit.title' : 'apply.title')} lead={t('apply.privacy')} />
      {!editing && <WaitingRoomPanel onAdmitted={onAdmitted} />}
      {exams.length === 0 ? (
        <p className="state-line empty" data-testid="exam-apply-none">
          {t('apply.noneOpen')}
        </p>
      ) : (
        <>
          <StepIndicator steps={steps} current={step} testId="exam-apply-steps" />
          {submitted ? (
            <SubmittedStep application={submitted} edited={Boolean(editing)} documents={sentDocuments} heading={stepHeading} />
          ) : (
            <Form
              form={form}
              onSubmit={submit}
              submitLabel={t(editing ? 'edit.submit' : 'apply.submit')}
              testId="exam-apply-form"
              label={t('apply.title')}
              confirm={() => step === LAST}
            >
              <h2 className="heading-md" tabIndex={-1} ref={stepHeading} data-testid="exam-apply-step-title">
                {steps[step]}
              </h2>
              {/* Every step stays mounted (hidden), so what was entered is kept and checked as one form. */}
              <div hidden={current !== 'identity'}>
                <IdentityStep verification={confirmedNow()} confirmedAt={confirmedOnApplication() ? editing?.identityVerifiedAt : null} />
              </div>
              <div hidden={current !== 'person'}>
                <PersonStep exams={exams} exam={exam} position={position} fixed={Boolean(editing)} />
              </div>
              <div hidden={current !== 'education'}>
                <EducationStep />
              </div>
              <div hidden={current !== 'licences'}>
                <LicencesStep exam={exam} position={position} />
              </div>
              <div hidden={current !== 'bonus'}>
                <BonusStep />
              </div>
              <div hidden={current !== 'photo'}>
                <PhotoPicker onSaved={() => void photoInfo.refetch().then(() => setOutcome(null))} />
              </div>
              <div hidden={current !== 'accommodations'}>
                <AccommodationsStep documents={documents} onDocuments={setDocuments} />
              </div>
              {current === 'review' && <ReviewStep exam={exam} position={position} documents={documents} goTo={goTo} />}
              <ActionStatus outcome={outcome} testId="exam-apply-status" />
              <div className="exam-step-buttons">
                {step > 0 && (
                  <Button onClick={back} testId="exam-apply-back">
                    {t('apply.back')}
                  </Button>
                )}
                {step < LAST && (
                  <Button variant="primary" onClick={() => void next()} busy={verifying} testId="exam-apply-next">
                    {current === 'identity' && !identityHolds() ? t('identity.confirm') : t('apply.next')}
                  </Button>
                )}
              </div>
            </Form>
          )}
        </>
      )}
    </div>
  );
}

interface DocumentSent {
  name: string;
  problem: Problem | null;
}

/** The documents, one after another, each to the application; a refused one is reported and the rest still go. */
async function sendDocuments(applicationId: string, files: File[]): Promise<DocumentSent[]> {
  const sent: DocumentSent[] = [];
  for (const file of files) {
    try {
      await uploadFile(`/api/exam/applications/${applicationId}/documents`, file);
      sent.push({ name: file.name, problem: null });
    } catch (error) {
      sent.push({ name: file.name, problem: problemOf(error) });
    }
  }
  return sent;
}

/** 제출: the application is in; its receipt, the documents sent with it, and what is left to do (the fee, any document refused). */
function SubmittedStep({
  application,
  edited,
  documents,
  heading,
}: {
  application: Schemas['ExamApplicationView'];
  edited: boolean;
  documents: DocumentSent[];
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useApplicantWords();
  const { t: tAny } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = documents.filter((d) => d.problem);
  const receipt = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await downloadFile(`/api/exam/applications/${application.id}/receipt.pdf`, `접수증_${application.id.slice(0, 8)}.pdf`);
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="exam-apply-done" data-testid="exam-apply-done">
      <h2 id="exam-apply-done" className="heading-md" tabIndex={-1} ref={heading}>
        {t(edited ? 'edit.done' : 'done.title')}
      </h2>
      <DetailList items={[{ label: t('done.number'), value: <span data-testid="exam-apply-done-id">{application.id}</span> }]} />
      {application.status === 'pending_payment' && <p>{t('done.pay')}</p>}
      {documents.some((d) => !d.problem) && (
        <p data-testid="exam-apply-docs-sent">
          {t('docs.sent', {
            names: documents
              .filter((d) => !d.problem)
              .map((d) => d.name)
              .join(', '),
          })}
        </p>
      )}
      {refused.length > 0 && (
        <div role="alert" data-testid="exam-apply-docs-refused">
          {refused.map((d) => (
            <p key={d.name} className="form-hint-invalid">
              {d.name}: {problemText(tAny, d.problem!)}
            </p>
          ))}
        </div>
      )}
      {application.accommodations.length > 0 && (documents.length === 0 || refused.length > 0) && <p>{t('done.documents')}</p>}
      <div className="exam-actions">
        <Button variant="primary" onClick={() => void receipt()} busy={busy} testId="exam-apply-receipt">
          {t('done.receipt')}
        </Button>
        <Link to={`/exam-my?submitted=${application.id}`} className="krds-btn medium secondary" data-testid="exam-apply-my">
          {t('done.my')}
        </Link>
      </div>
      <ActionStatus outcome={outcome} testId="exam-apply-done-status" />
    </section>
  );
}
