import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { $api, type Schemas } from '../../../api/client';
import { Badge, PageHeader, QueryState } from '../../../kit';
import { examsOf } from './rules';
import { Ko, useApplicantWords } from './shared';

type PortalExam = Schemas['PortalExamView'];

/**
 * 채용 공고 모아보기: the open exams of every active institute, for anyone and without a code to type,
 * filterable by institute (kept in `?institute=`); each links to its announcement.
 */
export default function PortalScreen() {
  const { t } = useApplicantWords();
  const [params, setParams] = useSearchParams();
  const filterId = useId();
  const query = $api.useQuery('get', '/api/public/exams/open', {});
  const institute = params.get('institute') ?? '';
  const exams = query.data ? examsOf(query.data.exams, institute) : undefined;

  return (
    <div className="exam-app" data-testid="exam-portal">
      <PageHeader title={t('portal.title')} lead={t('portal.intro')} />
      <QueryState loading={query.isLoading} error={query.error} retry={() => query.refetch()} testId="exam-portal-state">
        {query.data && (
          <div className="baeum-form exam-filter">
            <div className="form-group">
              <div className="form-tit">
                <label htmlFor={filterId}>{t('portal.institute')}</label>
              </div>
              <div className="form-conts">
                <select
                  id={filterId}
                  className="krds-form-select"
                  value={institute}
                  onChange={(e) => setParams(e.target.value ? { institute: e.target.value } : {}, { replace: true })}
                  data-testid="exam-portal-institute"
                >
                  <option value="">{t('portal.allInstitutes')}</option>
                  {query.data.institutes.map((i) => (
                    <option key={i.slug} value={i.slug}>
                      {i.nameKo}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>
        )}
        {exams && (
          <p className="state-line" role="status" data-testid="exam-portal-count">
            {t('portal.count', { count: exams.length })}
          </p>
        )}
        {exams && exams.length === 0 && <p className="state-line empty">{t('portal.none')}</p>}
        {exams && exams.length > 0 && (
          <ul className="exam-portal-list">
            {exams.map((exam) => (
              <PortalCard key={exam.id} exam={exam} />
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}

function PortalCard({ exam }: { exam: PortalExam }) {
  const words = useApplicantWords();
  const { t, w, lang } = words;
  const title = words.title(exam);
  const headingId = `portal-exam-${exam.id}`;
  const instituteName = lang === 'en' && exam.institute.nameEn ? exam.institute.nameEn : exam.institute.nameKo;
  return (
    <li className="exam-card" data-testid="exam-portal-exam">
      <p className="exam-institute">
        <Link to={`/exams/${exam.institute.slug}`} data-testid="exam-portal-institute-link">
          {instituteName}
        </Link>
      </p>
      <div className="exam-card-head">
        <h2 id={headingId} className="heading-sm">
          {lang === 'en' && !exam.titleEn ? <Ko>{title}</Ko> : title}
        </h2>
        <Badge tone={exam.phase === 'accepting' ? 'primary' : 'gray'}>{w(`phase.${exam.phase}`)}</Badge>
      </div>
      <dl className="exam-schedule">
        <dt>{t('ann.applicationPeriod')}</dt>
        <dd>{`${words.instant(exam.applicationOpensAt)} ~ ${words.instant(exam.applicationClosesAt)}`}</dd>
        <dt>{t('portal.positions')}</dt>
        <dd>{t('portal.positionsCount', { count: exam.positionsCount })}</dd>
        <dt>{t('portal.openings')}</dt>
        <dd data-testid="exam-portal-openings">{t('people', { count: exam.openings })}</dd>
      </dl>
      <Link
        to={`/exams/${exam.institute.slug}/${exam.id}`}
        className="krds-btn small secondary"
        data-testid="exam-portal-view"
        aria-label={`${t('portal.view')}: ${title}`}
      >
        {t('portal.view')}
      </Link>
    </li>
  );
}
