import { $api } from '../../../api/client';
import { PageHeader, QueryState } from '../../../kit';
import { FeedbackReport } from './feedback-report';
import { useAssessmentWords } from './shared';

/** 역량평가 결과 보고서: the signed-in official's own reports, one per round they sat. */
export default function FeedbackScreen() {
  const { t } = useAssessmentWords();
  const reports = $api.useQuery('get', '/api/exam/assessment-feedback/mine');
  return (
    <div data-testid="exam-feedback">
      <PageHeader title={t('feedback.title')} lead={t('feedback.intro')} />
      <QueryState loading={reports.isPending} error={reports.error} retry={() => void reports.refetch()} testId="feedback">
        {reports.data?.length === 0 ? (
          <p className="state-line empty" data-testid="feedback-none">
            {t('feedback.none')}
          </p>
        ) : (
          reports.data?.map((r) => <FeedbackReport key={r.candidateId} report={r} />)
        )}
      </QueryState>
    </div>
  );
}
