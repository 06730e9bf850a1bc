import { Link, useParams } from 'react-router';
import { $api } from '../../../api/client';
import { useSession } from '../../../app/App';
import { PageHeader, QueryState } from '../../../kit';
import { Announcement } from './announcements-screen';
import { Countdown } from './countdown';
import type { Exam } from './rules';
import { Ko, useApplicantWords } from './shared';

/**
 * 시험 공고 (/exams/<institute-code>/<exam id>): one exam's announcement for anyone: the countdown to
 * the application deadline, eligibility, schedule, positions with openings and fees.
 */
export default function ExamNoticeScreen() {
  const { institute = '', examId = '' } = useParams();
  const words = useApplicantWords();
  const { t, lang } = words;
  const session = useSession();
  const query = $api.useQuery('get', '/api/public/exams', { params: { query: { tenant: institute } } }, { retry: false });
  const exam = query.data?.exams.find((e) => e.id === examId);
  const name = query.data ? (lang === 'en' && query.data.tenant.nameEn ? query.data.tenant.nameEn : query.data.tenant.nameKo) : '';
  return (
    <div className="exam-app" data-testid="exam-notice">
      <p className="exam-back">
        <Link to={`/exams/${institute}`}>{t('notice.back', { institute: name || institute })}</Link>
      </p>
      <PageHeader title={exam ? words.title(exam) : t('notice.title')} lead={name} />
      <QueryState loading={query.isLoading} error={query.error} retry={() => query.refetch()} testId="exam-notice-state">
        {query.data && !exam && <p className="state-line empty">{t('notice.notFound')}</p>}
        {exam && (
          <>
            {exam.phase !== 'closed' && <Countdown opensAt={exam.applicationOpensAt} closesAt={exam.applicationClosesAt} />}
            <Announcement exam={exam} signedIn={session?.user.role ?? null}>
              <NoticeDocument exam={exam} institute={institute} />
              <Eligibility exam={exam} />
              <Subjects exam={exam} />
            </Announcement>
          </>
        )}
      </QueryState>
    </div>
  );
}

/** 응시자격: the least age of each position (by distinct age), the exam's residency rule, if any, and the announcement's own words. */
function Eligibility({ exam }: { exam: Exam }) {
  const words = useApplicantWords();
  const { t, lang } = words;
  const ownWords = lang === 'en' && exam.eligibilityEn ? exam.eligibilityEn : exam.eligibilityKo;
  return (
    <section className="exam-panel" aria-labelledby={`eligibility-${exam.id}`} data-testid="exam-eligibility">
      <h3 id={`eligibility-${exam.id}`} className="heading-sm">
        {t('notice.eligibility')}
      </h3>
      <ul className="exam-rules">
        {exam.positions.map((p) => (
          <li key={p.id}>{t('notice.minAge', { position: words.positionName(p), age: p.minAge })}</li>
        ))}
        <li data-testid="exam-residency">
          {exam.residencyRegionKo && exam.residencyCutoffOn
            ? t('notice.residency', { region: exam.residencyRegionKo, since: exam.residencyCutoffOn })
            : t('notice.noResidency')}
        </li>
      </ul>
      {ownWords && (
        <div className="exam-eligibility-text" data-testid="exam-eligibility-text">
          {ownWords.split('\n').map((line, i) =>
            lang === 'en' && !exam.eligibilityEn ? (
              <p key={i}>
                <Ko>{line}</Ko>
              </p>
            ) : (
              <p key={i}>{line}</p>
            ),
          )}
        </div>
      )}
    </section>
  );
}

/** 공고문: the PDF the officer uploaded, downloaded from the public address. */
function NoticeDocument({ exam, institute }: { exam: Exam; institute: string }) {
  const { t } = useApplicantWords();
  if (!exam.notice) return <p data-testid="exam-notice-document">{t('notice.noDocument')}</p>;
  const kilobytes = Math.max(1, Math.round(exam.notice.size / 1024));
  return (
    <p data-testid="exam-notice-document">
      <a
        href={`/api/public/exams/${encodeURIComponent(institute)}/${exam.id}/notice`}
        className="krds-btn small secondary exam-wrap-btn"
        download={exam.notice.fileName}
        data-testid="exam-notice-download"
      >
        {t('notice.download', { file: exam.notice.fileName, size: kilobytes })}
      </a>
    </p>
  );
}

/** 시험과목, in the order the officer listed them; nothing when none are listed. */
function Subjects({ exam }: { exam: Exam }) {
  const { t } = useApplicantWords();
  if (exam.subjects.length === 0) return null;
  return (
    <section className="exam-panel" aria-labelledby={`subjects-${exam.id}`} data-testid="exam-subjects">
      <h3 id={`subjects-${exam.id}`} className="heading-sm">
        {t('notice.subjects')}
      </h3>
      <ol className="exam-rules">
        {exam.subjects.map((subject) => (
          <li key={subject}>{subject}</li>
        ))}
      </ol>
    </section>
  );
}
