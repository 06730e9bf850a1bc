import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, asApiError, type Schemas, unwrap } from '../../../api/client';
import { ActionStatus, Badge, Button, ConfirmDialog, Instant, QueryState, Section } from '../../../kit';
import { useChoiceText } from '../answer-keys-text';
import { draftsFrom, draftsFromCsv, emptySubject, isProblem, type KeysProblem, keysFrom, type SubjectDraft } from './answer-keys-form';
import { ScannerUpload } from './season-later';
import { fromSeoul } from './shared';
import { useAction } from './use-action';

type Exam = Schemas['ExamView'];
type Keys = Schemas['AnswerKeysView'];

/** 정답·이의제기: the provisional keys, the scanner's answers, the objections per question with decisions, the final keys. */
export function AnswerKeysTab({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examAnswerKeys');
  const keys = $api.useQuery('get', '/api/exam/exams/{id}/answer-keys', { params: { path: { id: exam.id } } }, { retry: false });
  const none = keys.error !== null && asApiError(keys.error).code === 'ANSWER_KEYS.NOT_FOUND';
  const data = keys.data;
  return (
    <div data-testid="exam-keys-tab">
      <QueryState loading={keys.isLoading} error={none ? null : keys.error} retry={() => keys.refetch()} testId="exam-keys-state">
        {data && (
          <p className="exam-actions">
            <Badge tone={data.status === 'final' ? 'primary' : 'gray'} testId="exam-keys-status">
              {t(`status.${data.status}`)}
            </Badge>
            {data.objectionOpensAt && (
              <span>
                {t('window')}: <Instant at={data.objectionOpensAt} /> ~ <Instant at={data.objectionClosesAt} />
              </span>
            )}
            <span>
              {t('off.sheets')}: {data.sheets ?? 0}
            </span>
          </p>
        )}
        {(none || data?.status === 'draft') && <KeysEditor exam={exam} keys={data} />}
        {data && data.status !== 'final' && <PublishProvisional exam={exam} />}
        {data && (
          <ScannerUpload<Schemas['AnswerImportView']>
            path={`/api/exam/exams/${exam.id}/written-answers`}
            testId="exam-answers"
            words={{
              title: t('off.answersFile'),
              intro: t('off.answersIntro'),
              upload: t('off.answersFile'),
              confirmTitle: t('off.answersFile'),
              confirmBody: (name) => name,
              confirm: t('off.answersFile'),
              problems: t('off.answersFile'),
            }}
            done={(r) => t('off.answersDone', { sheets: r.sheets, absent: r.absent })}
          />
        )}
        {data && data.status !== 'draft' && <Objections exam={exam} keys={data} />}
        {data?.status === 'provisional' && <PublishFinal exam={exam} />}
      </QueryState>
    </div>
  );
}

function useProblemText() {
  const { t } = useTranslation('examAnswerKeys');
  return (p: KeysProblem) =>
    p.kind === 'answers'
      ? t('off.badAnswers', { subject: p.subject, choices: p.choices })
      : p.kind === 'points'
        ? t('off.badPoints', { subject: p.subject })
        : t('off.csvBad', { line: p.line });
}

function KeysEditor({ exam, keys }: { exam: Exam; keys: Keys | undefined }) {
  const { t } = useTranslation('examAnswerKeys');
  const problemText = useProblemText();
  const [drafts, setDrafts] = useState<SubjectDraft[]>(() => (keys ? draftsFrom(keys) : [emptySubject()]));
  const { run, outcome, busy } = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const change = (i: number, patch: Partial<SubjectDraft>) => setDrafts((all) => all.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const save = (event: FormEvent) => {
    event.preventDefault();
    const body = keysFrom(drafts);
    if (isProblem(body)) return setProblem(problemText(body));
    setProblem(null);
    void run(
      () => unwrap(api.PUT('/api/exam/exams/{id}/answer-keys', { params: { path: { id: exam.id } }, body })),
      () => t('off.saved'),
    );
  };
  const loadCsv = async (file: File | undefined) => {
    if (!file) return;
    const read = draftsFromCsv(await file.text());
    if (isProblem(read)) return setProblem(problemText(read));
    setProblem(null);
    setDrafts(read);
  };
  return (
    <Section title={t('off.keys')} testId="exam-keys-editor">
      <p className="exam-muted">{t('off.keysIntro')}</p>
      <div className="form-group">
        <div className="form-tit">
          <label htmlFor="exam-keys-csv">{t('off.csv')}</label>
        </div>
        <div className="form-conts">
          <input
            id="exam-keys-csv"
            type="file"
            accept=".csv"
            className="krds-input"
            aria-describedby="exam-keys-csv-hint"
            onChange={(e) => void loadCsv(e.target.files?.[0])}
            data-testid="exam-keys-csv"
          />
          <p id="exam-keys-csv-hint" className="exam-muted">
            {t('off.csvHint')}
          </p>
        </div>
      </div>
      <form className="baeum-form" onSubmit={save} aria-label={t('off.keys')}>
        {drafts.map((d, i) => (
          <fieldset key={i} className="exam-block exam-form-grid">
            <legend>{d.name || t('subject')}</legend>
            <TextRow id={`exam-key-${i}-name`} label={t('off.name')} value={d.name} onChange={(name) => change(i, { name })} />
            <div className="form-group">
              <div className="form-tit">
                <label htmlFor={`exam-key-${i}-choices`}>{t('off.choices')}</label>
              </div>
              <div className="form-conts">
                <select
                  id={`exam-key-${i}-choices`}
                  className="krds-form-select"
                  value={d.choices}
                  onChange={(e) => change(i, { choices: e.target.value === '5' ? '5' : '4' })}
                  data-testid={`exam-key-${i}-choices`}
                >
                  <option value="4">4</option>
                  <option value="5">5</option>
                </select>
              </div>
            </div>
            <TextRow
              id={`exam-key-${i}-answers`}
              label={t('off.answers')}
              value={d.answers}
              onChange={(answers) => change(i, { answers })}
              wide
            />
            <TextRow id={`exam-key-${i}-points`} label={t('off.points')} value={d.points} onChange={(points) => change(i, { points })} />
            {drafts.length > 1 && (
              <div className="exam-actions">
                <Button size="small" onClick={() => setDrafts((all) => all.filter((_, k) => k !== i))}>
                  {t('off.removeSubject')}
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <div className="exam-actions">
          <Button onClick={() => setDrafts((all) => [...all, emptySubject()])} testId="exam-keys-add">
            {t('off.addSubject')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} testId="exam-keys-save">
            {t('off.save')}
          </Button>
        </div>
        {problem && (
          <p className="exam-problems" role="alert" data-testid="exam-keys-problem">
            {problem}
          </p>
        )}
        <ActionStatus outcome={outcome} testId="exam-keys-save-status" />
      </form>
    </Section>
  );
}

function TextRow({
  id,
  label,
  value,
  onChange,
  wide,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'form-group exam-wide' : 'form-group'}>
      <div className="form-tit">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="form-conts">
        <input id={id} className="krds-input" value={value} required onChange={(e) => onChange(e.target.value)} data-testid={id} />
      </div>
    </div>
  );
}

function PublishProvisional({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examAnswerKeys');
  const { run, outcome, busy } = useAction();
  const [when, setWhen] = useState({ opensOn: '', opensAt: '09:00', closesOn: '', closesAt: '18:00' });
  const field = (key: keyof typeof when, type: 'date' | 'time') => (
    <div className="form-group">
      <div className="form-tit">
        <label htmlFor={`exam-keys-${key}`}>{t(`off.${key}`)}</label>
      </div>
      <div className="form-conts">
        <input
          id={`exam-keys-${key}`}
          type={type}
          className="krds-input"
          required
          value={when[key]}
          onChange={(e) => setWhen({ ...when, [key]: e.target.value })}
          data-testid={`exam-keys-${key}`}
        />
      </div>
    </div>
  );
  const publish = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        unwrap(
          api.POST('/api/exam/exams/{id}/answer-keys/provisional', {
            params: { path: { id: exam.id } },
            body: { objectionOpensAt: fromSeoul(when.opensOn, when.opensAt)!, objectionClosesAt: fromSeoul(when.closesOn, when.closesAt)! },
          }),
        ),
      () => t('off.published'),
    );
  };
  return (
    <Section title={t('off.publish')} testId="exam-keys-publish">
      <p className="exam-muted">{t('off.publishIntro')}</p>
      <form className="baeum-form exam-form-grid" onSubmit={publish} aria-label={t('off.publish')}>
        {field('opensOn', 'date')}
        {field('opensAt', 'time')}
        {field('closesOn', 'date')}
        {field('closesAt', 'time')}
        <div className="exam-actions exam-wide">
          <Button type="submit" variant="primary" busy={busy} testId="exam-keys-publish-submit">
            {t('off.publish')}
          </Button>
        </div>
        <ActionStatus outcome={outcome} testId="exam-keys-publish-status" />
      </form>
    </Section>
  );
}

function Objections({ exam, keys }: { exam: Exam; keys: Keys }) {
  const { t } = useTranslation('examAnswerKeys');
  const text = useChoiceText();
  const questions = $api.useQuery('get', '/api/exam/exams/{id}/objections', { params: { path: { id: exam.id } } });
  return (
    <Section title={t('off.objections')} testId="exam-objections">
      <QueryState loading={questions.isLoading} error={questions.error} retry={() => questions.refetch()}>
        {(questions.data ?? []).length === 0 ? (
          <p className="state-line empty">{t('off.objectionsNone')}</p>
        ) : (
          (questions.data ?? []).map((q) => (
            <article key={`${q.subject}-${q.question}`} className="exam-block" data-testid="exam-objection-question">
              <h3 className="heading-sm">
                {t('app.objectionHead', { subject: q.subject, question: q.question })} · {t('off.key')} {text.claim(q.key)} ·{' '}
                {t('off.count', { count: q.count })}{' '}
                <Badge tone={q.decision?.outcome === 'accepted' ? 'primary' : 'gray'}>
                  {t(`outcome.${q.decision?.outcome ?? 'pending'}`)}
                </Badge>
              </h3>
              <p>
                {t('off.claims')}: {q.claims.map((c) => `${text.claim(c.claim)} ${c.count}`).join(' · ')}
              </p>
              {q.decision && (
                <p>
                  {t('correctAfter', { choices: text.choices(q.decision.correct) })} — {q.decision.reason}
                </p>
              )}
              <details>
                <summary>{t('off.count', { count: q.count })}</summary>
                <ul>
                  {q.objections.map((o) => (
                    <li key={o.id}>
                      {t('off.examNumber')} {o.examNumber} · {text.claim(o.claim)} · <span className="exam-reason">{o.reason}</span>
                    </li>
                  ))}
                </ul>
              </details>
              {keys.status === 'provisional' && (
                <DecisionForm exam={exam} question={q} choices={keys.subjects.find((s) => s.name === q.subject)?.choices ?? 4} />
              )}
            </article>
          ))
        )}
      </QueryState>
    </Section>
  );
}

function DecisionForm({ exam, question, choices }: { exam: Exam; question: Schemas['ObjectionQuestionView']; choices: number }) {
  const { t } = useTranslation('examAnswerKeys');
  const text = useChoiceText();
  const { run, outcome, busy } = useAction();
  const [accepted, setAccepted] = useState(question.decision?.outcome !== 'rejected');
  const [correct, setCorrect] = useState<number[]>(question.decision?.outcome === 'accepted' ? question.decision.correct : []);
  const [reason, setReason] = useState(question.decision?.reason ?? '');
  const id = `exam-decision-${question.subject}-${question.question}`;
  const decide = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        unwrap(
          api.POST('/api/exam/exams/{id}/objection-decisions', {
            params: { path: { id: exam.id } },
            body: {
              subject: question.subject,
              question: question.question,
              outcome: accepted ? 'accepted' : 'rejected',
              ...(accepted ? { correct } : {}),
              reason,
            },
          }),
        ),
      () => t('off.decided'),
    );
  };
  return (
    <form className="baeum-form" onSubmit={decide} aria-label={t('off.decide')}>
      <fieldset>
        <legend>{t('off.outcome')}</legend>
        {(['accepted', 'rejected'] as const).map((o) => (
          <label key={o} className="exam-inline">
            <input
              type="radio"
              name={`${id}-outcome`}
              checked={accepted === (o === 'accepted')}
              onChange={() => setAccepted(o === 'accepted')}
            />{' '}
            {t(`outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      {accepted && (
        <fieldset>
          <legend>{t('off.correct')}</legend>
          <div className="exam-inline">
            {Array.from({ length: choices }, (_, k) => k + 1).map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={correct.includes(c)}
                  onChange={(e) => setCorrect((all) => (e.target.checked ? [...all, c].sort() : all.filter((x) => x !== c)))}
                />{' '}
                {text.claim(c)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="form-group">
        <div className="form-tit">
          <label htmlFor={`${id}-reason`}>{t('reason')}</label>
        </div>
        <div className="form-conts">
          <textarea
            id={`${id}-reason`}
            className="krds-input"
            rows={3}
            maxLength={2000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </div>
      <div className="exam-actions">
        <Button type="submit" busy={busy}>
          {t('off.decide')}
        </Button>
      </div>
      <ActionStatus outcome={outcome} />
    </form>
  );
}

function PublishFinal({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examAnswerKeys');
  const { run, outcome, busy } = useAction();
  const [asking, setAsking] = useState(false);
  const publish = async () => {
    await run(
      () => unwrap(api.POST('/api/exam/exams/{id}/answer-keys/final', { params: { path: { id: exam.id } } })),
      (r) => t('off.finalDone', { scored: r.scored, changed: r.changed }),
    );
    setAsking(false);
  };
  return (
    <Section title={t('off.final')} testId="exam-keys-final">
      <p className="exam-muted">{t('off.finalIntro')}</p>
      <div className="exam-actions">
        <Button variant="primary" busy={busy} onClick={() => setAsking(true)} testId="exam-keys-final-publish">
          {t('off.final')}
        </Button>
      </div>
      <ActionStatus outcome={outcome} testId="exam-keys-final-status" />
      <ConfirmDialog
        open={asking}
        title={t('off.final')}
        body={<p>{t('off.finalConfirm')}</p>}
        confirmLabel={t('off.final')}
        busy={busy}
        onConfirm={() => void publish()}
        onClose={() => setAsking(false)}
        testId="exam-keys-final-confirm"
      />
    </Section>
  );
}
