import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  ButtonRow,
  ConfirmDialog,
  DataTable,
  DateField,
  DateText,
  DetailList,
  Form,
  Instant,
  KoName,
  NumberField,
  Notice,
  type Outcome,
  PageHeader,
  problemOf,
  QueryState,
  Section,
  SelectField,
  TextField,
} from '../../../kit';
import { FeedbackReport } from './feedback-report';
import { STATE_TONE } from './rounds-screen';
import { modelName, points, roundState, useAssessmentWords, useRefreshAssessments, useRoundLabel } from './shared';

type Round = Schemas['AssessmentRoundDetailView'];
type Candidate = Round['candidates'][number];
type Assessor = Schemas['AssessorView'];
type Conflict = Schemas['AssessorConflictView'];

const EMPLOYEE_NO = /^[A-Za-z0-9-]{3,30}$/;
/** Agency and budget line codes (EXAM_AGENCY_CODE_PATTERN, EXAM_BUDGET_LINE_PATTERN). */
const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/**
 * One assessment round: what it is, its candidates and their rating progress (with each report
 * once consolidated), adding a candidate, assigning the assessors and consolidating, and the
 * assessors with the conflicts of interest declared for them.
 */
export default function RoundScreen() {
  const { t } = useAssessmentWords();
  const { roundId = '' } = useParams();
  const label = useRoundLabel();
  const round = $api.useQuery('get', '/api/exam/assessment-rounds/{id}', { params: { path: { id: roundId } } });
  const data = round.data;

  return (
    <div data-testid="exam-round">
      <PageHeader
        title={data ? label(data) : t('rounds.title')}
        lead={
          <Link to="/exam-assessments" data-testid="round-back">
            {t('round.back')}
          </Link>
        }
      />
      <QueryState loading={round.isPending} error={round.error} retry={() => void round.refetch()} testId="round">
        {data && (
          <>
            <RoundSummary round={data} />
            <Candidates round={data} />
            {!data.assignedAt && !data.completedOn ? <AddCandidate roundId={data.id} /> : null}
            <Steps round={data} />
            {data.candidates.length > 0 && <Sitting round={data} />}
            <Assessors round={data} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function RoundSummary({ round }: { round: Round }) {
  const { t } = useAssessmentWords();
  const lang = currentLanguage();
  const state = roundState(round);
  return (
    <Section
      title={t('round.summary')}
      actions={
        <Badge tone={STATE_TONE[state]} testId="round-state">
          {t(`status.${state}`)}
        </Badge>
      }
    >
      <DetailList
        testId="round-summary"
        items={[
          { key: 'heldOn', label: t('new.heldOn'), value: <DateText date={round.heldOn} /> },
          { key: 'threshold', label: t('new.threshold'), value: points(round.passThreshold) },
          { key: 'attempts', label: t('new.maxAttempts'), value: round.maxAttempts },
          { key: 'perTechnique', label: t('new.perTechnique'), value: round.assessorsPerTechnique },
          { key: 'competencies', label: t('round.competencies'), value: round.competencies.map((c) => modelName(c, lang)).join(', ') },
          { key: 'techniques', label: t('round.techniques'), value: round.techniques.map((c) => modelName(c, lang)).join(', ') },
          {
            key: 'assignedAt',
            label: t('round.assignedAt'),
            value: round.assignedAt ? <Instant at={round.assignedAt} /> : t('round.notAssigned'),
          },
          {
            key: 'completedOn',
            label: t('round.completedOn'),
            value: round.completedOn ? <DateText date={round.completedOn} /> : t('round.notCompleted'),
          },
        ]}
      />
    </Section>
  );
}

function Candidates({ round }: { round: Round }) {
  const { t } = useAssessmentWords();
  const { t: words } = useTranslation('examWords');
  const [open, setOpen] = useState<Candidate | null>(null);
  return (
    <Section title={t('round.candidates')}>
      <DataTable<Candidate>
        caption={t('round.candidates')}
        rows={round.candidates}
        rowKey={(c) => c.id}
        narrow="scroll"
        testId="round-candidates"
        rowTestId={(c) => `candidate-${c.employeeNo}`}
        empty={t('round.noCandidates')}
        columns={[
          { key: 'employeeNo', header: t('round.employeeNo'), rowHeader: true },
          { key: 'nameKo', header: t('round.name'), render: (c) => <KoName>{c.nameKo}</KoName> },
          { key: 'agencyCode', header: t('round.agency') },
          { key: 'attempt', header: t('round.attempt'), align: 'end' },
          {
            key: 'progress',
            header: t('round.progress'),
            align: 'end',
            render: (c) => t('round.progressValue', { rated: c.rated, expected: c.expected }),
          },
          { key: 'overall', header: t('round.score'), align: 'end', render: (c) => points(c.overall) },
          {
            key: 'passed',
            header: t('round.result'),
            render: (c) => (c.passed === null ? '—' : words(c.passed ? 'result.pass' : 'result.fail')),
          },
          ...(round.completedOn
            ? [
                {
                  key: 'report',
                  header: t('round.report'),
                  render: (c: Candidate) => (
                    // The name begins with the visible word, so a voice command finds it; the person's name tells the rows apart.
                    <Button
                      size="small"
                      variant="tertiary"
                      onClick={() => setOpen(c)}
                      testId="candidate-report"
                      aria-label={`${t('round.openReportShort')} ${c.nameKo}`}
                      aria-expanded={open?.id === c.id}
                      aria-controls="candidate-report-panel"
                    >
                      {t('round.openReportShort')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open && <ReportPanel key={open.id} candidate={open} onClose={() => setOpen(null)} />}
    </Section>
  );
}

/** A candidate's report below the table (the officer reads it as the candidate does). */
function ReportPanel({ candidate, onClose }: { candidate: Candidate; onClose(): void }) {
  const { t } = useAssessmentWords();
  const report = $api.useQuery('get', '/api/exam/assessment-candidates/{id}/feedback', { params: { path: { id: candidate.id } } });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div id="candidate-report-panel" ref={ref} tabIndex={-1} className="asm-report-panel" data-testid="candidate-report-panel">
      <QueryState loading={report.isPending} error={report.error} testId="candidate-report">
        {report.data && <FeedbackReport report={report.data} headingLevel={3} />}
      </QueryState>
      <Button size="small" onClick={onClose} testId="candidate-report-close">
        {t('round.close')}
      </Button>
    </div>
  );
}

function AddCandidate({ roundId }: { roundId: string }) {
  const { t } = useAssessmentWords();
  const refresh = useRefreshAssessments();
  const form = useForm<{ employeeNo: string; nameKo: string; agencyCode: string }>({
    mode: 'onTouched',
    defaultValues: { employeeNo: '', nameKo: '', agencyCode: '' },
  });
  return (
    <Section title={t('add.title')}>
      <Form
        form={form}
        testId="candidate-add"
        submitLabel={t('add.submit')}
        success={t('add.done')}
        resetOnSuccess
        onSubmit={async (body) => {
          const added = await unwrap(api.POST('/api/exam/assessment-rounds/{id}/candidates', { params: { path: { id: roundId } }, body }));
          await refresh();
          return added;
        }}
      >
        <div className="asm-forms">
          <TextField
            name="employeeNo"
            label={t('round.employeeNo')}
            required
            pattern={{ value: EMPLOYEE_NO, code: 'VALIDATION.INVALID' }}
            testId="candidate-employee-no"
          />
          <TextField name="nameKo" label={t('round.name')} required maxLength={50} testId="candidate-name" />
          <TextField
            name="agencyCode"
            label={t('round.agency')}
            hint={t('add.agencyHint')}
            required
            pattern={{ value: AGENCY_CODE, code: 'VALIDATION.INVALID' }}
            testId="candidate-agency"
          />
        </div>
      </Form>
    </Section>
  );
}

/** Assigning the assessors and consolidating: each answered beside its button. */
function Steps({ round }: { round: Round }) {
  const { t } = useAssessmentWords();
  const refresh = useRefreshAssessments();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'assign' | 'consolidate' | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async (which: 'assign' | 'consolidate') => {
    setBusy(which);
    setOutcome(null);
    try {
      const text =
        which === 'assign'
          ? t(
              'steps.assigned',
              await unwrap(api.POST('/api/exam/assessment-rounds/{id}/assignments', { params: { path: { id: round.id } } })),
            )
          : t(
              'steps.consolidated',
              await unwrap(api.POST('/api/exam/assessment-rounds/{id}/consolidation', { params: { path: { id: round.id } } })),
            );
      await refresh();
      setOutcome({ kind: 'success', text });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  };

  return (
    <Section title={t('steps.title')} testId="round-steps">
      {round.completedOn ? (
        <Notice tone="success">{t('steps.done')}</Notice>
      ) : (
        <>
          <p>{t('steps.intro')}</p>
          <ButtonRow>
            <Button variant="primary" busy={busy === 'assign'} onClick={() => void run('assign')} testId="round-assign">
              {t('steps.assign')}
            </Button>
            <Button variant="primary" busy={busy === 'consolidate'} onClick={() => setConfirming(true)} testId="round-consolidate">
              {t('steps.consolidate')}
            </Button>
          </ButtonRow>
          <ConfirmDialog
            open={confirming}
            title={t('steps.confirmTitle')}
            body={t('steps.confirmBody')}
            confirmLabel={t('steps.consolidate')}
            busy={busy === 'consolidate'}
            onConfirm={() => void run('consolidate')}
            onClose={() => setConfirming(false)}
            testId="round-consolidate-confirm"
          />
        </>
      )}
      <ActionStatus outcome={outcome} testId="round-steps-status" />
    </Section>
  );
}

/** 시행 기록: the date and cost of the sitting, booked against a budget line (once per round). */
function Sitting({ round }: { round: Round }) {
  const { t } = useAssessmentWords();
  const form = useForm<{ heldOn: string; cost?: number; budgetLineCode: string }>({
    mode: 'onTouched',
    defaultValues: { heldOn: round.heldOn, budgetLineCode: 'ASSESSMENT-OPS' },
  });
  return (
    <Section title={t('sitting.title')} testId="round-sitting">
      <p>{t('sitting.intro')}</p>
      <Form
        form={form}
        testId="sitting-record"
        submitLabel={t('sitting.submit')}
        success={(sitting: Schemas['ExamSittingView']) => t('sitting.recorded', { candidates: sitting.candidates, cost: sitting.cost })}
        onSubmit={({ heldOn, cost, budgetLineCode }) =>
          unwrap(
            api.POST('/api/exam/assessment-rounds/{id}/sitting', {
              params: { path: { id: round.id } },
              body: { heldOn, cost: cost ?? 0, budgetLineCode },
            }),
          )
        }
      >
        <div className="asm-forms">
          <DateField name="heldOn" label={t('sitting.heldOn')} required testId="sitting-held-on" />
          <NumberField
            name="cost"
            label={t('sitting.cost')}
            required
            min={0}
            max={100_000_000_000}
            unit={t('unit.won')}
            testId="sitting-cost"
          />
          <TextField
            name="budgetLineCode"
            label={t('sitting.budgetLine')}
            hint={t('sitting.budgetLineHint')}
            required
            pattern={{ value: AGENCY_CODE, code: 'VALIDATION.INVALID' }}
            testId="sitting-budget-line"
          />
        </div>
      </Form>
    </Section>
  );
}

function Assessors({ round }: { round: Round }) {
  const { t } = useAssessmentWords();
  const assessors = $api.useQuery('get', '/api/exam/assessors');
  const conflicts = $api.useQuery('get', '/api/exam/assessors/conflicts');
  const assessorName = (id: string) => assessors.data?.find((a) => a.id === id)?.nameKo ?? id;
  const candidateName = (employeeNo: string) => round.candidates.find((c) => c.employeeNo === employeeNo)?.nameKo;
  const refresh = useRefreshAssessments();
  const form = useForm<{ assessorId: string; employeeNo: string; reason: string }>({
    mode: 'onTouched',
    defaultValues: { assessorId: '', employeeNo: '', reason: '' },
  });
  return (
    <Section title={t('assessors.title')} testId="round-assessors">
      <p>{t('assessors.intro')}</p>
      <QueryState loading={assessors.isPending} error={assessors.error} retry={() => void assessors.refetch()} testId="assessors">
        <DataTable<Assessor>
          caption={t('assessors.list')}
          rows={assessors.data}
          rowKey={(a) => a.id}
          narrow="scroll"
          testId="assessors-table"
          empty={t('assessors.empty')}
          columns={[
            { key: 'nameKo', header: t('assessors.name'), rowHeader: true, render: (a) => <KoName>{a.nameKo}</KoName> },
            { key: 'agencyCode', header: t('assessors.agency'), render: (a) => a.agencyCode ?? t('assessors.noAgency') },
            { key: 'active', header: t('assessors.active'), render: (a) => t(a.active ? 'assessors.yes' : 'assessors.no') },
          ]}
        />
        <h3 className="section-title">{t('conflict.list')}</h3>
        <DataTable<Conflict>
          caption={t('conflict.list')}
          rows={conflicts.data}
          rowKey={(c) => `${c.assessorId}-${c.employeeNo}`}
          narrow="scroll"
          testId="conflicts-table"
          rowTestId={(c) => `conflict-${c.employeeNo}`}
          empty={t('conflict.empty')}
          columns={[
            {
              key: 'assessor',
              header: t('conflict.assessor'),
              rowHeader: true,
              render: (c) => <KoName>{assessorName(c.assessorId)}</KoName>,
            },
            {
              key: 'employeeNo',
              header: t('conflict.employeeNo'),
              render: (c) => {
                const name = candidateName(c.employeeNo);
                return name ? (
                  <>
                    {c.employeeNo} <KoName>{name}</KoName>
                  </>
                ) : (
                  c.employeeNo
                );
              },
            },
            { key: 'reason', header: t('conflict.reason'), render: (c) => <KoName>{c.reason}</KoName> },
          ]}
        />
        {!round.completedOn && (
          <>
            <h3 className="section-title">{t('conflict.title')}</h3>
            <Form
              form={form}
              testId="conflict-declare"
              submitLabel={t('conflict.submit')}
              success={t('conflict.done')}
              resetOnSuccess
              onSubmit={async ({ assessorId, employeeNo, reason }) => {
                const declared = await unwrap(
                  api.POST('/api/exam/assessors/{id}/conflicts', { params: { path: { id: assessorId } }, body: { employeeNo, reason } }),
                );
                await refresh();
                return declared;
              }}
            >
              <div className="asm-forms">
                <SelectField
                  name="assessorId"
                  label={t('conflict.assessor')}
                  required
                  options={(assessors.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.nameKo, lang: 'ko' }))}
                  testId="conflict-assessor"
                />
                <SelectField
                  name="employeeNo"
                  label={t('conflict.employeeNo')}
                  required
                  options={round.candidates.map((c) => ({ value: c.employeeNo, label: `${c.employeeNo} ${c.nameKo}`, lang: 'ko' }))}
                  testId="conflict-employee-no"
                />
                <TextField
                  name="reason"
                  label={t('conflict.reason')}
                  hint={t('conflict.reasonHint')}
                  required
                  maxLength={200}
                  testId="conflict-reason"
                />
              </div>
            </Form>
          </>
        )}
      </QueryState>
    </Section>
  );
}
