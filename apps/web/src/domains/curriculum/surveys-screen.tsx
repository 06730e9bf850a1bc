import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { useSession } from '../../app/App';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import {
  Badge,
  CheckboxField,
  ChoiceField,
  type Column,
  DataTable,
  DateField,
  DateText,
  Form,
  Notice,
  Num,
  PageHeader,
  Period,
  QueryState,
  Section,
  TextAreaField,
  TextField,
} from '../../kit';
import { refreshPaths } from './cohort-data';
import { curriculum } from './i18n';
import { seoulToday, STAFF, SURVEY_CONSTRAINTS, SURVEY_WEEKDAYS, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

type Survey = Schemas['DemandSurveyView'];
const SURVEY_PATHS = ['/api/demand-surveys', '/api/demand-surveys/{id}/my-response', '/api/demand-surveys/{id}/results'];
const titleOf = (s: Survey) => (currentLanguage() === 'ko' ? s.titleKo : s.titleEn || s.titleKo);

/**
 * 수요조사: the curriculum staff see the surveys, open new ones and go to each one's results;
 * everyone else of the institute (trainees first) answers the surveys open now — on a phone too.
 */
export default function SurveysScreen() {
  const t = useCurriculumT();
  const session = useSession();
  const staff = Boolean(session && STAFF.includes(session.user.role));
  const surveys = $api.useQuery('get', '/api/demand-surveys');
  return (
    <div data-testid="surveys">
      <PageHeader title={t('surveys.title')} lead={staff ? t('surveys.lead') : t('surveys.answerLead')} />
      <QueryState loading={surveys.isPending} error={surveys.error} retry={() => void surveys.refetch()} testId="surveys">
        {surveys.data && (staff ? <SurveyList surveys={surveys.data} /> : <Answering surveys={surveys.data.filter((s) => s.open)} />)}
      </QueryState>
    </div>
  );
}

function SurveyList({ surveys }: { surveys: Survey[] }) {
  const t = useCurriculumT();
  const columns: Column<Survey>[] = [
    {
      key: 'title',
      header: t('surveys.survey'),
      rowHeader: true,
      render: (s) => (
        <>
          <Link to={`/surveys/${s.id}`}>{titleOf(s)}</Link>
          {s.generated && (
            <>
              {' '}
              <Badge tone="gray">{t('generated')}</Badge>
            </>
          )}
        </>
      ),
    },
    { key: 'period', header: t('surveys.period'), render: (s) => <Period start={s.opensOn} end={s.closesOn} /> },
    { key: 'responses', header: t('surveys.responses'), align: 'end', render: (s) => <Num value={s.responses} /> },
    {
      key: 'status',
      header: t('col.status'),
      render: (s) => <Badge tone={s.open ? 'success' : 'gray'}>{t(s.open ? 'surveys.open' : 'surveys.closed')}</Badge>,
    },
  ];
  return (
    <>
      <Section title={t('surveys.list')} testId="survey-list">
        <DataTable
          caption={t('surveys.list')}
          columns={columns}
          rows={surveys}
          rowKey={(s) => s.id}
          rowTestId="survey-row"
          testId="surveys-table"
          narrow="scroll"
          empty={t('surveys.none')}
        />
      </Section>
      <Section title={t('surveys.new')} testId="survey-new">
        <NewSurvey />
      </Section>
    </>
  );
}

function NewSurvey() {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const today = seoulToday();
  const form = useForm<{ titleKo?: string; titleEn?: string; opensOn?: string; closesOn?: string }>({
    mode: 'onTouched',
    defaultValues: { opensOn: today },
  });
  return (
    <Form
      form={form}
      testId="survey-form"
      label={t('surveys.new')}
      submitLabel={t('surveys.create')}
      resetOnSuccess
      success={(s: Survey) => t('surveys.created', { title: titleOf(s) })}
      onSubmit={async (v) => {
        const created = await unwrap(
          api.POST('/api/demand-surveys', {
            body: { titleKo: v.titleKo!, titleEn: v.titleEn!, opensOn: v.opensOn!, closesOn: v.closesOn! },
          }),
        );
        void refreshPaths(queryClient, SURVEY_PATHS);
        return created;
      }}
    >
      <div className="form-grid">
        <TextField name="titleKo" label={t('surveys.titleKo')} required maxLength={200} testId="survey-title-ko" />
        <TextField name="titleEn" label={t('surveys.titleEn')} required maxLength={200} testId="survey-title-en" />
        <DateField name="opensOn" label={t('surveys.opens')} required testId="survey-opens" />
        <DateField
          name="closesOn"
          label={t('surveys.closes')}
          required
          validate={(closes, v) =>
            typeof closes === 'string' && v.opensOn && closes < v.opensOn
              ? { code: 'DEMAND_SURVEY.CLOSES_BEFORE_OPENS', params: { opensOn: v.opensOn, closesOn: closes } }
              : null
          }
          testId="survey-closes"
        />
      </div>
    </Form>
  );
}

function Answering({ surveys }: { surveys: Survey[] }) {
  const t = useCurriculumT();
  if (surveys.length === 0) {
    return (
      <Notice tone="info" testId="surveys-none-open">
        {t('surveys.noneOpen')}
      </Notice>
    );
  }
  return (
    <>
      {surveys.map((s) => (
        <Answer key={s.id} survey={s} />
      ))}
    </>
  );
}

interface AnswerValues {
  hardDueToChildcare: boolean;
  wantsChildcareFriendly: boolean;
  earliestStart?: string;
  latestEnd?: string;
  preferredDays?: string[] | string | false;
  constraints?: string[] | string | false;
  comment?: string;
}
const listOf = (value: AnswerValues['preferredDays']): string[] => (Array.isArray(value) ? value : value ? [value] : []);

/** One open survey: the answer form, or the answer already given. */
function Answer({ survey }: { survey: Survey }) {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const mine = $api.useQuery('get', '/api/demand-surveys/{id}/my-response', { params: { path: { id: survey.id } } });
  const [thanked, setThanked] = useState(false);
  const form = useForm<AnswerValues>({
    mode: 'onTouched',
    defaultValues: {
      hardDueToChildcare: false,
      wantsChildcareFriendly: false,
      earliestStart: '09:00',
      latestEnd: '18:00',
      preferredDays: [],
      constraints: [],
    },
  });
  const answered = mine.data?.response;
  return (
    <Section title={titleOf(survey)} testId="survey-answer">
      <p className="section-lead">
        {t('surveys.openUntil')} <Period start={survey.opensOn} end={survey.closesOn} />
      </p>
      <QueryState loading={mine.isPending} error={mine.error} retry={() => void mine.refetch()} testId="survey-mine">
        {thanked ? (
          <Notice tone="success" role="status" testId="answer-thanks">
            {t('surveys.thanks')}
          </Notice>
        ) : answered ? (
          <Notice tone="info" testId="answer-already">
            {t('surveys.already')} (<DateText date={answered.submittedAt.slice(0, 10)} />)
          </Notice>
        ) : (
          <Form
            form={form}
            testId="answer"
            label={titleOf(survey)}
            submitLabel={t('surveys.submit')}
            onSubmit={async (v) => {
              const days = listOf(v.preferredDays) as Schemas['SurveyWeekday'][];
              await unwrap(
                api.POST('/api/demand-surveys/{id}/responses', {
                  params: { path: { id: survey.id } },
                  body: {
                    hardDueToChildcare: Boolean(v.hardDueToChildcare),
                    wantsChildcareFriendly: Boolean(v.wantsChildcareFriendly),
                    earliestStart: v.earliestStart!.slice(0, 5),
                    latestEnd: v.latestEnd!.slice(0, 5),
                    preferredDays: days.length > 0 ? days : undefined,
                    constraints: listOf(v.constraints) as Schemas['SurveyConstraint'][],
                    comment: v.comment || undefined,
                  },
                }),
              );
              setThanked(true);
              void refreshPaths(queryClient, SURVEY_PATHS);
            }}
          >
            <CheckboxField name="hardDueToChildcare" label={t('surveys.hardDueToChildcare')} testId="answer-hard" />
            <CheckboxField name="wantsChildcareFriendly" label={t('surveys.wantsChildcareFriendly')} testId="answer-friendly" />
            <div className="form-grid">
              <DateField name="earliestStart" type="time" label={t('surveys.earliest')} required testId="answer-earliest" />
              <DateField
                name="latestEnd"
                type="time"
                label={t('surveys.latest')}
                required
                validate={(end, v) =>
                  typeof end === 'string' && v.earliestStart && end <= v.earliestStart
                    ? { code: 'DEMAND_SURVEY.HOURS_REVERSED', params: { earliestStart: v.earliestStart, latestEnd: end } }
                    : null
                }
                testId="answer-latest"
              />
            </div>
            <ChoiceField
              name="preferredDays"
              label={t('surveys.days')}
              hint={t('surveys.daysHint')}
              multiple
              options={SURVEY_WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
              testId="answer-days"
            />
            <ChoiceField
              name="constraints"
              label={t('surveys.constraints')}
              multiple
              options={SURVEY_CONSTRAINTS.map((c) => ({ value: c, label: t(`constraint.${c}`) }))}
              testId="answer-constraints"
            />
            <TextAreaField name="comment" label={t('surveys.comment')} maxLength={1000} rows={3} testId="answer-comment" />
          </Form>
        )}
      </QueryState>
    </Section>
  );
}
