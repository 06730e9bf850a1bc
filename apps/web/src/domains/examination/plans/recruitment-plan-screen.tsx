import { $api } from '../../../api/client';
import { Notice, PageHeader, QueryState, Section } from '../../../kit';
import { recruitmentRows } from './plan-rows';
import { QuarterTable, usePlanWords, usePlanYear, YearChooser } from './shared';

/**
 * 경력경쟁 채용 선발계획 (4-2): the selections and rounds planned per quarter, beside the career exams
 * held by the quarter of their result day, the selections they announced and who passed in the end.
 */
export default function RecruitmentPlanScreen() {
  const { t } = usePlanWords();
  const [fiscalYear, setYear] = usePlanYear();
  const report = $api.useQuery('get', '/api/exam/recruitment-plan', { params: { query: { fiscalYear, kind: 'career' } } });
  return (
    <div className="exam-plans" data-testid="exam-recruitment-plan">
      <PageHeader title={t('recruitment.title', { year: fiscalYear })} lead={t('recruitment.lead')} />
      <YearChooser year={fiscalYear} onChange={setYear} testId="recruitment-plan-year" />
      <QueryState loading={report.isPending} error={report.error} retry={() => void report.refetch()} testId="recruitment-plan">
        {report.data && (
          <Section title={t('recruitment.caption')}>
            {!report.data.hasPlan && (
              <Notice tone="info" testId="recruitment-plan-none">
                {t('recruitment.noPlan')}
              </Notice>
            )}
            <QuarterTable caption={t('recruitment.caption')} rows={recruitmentRows(report.data, t)} testId="recruitment-plan-table" />
          </Section>
        )}
      </QueryState>
    </div>
  );
}
