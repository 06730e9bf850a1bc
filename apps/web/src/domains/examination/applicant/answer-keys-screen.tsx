import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { $api, api, asApiError, type Schemas, unwrap } from '../../../api/client';
import { ActionStatus, Badge, Button, type Outcome, PageHeader, problemOf, QueryState, Section } from '../../../kit';
import { useChoiceText } from '../answer-keys-text';
import { useApplicantWords } from './shared';

type Keys = Schemas['AnswerKeysView'];
type Decision = Schemas['AnswerDecisionView'];

/** Limits the server holds (libs/api answer-keys.dto.ts), shown beside the form. */
const REASON_LIMIT = 2000;
const MAX_OBJECTIONS = 10;

/** 가답안·이의제기: the published keys of the applicant's exam, an objection form within the window, their own objections. */
export default function AnswerKeysScreen() {
  const words = useApplicantWords();
  const { t } = useTranslation('examAnswerKeys');
  const [params] = useSearchParams();
  const mine = $api.useQuery('get', '/api/exam/applications/mine');
  const numbered = (mine.data ?? []).filter((a) => a.examNumber && a.status !== 'cancelled');
  const [examId, setExamId] = useState('');
  useEffect(() => {
    if (examId || numbered.length === 0) return;
    setExamId(numbered.find((a) => a.examId === params.get('exam'))?.examId ?? numbered[0].examId);
  }, [numbered, examId, params]);

  return (
    <div className="exam-app" data-testid="exam-keys">
      <PageHeader title={t('app.title')} />
      <p>{t('app.intro')}</p>
      <QueryState loading={mine.isLoading} error={mine.error} retry={() => mine.refetch()} testId="exam-keys">
        {numbered.length === 0 ? (
          <p className="state-line empty" data-testid="exam-keys-none">
            {t('app.none')}
          </p>
        ) : (
          <SelectRow
            id="exam-keys-exam"
            label={t('app.exam')}
            value={examId}
            onChange={setExamId}
            options={numbered.map((a) => ({
              value: a.examId,
              label: t('app.examOption', { exam: words.title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn }), number: a.examNumber }),
            }))}
          />
        )}
      </QueryState>
      {examId && <ExamKeys key={examId} examId={examId} />}
    </div>
  );
}

function ExamKeys({ examId }: { examId: string }) {
  const { t } = useTranslation('examAnswerKeys');
  const { instant } = useApplicantWords();
  const keys = $api.useQuery('get', '/api/exam/answer-keys/{examId}', { params: { path: { examId } } }, { retry: false });
  if (keys.error && asApiError(keys.error).code === 'ANSWER_KEYS.NOT_FOUND')
    return (
      <p className="state-line empty" data-testid="exam-keys-unpublished">
        {t('app.notPublished')}
      </p>
    );
  const data = keys.data;
  return (
    <QueryState loading={keys.isLoading} error={keys.error} retry={() => keys.refetch()} testId="exam-keys-keys">
      {data && (
        <>
          <p className="exam-actions">
            <Badge tone={data.status === 'final' ? 'primary' : 'gray'} testId="exam-keys-status">
              {t(`status.${data.status}`)}
            </Badge>
            <span>
              {t('window')}: {t('windowValue', { opens: instant(data.objectionOpensAt), closes: instant(data.objectionClosesAt) })}
            </span>
          </p>
          <Section title={t('app.keys')} testId="exam-keys-subjects">
            {data.subjects.map((s) => (
              <SubjectKeys key={s.name} subject={s} />
            ))}
          </Section>
          {data.decisions.length > 0 && <Decisions decisions={data.decisions} />}
          <ObjectionForm keys={data} />
          <OwnObjections examId={examId} />
        </>
      )}
    </QueryState>
  );
}

function SubjectKeys({ subject }: { subject: Keys['subjects'][number] }) {
  const { t } = useTranslation('examAnswerKeys');
  const text = useChoiceText();
  return (
    <section className="exam-card" aria-label={subject.name}>
      <h3 className="heading-sm">{t('subjectHead', { subject: subject.name, count: subject.answers.length, choices: subject.choices })}</h3>
      <ol className="exam-key-list" data-testid={`exam-keys-${subject.name}`}>
        {subject.answers.map((answer, q) => {
          const final = subject.final?.[q];
          const changed = final !== undefined && (final.length !== 1 || final[0] !== answer);
          return (
            <li key={q} className={changed ? 'changed' : undefined}>
              <span className="exam-key-q">{t('question', { number: q + 1 })}</span>{' '}
              <strong>{text.choices(final ?? [answer], subject.choices)}</strong>
              {changed && <span className="exam-key-note"> ({t('app.changed')})</span>}{' '}
              <span className="exam-muted">{t('points', { points: subject.points[q] })}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Decisions({ decisions }: { decisions: Decision[] }) {
  const { t } = useTranslation('examAnswerKeys');
  const text = useChoiceText();
  return (
    <Section title={t('app.decisions')} testId="exam-keys-decisions">
      <ul className="exam-decisions">
        {decisions.map((d) => (
          <li key={`${d.subject}-${d.question}`} className="exam-card">
            <strong>{t('app.objectionHead', { subject: d.subject, question: d.question })}</strong>{' '}
            <Badge tone={d.outcome === 'accepted' ? 'primary' : 'gray'}>{t(`outcome.${d.outcome}`)}</Badge>
            <p>{t('correctAfter', { choices: text.choices(d.correct) })}</p>
            <p className="exam-reason">{d.reason}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ObjectionForm({ keys }: { keys: Keys }) {
  const { t } = useTranslation('examAnswerKeys');
  const text = useChoiceText();
  const refetchOwn = $api.useQuery('get', '/api/exam/answer-keys/{examId}/objections', {
    params: { path: { examId: keys.examId } },
  }).refetch;
  const [subjectName, setSubjectName] = useState(keys.subjects[0]?.name ?? '');
  const [question, setQuestion] = useState('1');
  const [claim, setClaim] = useState('0');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const subject = keys.subjects.find((s) => s.name === subjectName) ?? keys.subjects[0];
  const now = Date.now();
  const open =
    keys.status === 'provisional' &&
    keys.objectionOpensAt !== null &&
    keys.objectionClosesAt !== null &&
    now >= Date.parse(keys.objectionOpensAt) &&
    now < Date.parse(keys.objectionClosesAt);
  if (!open || !subject)
    return (
      <p className="state-line" data-testid="exam-keys-closed">
        {t('app.windowClosed')}
      </p>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      await unwrap(
        api.POST('/api/exam/answer-keys/{examId}/objections', {
          params: { path: { examId: keys.examId } },
          body: { subject: subject.name, question: Number(question), claim: Number(claim), reason },
        }),
      );
      setReason('');
      setOutcome({ kind: 'success', text: t('app.filed') });
      await refetchOwn();
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t('app.file')} testId="exam-keys-file">
      <p className="exam-muted">{t('app.fileHint', { max: MAX_OBJECTIONS, limit: REASON_LIMIT })}</p>
      <form className="baeum-form" onSubmit={submit} aria-label={t('app.file')}>
        <SelectRow
          id="exam-keys-subject"
          label={t('subject')}
          value={subject.name}
          onChange={(name) => {
            setSubjectName(name);
            setQuestion('1');
            setClaim('0');
          }}
          options={keys.subjects.map((s) => ({ value: s.name, label: s.name }))}
        />
        <SelectRow
          id="exam-keys-question"
          label={t('questionLabel')}
          value={question}
          onChange={setQuestion}
          options={subject.answers.map((answer, q) => ({
            value: String(q + 1),
            label: `${t('question', { number: q + 1 })} (${t('off.key')} ${text.claim(answer)})`,
          }))}
        />
        <SelectRow
          id="exam-keys-claim"
          label={t('claim')}
          value={claim}
          onChange={setClaim}
          options={[0, ...Array.from({ length: subject.choices }, (_, k) => k + 1)].map((c) => ({
            value: String(c),
            label: text.claim(c),
          }))}
        />
        <div className="form-group">
          <div className="form-tit">
            <label htmlFor="exam-keys-reason">{t('reason')}</label>
          </div>
          <div className="form-conts">
            <textarea
              id="exam-keys-reason"
              className="krds-input"
              rows={5}
              maxLength={REASON_LIMIT}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-describedby="exam-keys-reason-count"
              data-testid="exam-keys-reason"
            />
            <p id="exam-keys-reason-count" className="exam-muted">
              {t('app.count', { count: reason.length, limit: REASON_LIMIT })}
            </p>
          </div>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} testId="exam-keys-submit">
            {t('app.submit')}
          </Button>
        </div>
        <ActionStatus outcome={outcome} testId="exam-keys-file-status" />
      </form>
    </Section>
  );
}

/** A labelled select of the form; its test id is its id. */
function SelectRow({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="form-group">
      <div className="form-tit">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="form-conts">
        <select id={id} className="krds-form-select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={id}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function OwnObjections({ examId }: { examId: string }) {
  const { t } = useTranslation('examAnswerKeys');
  const { instant } = useApplicantWords();
  const text = useChoiceText();
  const own = $api.useQuery('get', '/api/exam/answer-keys/{examId}/objections', { params: { path: { examId } } });
  return (
    <Section title={t('app.mine')} testId="exam-keys-mine">
      <QueryState loading={own.isLoading} error={own.error} retry={() => own.refetch()} testId="exam-keys-mine">
        {(own.data ?? []).length === 0 ? (
          <p className="state-line empty">{t('app.mineNone')}</p>
        ) : (
          <ul className="exam-decisions">
            {(own.data ?? []).map((o) => (
              <li key={o.id} className="exam-card" data-testid="exam-keys-objection">
                <strong>{t('app.objectionHead', { subject: o.subject, question: o.question })}</strong>{' '}
                <Badge tone={o.decision?.outcome === 'accepted' ? 'primary' : 'gray'}>
                  {t(`outcome.${o.decision?.outcome ?? 'pending'}`)}
                </Badge>
                <p>
                  {t('claim')}: {text.claim(o.claim)} · {t('filedAt')}: {instant(o.filedAt)}
                </p>
                <p className="exam-reason">{o.reason}</p>
                {o.decision && (
                  <p data-testid="exam-keys-decision">
                    {t('correctAfter', { choices: text.choices(o.decision.correct) })} — {o.decision.reason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Section>
  );
}
