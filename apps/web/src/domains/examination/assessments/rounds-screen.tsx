import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import {
  Badge,
  DataTable,
  DateField,
  DateText,
  Form,
  NumberField,
  PageHeader,
  QueryState,
  Section,
  SelectField,
  type Tone,
} from '../../../kit';
import { roundState, type RoundState, toHundredths, useAssessmentWords, useRefreshAssessments, useRoundLabel } from './shared';

type Round = Schemas['AssessmentRoundSummaryView'];
interface NewRound {
  targetGrade: number;
  year: number;
  roundNo: number;
  heldOn: string;
  passThreshold: number;
  maxAttempts: number;
  assessorsPerTechnique: number;
}

export const STATE_TONE: Record<RoundState, Tone> = { completed: 'success', assigned: 'information', open: 'warning' };

/** 역량평가 관리: the rounds of the grade 4 and 5 promotion assessments, and a new one. */
export default function RoundsScreen() {
  const { t } = useAssessmentWords();
  const label = useRoundLabel();
  const rounds = $api.useQuery('get', '/api/exam/assessment-rounds');

  return (
    <div data-testid="exam-assessments">
      <PageHeader title={t('rounds.title')} lead={t('rounds.intro')} />
      <Section title={t('rounds.list')}>
        <QueryState loading={rounds.isPending} error={rounds.error} retry={() => void rounds.refetch()} testId="rounds">
          <DataTable<Round>
            caption={t('rounds.list')}
            rows={rounds.data}
            rowKey={(r) => r.id}
            narrow="scroll"
            testId="rounds-table"
            rowTestId={(r) => `round-${r.targetGrade}-${r.year}-${r.roundNo}`}
            empty={t('rounds.empty')}
            columns={[
              {
                key: 'round',
                header: t('rounds.round'),
                rowHeader: true,
                render: (r) => (
                  <Link to={`/exam-assessments/${r.id}`} data-testid="round-open">
                    {label(r)}
                  </Link>
                ),
              },
              { key: 'heldOn', header: t('rounds.heldOn'), render: (r) => <DateText date={r.heldOn} /> },
              { key: 'candidates', header: t('rounds.candidates'), align: 'end' },
              { key: 'passed', header: t('rounds.passed'), align: 'end' },
              {
                key: 'status',
                header: t('rounds.status'),
                render: (r) => <Badge tone={STATE_TONE[roundState(r)]}>{t(`status.${roundState(r)}`)}</Badge>,
              },
            ]}
          />
        </QueryState>
      </Section>
      <NewRoundForm />
    </div>
  );
}

function NewRoundForm() {
  const { t } = useAssessmentWords();
  const navigate = useNavigate();
  const refresh = useRefreshAssessments();
  const form = useForm<NewRound>({
    mode: 'onTouched',
    defaultValues: {
      targetGrade: 5,
      year: new Date().getFullYear(),
      roundNo: 1,
      heldOn: '',
      passThreshold: 2.5,
      maxAttempts: 3,
      assessorsPerTechnique: 2,
    },
  });
  return (
    <Section title={t('new.title')}>
      <Form
        form={form}
        testId="round-new"
        submitLabel={t('new.submit')}
        onSubmit={async (v) => {
          const round = await unwrap(
            api.POST('/api/exam/assessment-rounds', {
              body: {
                targetGrade: Number(v.targetGrade) as 4 | 5,
                year: v.year,
                roundNo: v.roundNo,
                heldOn: v.heldOn,
                passThreshold: toHundredths(v.passThreshold),
                maxAttempts: v.maxAttempts,
                assessorsPerTechnique: v.assessorsPerTechnique,
              },
            }),
          );
          await refresh();
          void navigate(`/exam-assessments/${round.id}`);
          return round;
        }}
      >
        <div className="asm-forms">
          <SelectField
            name="targetGrade"
            label={t('new.grade')}
            numeric
            required
            placeholder={false}
            options={[5, 4].map((g) => ({ value: String(g), label: t('gradeOption', { grade: g }) }))}
            testId="round-grade"
          />
          <NumberField name="year" label={t('new.year')} required min={2000} max={2100} testId="round-year" />
          <NumberField name="roundNo" label={t('new.roundNo')} required min={1} max={99} testId="round-no" />
          <DateField name="heldOn" label={t('new.heldOn')} required testId="round-held-on" />
          <NumberField
            name="passThreshold"
            label={t('new.threshold')}
            hint={t('new.thresholdHint')}
            required
            min={1}
            max={5}
            step={0.01}
            testId="round-threshold"
          />
          <NumberField
            name="maxAttempts"
            label={t('new.maxAttempts')}
            required
            min={1}
            max={10}
            unit={t('unit.times')}
            testId="round-attempts"
          />
          <NumberField
            name="assessorsPerTechnique"
            label={t('new.perTechnique')}
            required
            min={1}
            max={5}
            unit={t('unit.people')}
            testId="round-per-technique"
          />
        </div>
      </Form>
    </Section>
  );
}
