import { Link, useParams } from 'react-router';
import { $api } from '../../../api/client';
import { useSession } from '../../../app/App';
import { PageHeader, QueryState } from '../../../kit';
import { Announcement } from './announcements-screen';
import { sortAnnouncements } from './rules';
import { useApplicantWords } from './shared';

/** 기관별 채용 공고 (/exams/<institute-code>): one institute's exams, its own address; open to all. */
export default function InstituteExamsScreen() {
  const { institute = '' } = useParams();
  const { t, lang } = useApplicantWords();
  const session = useSession();
  const query = $api.useQuery('get', '/api/public/exams', { params: { query: { tenant: institute } } }, { retry: false });
  const name = query.data ? (lang === 'en' && query.data.tenant.nameEn ? query.data.tenant.nameEn : query.data.tenant.nameKo) : '';
  const exams = query.data ? sortAnnouncements(query.data.exams) : undefined;
  return (
    <div className="exam-app" data-testid="exam-institute">
      <p className="exam-back">
        <Link to="/exams">{t('portal.allExams')}</Link>
      </p>
      <PageHeader title={name ? t('portal.instituteExams', { institute: name }) : t('ann.title')} lead={t('ann.intro')} />
      <QueryState loading={query.isLoading} error={query.error} retry={() => query.refetch()} testId="exam-institute-state">
        {exams && exams.length === 0 && <p className="state-line empty">{t('ann.none')}</p>}
        {exams?.map((exam) => (
          <Announcement key={exam.id} exam={exam} signedIn={session?.user.role ?? null} instituteSlug={query.data?.tenant.slug} />
        ))}
      </QueryState>
    </div>
  );
}
