import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { downloadFile } from '../../../api/files';
import { NotFoundScreen } from '../../../app/fallback-screens';
import { registerCatalogue } from '../../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  Chart,
  type Column,
  DataTable,
  DateText,
  DetailList,
  Form,
  Instant,
  Num,
  NumberField,
  PageHeader,
  QueryState,
  Section,
  SelectField,
  Tabs,
  TextField,
  useLocalName,
  Won,
} from '../../../kit';
import '../words';
import { AnswerKeysTab } from './answer-keys-tab';
import { ExamForm } from './exam-form';
import { PositionName, usePositionName } from './names';
import { examOfficer } from './i18n';
import { InterviewsTab, ResultsTab, ScoresTab } from './season-later';
import { ApplicantsTab, VenuesTab } from './season-people';
import { pipelineFigures, type SeasonTab, score, tabFrom } from './shared';
import { useAction, useRefreshExam } from './use-action';
import './officer.css';

registerCatalogue('examOfficer', examOfficer);

type Exam = Schemas['ExamView'];
type Position = Schemas['PositionView'];

/** One round's season: overview, positions, applicants, numbers and venues, scores, answer keys, interviews, results, downloads. */
export default function SeasonScreen() {
  const { examId } = useParams();
  if (!examId || !/^[0-9a-f-]{36}$/i.test(examId)) return <NotFoundScreen />;
  return <Season key={examId} examId={examId} />;
}

function Season({ examId }: { examId: string }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const localName = useLocalName();
  const [search, setSearch] = useSearchParams();
  const tab = tabFrom(search.get('tab'));
  const exam = $api.useQuery('get', '/api/exam/exams/{id}', { params: { path: { id: examId } } });
  const data = exam.data;
  const tabs: { id: SeasonTab; label: string }[] = [
    { id: 'overview', label: t('tab.overview') },
    { id: 'positions', label: t('tab.positions') },
    { id: 'applicants', label: t('tab.applicants') },
    { id: 'venues', label: t('tab.venues') },
    { id: 'scores', label: data?.kind === 'career' ? t('tab.screening') : t('tab.scores') },
    // 가답안·이의제기·최종정답 are of the written exam, which only open competition has.
    ...(data?.kind === 'open' ? [{ id: 'keys' as const, label: t('tab.keys') }] : []),
    { id: 'interviews', label: t('tab.interviews') },
    { id: 'results', label: t('tab.results') },
    { id: 'downloads', label: t('tab.downloads') },
  ];
  return (
    <div className="exam-officer" data-testid="exam-season">
      <PageHeader
        title={data ? localName(data.titleKo, data.titleEn) : t('console.title')}
        lead={data ? <Badge tone={data.phase === 'accepting' ? 'primary' : 'gray'}>{tw(`phase.${data.phase}`)}</Badge> : undefined}
      />
      <p>
        <Link to="/exam-officer" data-testid="exam-season-back">
          {t('console.back')}
        </Link>
        {' · '}
        <Link to={`/exam-officer/${examId}/notice`} data-testid="exam-season-notice">
          {t('notice.open')}
        </Link>
      </p>
      <QueryState loading={exam.isPending} error={exam.error} retry={() => void exam.refetch()} testId="exam-season-state">
        {data && (
          <Tabs
            tabs={tabs.map((x) => ({ ...x, testId: `exam-tab-${x.id}` }))}
            selected={tab}
            onSelect={(id) => setSearch({ tab: id }, { replace: true })}
            label={t('season.tabs')}
          >
            {tab === 'overview' && <Overview exam={data} />}
            {tab === 'positions' && <Positions exam={data} />}
            {tab === 'applicants' && <ApplicantsTab exam={data} />}
            {tab === 'venues' && <VenuesTab exam={data} />}
            {tab === 'scores' && <ScoresTab exam={data} />}
            {tab === 'keys' && data.kind === 'open' && <AnswerKeysTab exam={data} />}
            {tab === 'interviews' && <InterviewsTab exam={data} />}
            {tab === 'results' && <ResultsTab exam={data} />}
            {tab === 'downloads' && <Downloads exam={data} />}
          </Tabs>
        )}
      </QueryState>
    </div>
  );
}

function Overview({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const refresh = useRefreshExam();
  const pipeline = $api.useQuery('get', '/api/exam/exams/{id}/pipeline', { params: { path: { id: exam.id } } });
  const label = (step: 'applied' | 'paid' | 'sat' | 'passed') => t(`pipeline.${step}`);
  const figures = pipeline.data ? pipelineFigures(pipeline.data.total, label) : null;
  type Row = Schemas['ExamPipelinePositionView'];
  const columns: Column<Row>[] = [
    { key: 'position', header: t('col.position'), rowHeader: true, render: (p) => <PositionName position={p} /> },
    ...(['applied', 'paid', 'sat', 'passed'] as const).map((step) => ({
      key: step,
      header: label(step),
      align: 'end' as const,
      render: (p: Row) => <Num value={p[step]} />,
    })),
  ];
  return (
    <>
      <Section title={t('overview.schedule')} testId="exam-overview">
        <DetailList
          testId="exam-overview-schedule"
          items={[
            {
              key: 'period',
              label: t('overview.applicationPeriod'),
              value: (
                <>
                  <Instant at={exam.applicationOpensAt} /> ~ <Instant at={exam.applicationClosesAt} />
                </>
              ),
            },
            { key: 'cancel', label: t('form.cancelCloses'), value: <Instant at={exam.cancellationClosesAt} /> },
            {
              key: 'written',
              label: t('form.writtenExamOn'),
              value: exam.writtenExamOn ? <DateText date={exam.writtenExamOn} /> : t('none'),
            },
            {
              key: 'interview',
              label: t('form.interviewStart'),
              value: exam.interviewStartsOn ? <DateText date={exam.interviewStartsOn} /> : t('none'),
            },
            { key: 'result', label: t('form.resultOn'), value: <DateText date={exam.resultOn} /> },
            { key: 'selection', label: t('form.selection'), value: t('people', { n: exam.selectionPlanned }) },
            {
              key: 'numbers',
              label: t('overview.numbersAt'),
              value: exam.examNumbersAssignedAt ? <Instant at={exam.examNumbersAssignedAt} /> : t('overview.notYet'),
            },
            {
              key: 'seats',
              label: t('overview.seatsAt'),
              value: exam.seatsAssignedAt ? <Instant at={exam.seatsAssignedAt} /> : t('overview.notYet'),
            },
          ]}
        />
      </Section>
      <Section title={t('pipeline.title')} testId="exam-pipeline">
        <QueryState loading={pipeline.isPending} error={pipeline.error} retry={() => void pipeline.refetch()} testId="exam-pipeline-state">
          {figures && pipeline.data && (
            <>
              <Chart
                title={t('pipeline.title')}
                kind="bar"
                labels={figures.labels}
                series={[{ label: t('pipeline.series'), values: figures.values }]}
                unitLabel={t('people', { n: '' }).trim() || undefined}
                testId="exam-pipeline-chart"
              />
              <DataTable
                caption={t('pipeline.caption')}
                columns={columns}
                rows={pipeline.data.positions}
                rowKey={(p) => p.positionId}
                narrow="scroll"
                testId="exam-pipeline-positions"
              />
            </>
          )}
        </QueryState>
      </Section>
      <Section title={t('form.edit')} testId="exam-edit-section">
        <ExamForm exam={exam} onSaved={refresh} />
      </Section>
    </>
  );
}

function PassMark({ position, label }: { position: Position; label: string }) {
  const { t } = useTranslation('examOfficer');
  const action = useAction();
  const form = useForm<{ passMultiplePercent?: number }>({ defaultValues: { passMultiplePercent: position.passMultiplePercent ?? 150 } });
  return (
    <Form
      form={form}
      testId={`exam-pass-mark-${position.seq}`}
      label={t('passMark.multipleOf', { label })}
      submitLabel={t('passMark.set')}
      success={(r: Schemas['PassMarkView']) => t('passMark.done', { label, cutoff: score(r.cutoff), passed: r.passed })}
      onSubmit={async (v) => {
        const r = await unwrap(
          api.POST('/api/exam/positions/{id}/pass-mark', {
            params: { path: { id: position.id } },
            body: { passMultiplePercent: v.passMultiplePercent ?? 0 },
          }),
        );
        await action.refresh();
        return r;
      }}
    >
      <NumberField
        name="passMultiplePercent"
        label={
          <>
            <PositionName position={position} /> · {t('passMark.multiple')}
          </>
        }
        labelText={t('passMark.multipleOf', { label })}
        required
        min={100}
        max={500}
        step={10}
        testId={`exam-pass-multiple-${position.seq}`}
      />
    </Form>
  );
}

interface PositionValues {
  jobSeries: string;
  jobSeriesKo: string;
  grade?: number;
  openings?: number;
  track: Schemas['PositionTrack'];
  minAge?: number;
}

function Positions({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const positionName = usePositionName();
  const refresh = useRefreshExam();
  const form = useForm<PositionValues>({
    mode: 'onTouched',
    defaultValues: { jobSeries: '', jobSeriesKo: '', grade: 9, track: 'general' },
  });
  const columns: Column<Position>[] = [
    { key: 'position', header: t('col.position'), rowHeader: true, render: (p) => <PositionName position={p} /> },
    { key: 'track', header: t('col.track'), render: (p) => tw(`track.${p.track}`) },
    { key: 'openings', header: t('col.openings'), align: 'end', render: (p) => <Num value={p.openings} /> },
    { key: 'fee', header: t('col.fee'), align: 'end', render: (p) => <Won amount={p.fee} /> },
    {
      key: 'appliedPaid',
      header: t('col.appliedPaid'),
      align: 'end',
      render: (p) => (
        <>
          <Num value={p.applicants} /> / <Num value={p.paid} />
        </>
      ),
    },
    { key: 'ratio', header: t('col.ratio'), align: 'end', render: (p) => <Num value={p.competitionRatio} digits={1} /> },
    { key: 'cutoff', header: t('passMark.cutoff'), align: 'end', render: (p) => score(p.writtenCutoff) },
  ];
  const tracks: Schemas['PositionTrack'][] = ['general', 'disabled', 'low_income', 'veterans_recommendation', 'high_school'];
  return (
    <>
      <Section title={t('pos.title')} testId="exam-positions">
        <DataTable
          caption={t('pos.title')}
          columns={columns}
          rows={exam.positions}
          rowKey={(p) => p.id}
          rowTestId="exam-position-row"
          narrow="scroll"
          testId="exam-positions-table"
        />
      </Section>
      {exam.kind === 'open' && exam.positions.length > 0 && (
        <Section title={t('passMark.set')} testId="exam-pass-marks">
          {exam.positions.map((p) => (
            <PassMark key={p.id} position={p} label={positionName(p)} />
          ))}
        </Section>
      )}
      <Section title={t('pos.add')} testId="exam-position-new">
        <Form
          form={form}
          testId="exam-position-form"
          label={t('pos.add')}
          submitLabel={t('pos.add')}
          success={t('pos.added')}
          resetOnSuccess
          onSubmit={async (v) => {
            const r = await unwrap(
              api.POST('/api/exam/exams/{id}/positions', {
                params: { path: { id: exam.id } },
                body: {
                  jobSeries: v.jobSeries.trim(),
                  jobSeriesKo: v.jobSeriesKo.trim(),
                  grade: v.grade ?? 0,
                  openings: v.openings ?? 0,
                  track: v.track,
                  minAge: v.minAge,
                },
              }),
            );
            await refresh();
            return r;
          }}
        >
          <div className="exam-form-grid">
            <TextField
              name="jobSeries"
              label={t('pos.series')}
              hint={t('pos.seriesHint')}
              required
              placeholder="general_admin"
              testId="exam-position-series"
            />
            <TextField name="jobSeriesKo" label={t('pos.seriesKo')} required testId="exam-position-series-ko" />
            <NumberField name="grade" label={t('pos.grade')} required min={1} max={9} testId="exam-position-grade" />
            <NumberField name="openings" label={t('pos.openings')} required min={1} max={100_000} testId="exam-position-openings" />
            <SelectField
              name="track"
              label={t('pos.track')}
              placeholder={false}
              options={tracks.map((x) => ({ value: x, label: tw(`track.${x}`) }))}
              testId="exam-position-track"
            />
            <NumberField name="minAge" label={t('pos.minAge')} min={15} max={60} testId="exam-position-min-age" />
          </div>
        </Form>
      </Section>
    </>
  );
}

function Downloads({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const action = useAction();
  const lists = [
    { key: 'applicants', label: t('dl.applicants'), path: `/api/exam/exams/${exam.id}/applications/export`, name: 'applications' },
    { key: 'pass-list', label: t('dl.passList'), path: `/api/exam/exams/${exam.id}/pass-list/export`, name: 'pass-list' },
  ];
  return (
    <Section title={t('dl.title')} testId="exam-downloads">
      <p className="exam-muted">{t('dl.intro')}</p>
      {lists.map((list) => (
        <div key={list.key} className="exam-actions">
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              testId={`exam-download-${list.key}-${format}`}
              busy={action.busy}
              onClick={() =>
                void action.run(
                  () => downloadFile(list.path, `${list.name}.${format}`, { format }),
                  () => t('dl.done'),
                )
              }
            >
              {t(`dl.${format}`, { list: list.label })}
            </Button>
          ))}
        </div>
      ))}
      <ActionStatus outcome={action.outcome} testId="exam-downloads-status" />
    </Section>
  );
}
