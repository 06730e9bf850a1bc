import { $api, type Schemas } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { PageHeader, QueryState, Section } from '../../../kit';
import { assessmentRows, unplacedText } from './plan-rows';
import { QuarterTable, usePlanWords, usePlanYear, YearChooser } from './shared';

/**
 * 역량평가 운영계획 (4-3): per grade, the rounds and candidates planned per quarter beside the rounds
 * held (by the day held) and their candidates; cells the source prints without a quarter are named
 * under the table and count in the year only.
 */
export default function AssessmentPlanScreen() {
  const { t } = usePlanWords();
  const [fiscalYear, setYear] = usePlanYear();
  const plan = $api.useQuery('get', '/api/exam/assessment-plan', { params: { query: { fiscalYear } } });
  return (
    <div className="exam-plans" data-testid="exam-assessment-plan">
      <PageHeader title={t('assessment.title', { year: fiscalYear })} lead={t('assessment.lead')} />
      <YearChooser year={fiscalYear} onChange={setYear} testId="assessment-plan-year" />
      <QueryState loading={plan.isPending} error={plan.error} retry={() => void plan.refetch()} testId="assessment-plan">
        {plan.data && plan.data.grades.length === 0 && <p className="state-line empty">{t('assessment.empty')}</p>}
        {plan.data?.grades.map((grade) => (
          <GradePlan key={grade.grade} grade={grade} />
        ))}
      </QueryState>
    </div>
  );
}

export function GradePlan({ grade }: { grade: Schemas['AssessmentPlanGradeView'] }) {
  const { t } = usePlanWords();
  const lang = currentLanguage();
  const unplaced = unplacedText(grade, t, lang);
  return (
    <Section title={t('assessment.grade', { grade: grade.grade })} testId={`assessment-plan-grade-${grade.grade}`}>
      <QuarterTable
        caption={t('assessment.caption', { grade: grade.grade })}
        rows={assessmentRows(grade, t, lang)}
        testId={`assessment-plan-${grade.grade}`}
      />
      {unplaced && (
        <p className="exam-plan-note" data-testid={`assessment-plan-${grade.grade}-unplaced`}>
          {unplaced}
        </p>
      )}
    </Section>
  );
}
