import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, ApiError, api, type Schemas, unwrap } from '../../../api/client';
import { uploadFile } from '../../../api/files';
import {
  ActionStatus,
  Badge,
  Button,
  CheckboxField,
  type Column,
  ConfirmDialog,
  DataTable,
  DateField,
  Form,
  Instant,
  Num,
  NumberField,
  type Outcome,
  problemOf,
  problemText,
  Section,
  SelectField,
  TextField,
} from '../../../kit';
import { PositionName } from './names';
import { fromSeoul, markKey, marksToSend, parseTimes, score } from './shared';
import { useAction, useRefreshExam } from './use-action';

type Exam = Schemas['ExamView'];
type Application = Schemas['ExamApplicationView'];
type Session = Schemas['InterviewSessionView'];

/** 필기 성적 (open competition) or 서류전형 (career competition). */
export function ScoresTab({ exam }: { exam: Exam }) {
  return exam.kind === 'open' ? <Scores exam={exam} /> : <Screening exam={exam} />;
}

/** The scanner's score file. */
function Scores({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  return (
    <ScannerUpload<Schemas['ScoreImportView']>
      path={`/api/exam/exams/${exam.id}/written-scores`}
      testId="exam-scores"
      words={{
        title: t('scores.title'),
        intro: t('scores.intro'),
        upload: t('scores.upload'),
        confirmTitle: t('scores.confirmTitle'),
        confirmBody: (name) => t('scores.confirmBody', { name }),
        confirm: t('scores.confirm'),
        problems: t('scores.problems'),
      }}
      done={(r) => t('scores.done', { scored: r.scored, absent: r.absent })}
    />
  );
}

/**
 * A file of the OMR scanner (scores or answers), uploaded only after the officer confirms it in a dialog
 * (finding 12); a refused file's problems are listed by line.
 */
export function ScannerUpload<R>({
  path,
  testId,
  words,
  done,
}: {
  path: string;
  testId: string;
  words: {
    title: string;
    intro: string;
    upload: string;
    confirmTitle: string;
    confirmBody: (name: string) => string;
    confirm: string;
    problems: string;
  };
  done: (result: R) => string;
}) {
  const { t: tc } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const refresh = useRefreshExam();
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    setProblems([]);
    try {
      const r = await uploadFile<R>(path, file);
      await refresh();
      setOutcome({ kind: 'success', text: done(r) });
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
      if (error instanceof ApiError)
        setProblems(error.fieldErrors.map((e) => `${e.field}: ${problemText(tc, { code: e.code, params: e.params })}`));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Section title={words.title} testId={testId}>
      <p className="exam-muted">{words.intro}</p>
      <div className="form-group">
        <div className="form-tit">
          <label htmlFor={id}>{tc('upload.choose')} (.csv, .xlsx)</label>
        </div>
        <div className="form-conts">
          <input
            ref={input}
            id={id}
            type="file"
            accept=".csv,.xlsx"
            className="krds-input"
            data-testid={`${testId}-file`}
            onChange={(e) => {
              setOutcome(null);
              setFile(e.target.files?.[0] ?? null);
            }}
          />
        </div>
      </div>
      <div className="exam-actions">
        <Button variant="primary" disabled={!file} busy={busy} testId={`${testId}-upload`} onClick={() => setAsking(true)}>
          {words.upload}
        </Button>
      </div>
      <ActionStatus outcome={outcome} testId={`${testId}-status`} />
      {problems.length > 0 && (
        <>
          <h3>{words.problems}</h3>
          <ul className="exam-problems" data-testid={`${testId}-problems`}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={asking}
        title={words.confirmTitle}
        body={<p>{words.confirmBody(file?.name ?? '')}</p>}
        confirmLabel={words.confirm}
        busy={busy}
        onConfirm={() => void upload()}
        onClose={() => setAsking(false)}
        testId={`${testId}-confirm`}
      />
    </Section>
  );
}

function Screening({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const applications = $api.useQuery('get', '/api/exam/exams/{id}/applications', { params: { path: { id: exam.id }, query: {} } });
  const candidates = (applications.data ?? []).filter((a) => a.examNumber && a.status !== 'cancelled');
  const [choices, setChoices] = useState<Record<string, 'pass' | 'fail'>>({});
  const action = useAction();
  const columns: Column<Application>[] = [
    { key: 'examNumber', header: t('col.examNumber'), render: (a) => a.examNumber },
    { key: 'name', header: t('col.name'), rowHeader: true, render: (a) => <span lang="ko">{a.nameKo}</span> },
    { key: 'position', header: t('col.position'), render: (a) => <span lang="ko">{a.positionLabelKo}</span> },
    {
      key: 'result',
      header: t('col.result'),
      render: (a) => (
        <select
          className="krds-form-select"
          aria-label={t('screening.resultOf', { number: a.examNumber, name: a.nameKo })}
          value={choices[a.id] ?? 'pass'}
          onChange={(e) => setChoices({ ...choices, [a.id]: e.target.value as 'pass' | 'fail' })}
          data-testid="exam-screening-result"
        >
          <option value="pass">{tw('result.pass')}</option>
          <option value="fail">{tw('result.fail')}</option>
        </select>
      ),
    },
  ];
  return (
    <Section title={t('screening.title')} testId="exam-screening">
      <p className="exam-muted">{t('screening.intro')}</p>
      <DataTable
        caption={t('screening.caption')}
        columns={columns}
        rows={applications.data ? candidates : undefined}
        loading={applications.isPending}
        rowKey={(a) => a.id}
        narrow="scroll"
        testId="exam-screening-table"
        empty={t('screening.none')}
      />
      <div className="exam-actions">
        <Button
          variant="primary"
          testId="exam-screening-save"
          disabled={candidates.length === 0}
          busy={action.busy}
          onClick={() =>
            void action.run(
              () =>
                unwrap(
                  api.POST('/api/exam/exams/{id}/document-screening', {
                    params: { path: { id: exam.id } },
                    body: { decisions: candidates.map((a) => ({ applicationId: a.id, result: choices[a.id] ?? 'pass' })) },
                  }),
                ),
              (r) => t('screening.done', { n: r.screened, passed: r.passed }),
            )
          }
        >
          {t('screening.save')}
        </Button>
      </div>
      <ActionStatus outcome={action.outcome} testId="exam-screening-status" />
    </Section>
  );
}

interface ScheduleValues {
  startsOn?: string;
  times: string;
  panels?: number;
  perSession?: number;
  panelSize?: number;
}

/** 면접: the schedule and panels, the marks of each session, the final decision, the pool and conflicts. */
export function InterviewsTab({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const board = $api.useQuery('get', '/api/exam/exams/{id}/interviews', { params: { path: { id: exam.id } } });
  const refresh = useRefreshExam();
  const decide = useAction();
  const [asking, setAsking] = useState(false);
  const form = useForm<ScheduleValues>({
    mode: 'onTouched',
    defaultValues: { startsOn: exam.interviewStartsOn ?? undefined, times: '09:30, 13:30', panels: 2, perSession: 6, panelSize: 3 },
  });
  return (
    <>
      <Section title={t('iv.title')} testId="exam-interview-schedule">
        <p className="exam-muted">{t('iv.intro')}</p>
        <Form
          form={form}
          testId="exam-interview-form"
          label={t('iv.title')}
          submitLabel={t('iv.schedule')}
          success={(r: Schemas['InterviewScheduleView']) => t('iv.scheduled', { n: r.sessions })}
          onSubmit={async (v) => {
            const r = await unwrap(
              api.POST('/api/exam/exams/{id}/interview-schedule', {
                params: { path: { id: exam.id } },
                body: {
                  startsOn: v.startsOn ?? '',
                  times: parseTimes(v.times),
                  panels: v.panels ?? 0,
                  perSession: v.perSession ?? 0,
                  panelSize: v.panelSize ?? 0,
                },
              }),
            );
            await refresh();
            return r;
          }}
        >
          <div className="exam-form-grid">
            <DateField name="startsOn" label={t('iv.startsOn')} required testId="exam-iv-starts" />
            <TextField name="times" label={t('iv.times')} hint={t('iv.timesHint')} required testId="exam-iv-times" />
            <NumberField name="panels" label={t('iv.panels')} required min={1} max={20} testId="exam-iv-panels" />
            <NumberField name="perSession" label={t('iv.perSession')} required min={1} max={30} testId="exam-iv-per-session" />
            <NumberField name="panelSize" label={t('iv.panelSize')} required min={2} max={7} testId="exam-iv-panel-size" />
          </div>
        </Form>
      </Section>
      <Section title={t('iv.sessions')} testId="exam-interview-sessions">
        {board.data?.sessions.length === 0 && <p>{t('iv.noSessions')}</p>}
        {board.data?.sessions.map((s) => (
          <SessionMarks key={s.id} session={s} steps={board.data.steps} />
        ))}
      </Section>
      <Section title={t('iv.decideTitle')} testId="exam-final">
        <Button variant="primary" testId="exam-final-results" busy={decide.busy} onClick={() => setAsking(true)}>
          {t('iv.decide')}
        </Button>
        <ActionStatus outcome={decide.outcome} testId="exam-final-status" />
        <ConfirmDialog
          open={asking}
          title={t('iv.decideTitle')}
          body={<p>{t('iv.decideConfirm')}</p>}
          confirmLabel={t('iv.decide')}
          busy={decide.busy}
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void decide.run(
              () => unwrap(api.POST('/api/exam/exams/{id}/final-results', { params: { path: { id: exam.id } } })),
              (r) => t('iv.decided', { n: r.reduce((s, p) => s + p.passed, 0) }),
            );
          }}
          testId="exam-final-confirm"
        />
      </Section>
      <Pool />
      <Conflicts exam={exam} />
    </>
  );
}

function SessionMarks({ session, steps }: { session: Session; steps: string[] }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const action = useAction();
  const step = (s: string) => t(`iv.step.${s}` as 'iv.step.interview', { defaultValue: s });
  const title = t('iv.session', { seq: session.seq, day: session.heldOn, time: session.startsAt, room: session.room });
  type Candidate = Schemas['InterviewCandidateView'];
  const columns: Column<Candidate>[] = [
    { key: 'candidate', header: t('iv.candidate'), rowHeader: true, render: (c) => <span lang="ko">{`${c.examNumber} ${c.nameKo}`}</span> },
    ...session.panel.flatMap((p) =>
      steps.map((s) => ({
        key: `${p.id}-${s}`,
        header: (
          <>
            <span lang="ko">{p.nameKo}</span> · {step(s)}
          </>
        ),
        render: (c: Candidate) => {
          const key = markKey({ applicationId: c.id, interviewerId: p.id, step: s });
          return (
            <select
              className="krds-form-select"
              aria-label={t('iv.markOf', { candidate: `${c.examNumber} ${c.nameKo}`, interviewer: p.nameKo, step: step(s) })}
              value={chosen[key] ?? ''}
              onChange={(e) => setChosen({ ...chosen, [key]: e.target.value })}
              data-testid="exam-mark"
            >
              <option value="">—</option>
              {(['high', 'mid', 'low'] as const).map((m) => (
                <option key={m} value={m}>
                  {tw(`mark.${m}`)}
                </option>
              ))}
            </select>
          );
        },
      })),
    ),
    {
      key: 'complete',
      header: t('iv.marks'),
      render: (c) => (c.complete ? <Badge tone="success">{t('iv.complete')}</Badge> : t('iv.marked', { n: c.marks })),
    },
  ];
  return (
    <div className="exam-block" data-testid="exam-session">
      <h3 lang="ko">{title}</h3>
      <p lang="ko">{t('iv.panel', { names: session.panel.map((p) => p.nameKo).join(', ') })}</p>
      <DataTable
        caption={t('iv.marksCaption', { seq: session.seq })}
        columns={columns}
        rows={session.candidates}
        rowKey={(c) => c.id}
        narrow="scroll"
        testId="exam-session-marks"
      />
      <div className="exam-actions">
        <Button
          testId="exam-marks-save"
          busy={action.busy}
          onClick={() =>
            void action.run(
              () =>
                unwrap(
                  api.POST('/api/exam/interview-sessions/{id}/marks', {
                    params: { path: { id: session.id } },
                    body: { marks: marksToSend(chosen) },
                  }),
                ),
              (r) => t('iv.saved', { n: r.recorded }),
            )
          }
        >
          {t('iv.saveMarks')}
        </Button>
      </div>
      <ActionStatus outcome={action.outcome} testId="exam-marks-status" />
    </div>
  );
}

function Pool() {
  const { t } = useTranslation('examOfficer');
  const pool = $api.useQuery('get', '/api/exam/interviewers');
  const action = useAction();
  const refresh = useRefreshExam();
  const form = useForm<{ nameKo: string; affiliation: string; expertise: string; external: boolean }>({
    mode: 'onTouched',
    defaultValues: { nameKo: '', affiliation: '', expertise: '', external: true },
  });
  type Interviewer = Schemas['InterviewerView'];
  const columns: Column<Interviewer>[] = [
    { key: 'name', header: t('pool.name'), rowHeader: true, render: (p) => <span lang="ko">{p.nameKo}</span> },
    { key: 'affiliation', header: t('pool.affiliation'), render: (p) => <span lang="ko">{p.affiliation}</span> },
    { key: 'expertise', header: t('pool.expertise'), render: (p) => <span lang="ko">{p.expertise}</span> },
    { key: 'external', header: t('pool.kind'), render: (p) => (p.external ? t('pool.externalYes') : t('pool.externalNo')) },
    { key: 'active', header: t('col.status'), render: (p) => (p.active ? t('pool.active') : t('pool.inactive')) },
    {
      key: 'action',
      header: t('col.action'),
      render: (p) => {
        const label = p.active ? t('pool.deactivate') : t('pool.activate');
        return (
          <Button
            size="xsmall"
            testId="exam-interviewer-toggle"
            aria-label={t('pool.toggleOf', { name: p.nameKo, action: label })}
            busy={action.busy}
            onClick={() =>
              void action.run(
                () => unwrap(api.PATCH('/api/exam/interviewers/{id}', { params: { path: { id: p.id } }, body: { active: !p.active } })),
                () => t('saved'),
              )
            }
          >
            {label}
          </Button>
        );
      },
    },
  ];
  return (
    <Section title={t('pool.title')} testId="exam-pool">
      <DataTable
        caption={t('pool.caption')}
        columns={columns}
        rows={pool.data}
        loading={pool.isPending}
        rowKey={(p) => p.id}
        narrow="scroll"
        testId="exam-pool-table"
      />
      <ActionStatus outcome={action.outcome} testId="exam-pool-status" />
      <Form
        form={form}
        testId="exam-interviewer-form"
        label={t('pool.add')}
        submitLabel={t('pool.add')}
        success={t('pool.added')}
        resetOnSuccess
        onSubmit={async (v) => {
          const r = await unwrap(
            api.POST('/api/exam/interviewers', {
              body: { nameKo: v.nameKo.trim(), affiliation: v.affiliation.trim(), expertise: v.expertise.trim(), external: v.external },
            }),
          );
          await refresh();
          return r;
        }}
      >
        <div className="exam-form-grid">
          <TextField name="nameKo" label={t('pool.name')} required testId="exam-interviewer-name" />
          <TextField name="affiliation" label={t('pool.affiliation')} required testId="exam-interviewer-affiliation" />
          <TextField name="expertise" label={t('pool.expertise')} required testId="exam-interviewer-expertise" />
          <CheckboxField name="external" label={t('pool.external')} testId="exam-interviewer-external" />
        </div>
      </Form>
    </Section>
  );
}

function Conflicts({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const conflicts = $api.useQuery('get', '/api/exam/exams/{id}/interviewer-conflicts', { params: { path: { id: exam.id } } });
  const pool = $api.useQuery('get', '/api/exam/interviewers');
  const applications = $api.useQuery('get', '/api/exam/exams/{id}/applications', { params: { path: { id: exam.id }, query: {} } });
  const refresh = useRefreshExam();
  const form = useForm<{ interviewerId: string; applicationId: string; reason: string }>({
    mode: 'onTouched',
    defaultValues: { interviewerId: '', applicationId: '', reason: '' },
  });
  type Conflict = Schemas['InterviewerConflictView'];
  const columns: Column<Conflict>[] = [
    { key: 'interviewer', header: t('conflict.interviewer'), rowHeader: true, render: (c) => <span lang="ko">{c.interviewerNameKo}</span> },
    {
      key: 'candidate',
      header: t('conflict.candidate'),
      render: (c) => <span lang="ko">{`${c.examNumber ?? '—'} ${c.candidateNameKo}`}</span>,
    },
    { key: 'reason', header: t('conflict.reason'), render: (c) => <span lang="ko">{c.reason}</span> },
    { key: 'declaredAt', header: t('col.status'), render: (c) => <Instant at={c.declaredAt} /> },
  ];
  return (
    <Section title={t('conflict.title')} testId="exam-conflicts">
      <p className="exam-muted">{t('conflict.intro')}</p>
      <DataTable
        caption={t('conflict.caption')}
        columns={columns}
        rows={conflicts.data}
        loading={conflicts.isPending}
        rowKey={(c) => `${c.interviewerId}|${c.applicationId}`}
        narrow="scroll"
        testId="exam-conflicts-table"
      />
      <Form
        form={form}
        testId="exam-conflict-form"
        label={t('conflict.declare')}
        submitLabel={t('conflict.declare')}
        success={(r: Schemas['DeclaredInterviewerConflictView']) => (r.reschedule ? t('conflict.reschedule') : t('conflict.done'))}
        resetOnSuccess
        onSubmit={async (v) => {
          const r = await unwrap(api.POST('/api/exam/exams/{id}/interviewer-conflicts', { params: { path: { id: exam.id } }, body: v }));
          await refresh();
          return r;
        }}
      >
        <div className="exam-form-grid">
          <SelectField
            name="interviewerId"
            label={t('conflict.interviewer')}
            required
            placeholder={t('choose')}
            options={(pool.data ?? [])
              .filter((p) => p.active)
              .map((p) => ({ value: p.id, label: `${p.nameKo} (${p.affiliation})`, lang: 'ko' }))}
            testId="exam-conflict-interviewer"
          />
          <SelectField
            name="applicationId"
            label={t('conflict.candidate')}
            required
            placeholder={t('choose')}
            options={(applications.data ?? [])
              .filter((a) => a.status === 'paid' && a.examNumber)
              .map((a) => ({ value: a.id, label: `${a.examNumber} ${a.nameKo}`, lang: 'ko' }))}
            testId="exam-conflict-candidate"
          />
          <TextField name="reason" label={t('conflict.reason')} required maxLength={300} testId="exam-conflict-reason" />
        </div>
      </Form>
    </Section>
  );
}

interface PublishValues {
  stage: 'written' | 'final';
  publishOn?: string;
  publishTime?: string;
}

/** 합격자 발표: the pass lists, the publications and when, the sittings' costs. */
export function ResultsTab({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const { t: tc } = useTranslation();
  const passList = $api.useQuery('get', '/api/exam/exams/{id}/pass-list', { params: { path: { id: exam.id } } });
  const publications = $api.useQuery('get', '/api/exam/exams/{id}/publications', { params: { path: { id: exam.id } } });
  const refresh = useRefreshExam();
  const publish = useForm<PublishValues>({
    mode: 'onTouched',
    defaultValues: { stage: exam.kind === 'open' ? 'written' : 'final', publishTime: '10:00' },
  });
  const sitting = useForm<{ stage: 'written' | 'interview'; heldOn?: string; cost?: number }>({
    mode: 'onTouched',
    defaultValues: { stage: exam.kind === 'open' ? 'written' : 'interview' },
  });
  type Entry = Schemas['PassListEntryView'];
  type Publication = Schemas['ResultPublicationView'];
  const entryColumns: Column<Entry>[] = [
    { key: 'examNumber', header: t('col.examNumber'), render: (c) => c.examNumber },
    { key: 'name', header: t('col.name'), rowHeader: true, render: (c) => <span lang="ko">{c.nameKo}</span> },
    { key: 'written', header: t('col.written'), align: 'end', render: (c) => score(c.writtenTotal) },
    { key: 'interview', header: t('col.interview'), render: (c) => (c.interviewGrade ? tw(`grade.${c.interviewGrade}`) : t('none')) },
  ];
  const publicationColumns: Column<Publication>[] = [
    {
      key: 'stage',
      header: t('pub.stage'),
      rowHeader: true,
      render: (p) => tw(p.stage === 'written' ? 'stage.written_result' : 'stage.final'),
    },
    { key: 'at', header: t('pub.at'), render: (p) => <Instant at={p.publishAt} /> },
    { key: 'passed', header: t('pub.passed'), align: 'end', render: (p) => <Num value={p.passed} /> },
    {
      key: 'announced',
      header: t('pub.announced'),
      render: (p) => (p.announcedAt ? <Badge tone="success">{t('pub.announcedYes')}</Badge> : <Badge>{t('pub.announcedNo')}</Badge>),
    },
  ];
  const stageLabel = (s: 'written' | 'final') => tw(s === 'written' ? 'stage.written_result' : 'stage.final');
  return (
    <>
      <Section title={t('pass.title')} testId="exam-pass-list">
        {passList.data?.every((p) => p.passed.length === 0) && <p>{t('pass.none')}</p>}
        {passList.data?.map((p) => {
          const position = exam.positions.find((x) => x.id === p.positionId);
          return p.passed.length > 0 ? (
            <div key={p.positionId} className="exam-block">
              <h3>{position ? <PositionName position={position} /> : <span lang="ko">{p.labelKo}</span>}</h3>
              <DataTable
                caption={t('pass.caption', { openings: p.openings })}
                showCaption
                columns={entryColumns}
                rows={p.passed}
                rowKey={(c) => c.examNumber}
                rowTestId="exam-pass-row"
                narrow="scroll"
                testId="exam-pass-table"
              />
            </div>
          ) : null;
        })}
      </Section>
      <Section title={t('pub.title')} testId="exam-publications">
        <p className="exam-muted">{t('pub.intro')}</p>
        <DataTable
          caption={t('pub.caption')}
          columns={publicationColumns}
          rows={publications.data}
          loading={publications.isPending}
          rowKey={(p) => p.stage}
          rowTestId="exam-publication-row"
          narrow="scroll"
          testId="exam-publications-table"
          empty={tc('state.empty')}
        />
        <Form
          form={publish}
          testId="exam-publish"
          label={t('pub.set')}
          submitLabel={t('pub.set')}
          success={(r: Publication) => t('pub.done', { stage: stageLabel(r.stage), at: `${r.publishAt.slice(0, 10)}`, n: r.passed })}
          onSubmit={async (v) => {
            const r = await unwrap(
              api.POST('/api/exam/exams/{id}/publications', {
                params: { path: { id: exam.id } },
                body: { stage: v.stage, publishAt: fromSeoul(v.publishOn, v.publishTime) ?? '' },
              }),
            );
            await refresh();
            return r;
          }}
        >
          <div className="exam-form-grid">
            <SelectField
              name="stage"
              label={t('pub.stage')}
              placeholder={false}
              options={(['written', 'final'] as const).map((s) => ({ value: s, label: stageLabel(s) }))}
              testId="exam-publish-stage"
            />
            <DateField name="publishOn" label={t('pub.at')} required testId="exam-publish-on" />
            <DateField
              name="publishTime"
              type="time"
              label={t('form.timeOf', { label: t('pub.at') })}
              required
              testId="exam-publish-time"
            />
          </div>
        </Form>
      </Section>
      <Section title={t('sit.title')} testId="exam-sitting">
        <p className="exam-muted">{t('sit.intro')}</p>
        <Form
          form={sitting}
          testId="exam-sitting-form"
          label={t('sit.title')}
          submitLabel={t('sit.record')}
          success={t('sit.done')}
          onSubmit={(v) =>
            unwrap(
              api.POST('/api/exam/exams/{id}/sittings', {
                params: { path: { id: exam.id } },
                body: { stage: v.stage, heldOn: v.heldOn ?? '', cost: v.cost ?? 0 },
              }),
            )
          }
        >
          <div className="exam-form-grid">
            <SelectField
              name="stage"
              label={t('sit.stage')}
              placeholder={false}
              options={[
                { value: 'written', label: tw('stage.written') },
                { value: 'interview', label: tw('stage.interview') },
              ]}
              testId="exam-sitting-stage"
            />
            <DateField name="heldOn" label={t('sit.heldOn')} required testId="exam-sitting-held" />
            <NumberField name="cost" label={t('sit.cost')} required min={0} unit={t('wonUnit')} testId="exam-sitting-cost" />
          </div>
        </Form>
      </Section>
    </>
  );
}
