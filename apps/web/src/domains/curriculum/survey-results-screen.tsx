import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import { Chart, type Column, DataTable, Num, NumberField, PageHeader, Period, QueryState, Section } from '../../kit';
import { curriculum } from './i18n';
import { localText, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

type Share = Schemas['DemandSurveyShareView'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = { statusCode: 404, code: 'DEMAND_SURVEY.NOT_FOUND', message: 'not found' };

/**
 * A demand survey's results: the two shares it asks about, the daily hours that suit most
 * respondents (and those with childcare) for a day of the chosen length — with the way to
 * schedule a cohort at those hours — and every answer counted.
 */
export default function SurveyResultsScreen() {
  const t = useCurriculumT();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const hoursForm = useForm<{ hoursPerDay?: number }>({ mode: 'onChange', defaultValues: { hoursPerDay: 6 } });
  const [hours, setHours] = useState(6);
  useEffect(() => {
    const subscription = hoursForm.watch((values) => {
      const h = values.hoursPerDay;
      // Only a length the service takes (1–12 hours) is asked for; the field says what is wrong otherwise.
      if (typeof h === 'number' && h >= 1 && h <= 12) setHours(h);
    });
    return () => subscription.unsubscribe();
  }, [hoursForm]);
  const results = $api.useQuery(
    'get',
    '/api/demand-surveys/{id}/results',
    { params: { path: { id }, query: { hoursPerDay: hours } } },
    { enabled: valid, placeholderData: (previous) => previous },
  );
  const survey = results.data?.survey;
  const title = survey ? (currentLanguage() === 'ko' ? survey.titleKo : survey.titleEn || survey.titleKo) : t('surveys.results');
  return (
    <div data-testid="survey-results">
      <PageHeader title={title} lead={<Link to="/surveys">{t('surveys.back')}</Link>} />
      <QueryState
        loading={valid && results.isPending}
        error={valid ? results.error : NOT_FOUND}
        retry={() => void results.refetch()}
        testId="survey-results"
      >
        {results.data && (
          <>
            <p className="section-lead">
              <Period start={results.data.survey.opensOn} end={results.data.survey.closesOn} /> ·{' '}
              {t('surveys.respondents', { count: results.data.respondents })}
            </p>
            {results.data.survey.sourceNote && <p className="form-hint">{localText(results.data.survey.sourceNote)}</p>}
            <FormProvider {...hoursForm}>
              <div className="form-grid narrow-grid" role="group" aria-label={t('surveys.suggestion')}>
                <NumberField
                  name="hoursPerDay"
                  label={t('surveys.hoursPerDay')}
                  unit={t('unit.hours')}
                  min={1}
                  max={12}
                  step={0.5}
                  required
                  testId="survey-hours"
                />
              </div>
            </FormProvider>
            <Results results={results.data} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function Results({ results }: { results: Schemas['DemandSurveyResultsView'] }) {
  const t = useCurriculumT();
  const count = (shares: Share[], label: (code: string) => string) => ({
    labels: shares.map((s) => label(s.code)),
    series: [{ label: t('surveys.responses'), values: shares.map((s) => s.count) }],
  });
  const times = (shares: Share[], caption: string, testId: string) => {
    const columns: Column<Share>[] = [
      { key: 'time', header: caption, rowHeader: true, render: (s) => s.code },
      { key: 'count', header: t('surveys.responses'), align: 'end', render: (s) => <Num value={s.count} /> },
      { key: 'share', header: t('col.share'), align: 'end', render: (s) => `${s.share}%` },
    ];
    return (
      <DataTable caption={caption} showCaption columns={columns} rows={shares} rowKey={(s) => s.code} testId={testId} narrow="scroll" />
    );
  };
  const constraints = count(results.constraints, (c) => t(`constraint.${c as Schemas['SurveyConstraint']}`));
  const days = count(results.preferredDays, (d) => t(`weekday.${d as Schemas['SurveyWeekday']}`));
  return (
    <>
      <Section title={t('surveys.shares')} testId="survey-shares">
        <div className="cur-stats">
          <ShareCard share={results.hardDueToChildcare} label={t('surveys.hardDueToChildcare')} testId="share-childcare-hard" />
          <ShareCard share={results.wantsChildcareFriendly} label={t('surveys.wantsChildcareFriendly')} testId="share-childcare-friendly" />
        </div>
      </Section>
      <Section title={t('surveys.suggestion')} testId="survey-suggestions">
        <Suggestion suggestion={results.suggestion} label={t('surveys.suggestAll')} testId="suggestion-all" />
        <Suggestion suggestion={results.childcareSuggestion} label={t('surveys.suggestChildcare')} testId="suggestion-childcare" />
      </Section>
      <Section title={t('surveys.details')} testId="survey-details">
        <Chart
          title={t('surveys.constraints')}
          kind="bar"
          labels={constraints.labels}
          series={constraints.series}
          unitLabel={t('unit.people')}
          testId="chart-constraints"
        />
        <Chart
          title={t('surveys.days')}
          kind="bar"
          labels={days.labels}
          series={days.series}
          unitLabel={t('unit.people')}
          testId="chart-days"
        />
        <div className="cur-two">
          {times(results.earliestStarts, t('surveys.earliest'), 'survey-earliest')}
          {times(results.latestEnds, t('surveys.latest'), 'survey-latest')}
        </div>
      </Section>
    </>
  );
}

function ShareCard({ share, label, testId }: { share: Share; label: string; testId: string }) {
  const t = useCurriculumT();
  return (
    <div className="cur-stat" data-testid={testId}>
      <span className="stat-value">{share.share}%</span>
      <span className="stat-label">{label}</span>
      <span className="cell-sub">{t('surveys.ofRespondents', { count: share.count })}</span>
      <span className="stat-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, share.share)}%` }} />
      </span>
    </div>
  );
}

function Suggestion({ suggestion, label, testId }: { suggestion: Schemas['SuggestedHoursView'] | null; label: string; testId: string }) {
  const t = useCurriculumT();
  if (!suggestion) return <p className="state-line">{t('surveys.noSuggestion', { who: label })}</p>;
  return (
    <div className="cur-suggestion" data-testid={testId}>
      <p>
        <strong>{label}</strong>{' '}
        <span className="stat-value small">
          {suggestion.dailyStartTime}–{suggestion.dailyEndTime}
        </span>
      </p>
      <p className="cell-sub">
        {t('surveys.attendable', { attendable: suggestion.attendable, respondents: suggestion.respondents, share: suggestion.share })}
      </p>
      <Link to={`/cohorts?start=${suggestion.dailyStartTime}&end=${suggestion.dailyEndTime}`} data-testid={`${testId}-schedule`}>
        {t('surveys.scheduleWith', { hours: `${suggestion.dailyStartTime}–${suggestion.dailyEndTime}` })}
      </Link>
    </div>
  );
}
