import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { $api } from '../../../api/client';
import { useSession } from '../../../app/App';
import { Badge, type Column, DataTable, PageHeader, QueryState } from '../../../kit';
import { type Exam, type Position, ratioText, sortAnnouncements } from './rules';
import { Ko, PositionName, useApplicantWords } from './shared';

const TENANT_KEY = 'baeum.tenant';

/** 채용 공고: every exam of an institute with its schedule, positions, fees and competition so far; open to all. */
export default function AnnouncementsScreen() {
  const words = useApplicantWords();
  const { t } = words;
  const session = useSession();
  const [draft, setDraft] = useState(() => session?.user.tenantSlug ?? localStorage.getItem(TENANT_KEY) ?? 'seoul-hrd');
  const [tenant, setTenant] = useState(draft);
  const query = $api.useQuery('get', '/api/public/exams', { params: { query: { tenant } } }, { retry: false });
  const exams = query.data ? sortAnnouncements(query.data.exams) : undefined;
  if (query.data) localStorage.setItem(TENANT_KEY, tenant);

  const show = (event: FormEvent) => {
    event.preventDefault();
    setTenant(draft.trim());
  };

  return (
    <div className="exam-app" data-testid="exam-announcements">
      <PageHeader title={t('ann.title')} lead={t('ann.intro')} />
      {!session && (
        <form className="baeum-form exam-tenant" onSubmit={show} aria-label={t('ann.tenant')}>
          <div className="form-group">
            <div className="form-tit">
              <label htmlFor="exam-tenant">{t('ann.tenant')}</label>
            </div>
            <div className="form-conts exam-actions">
              <input
                id="exam-tenant"
                className="krds-input"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                autoComplete="organization"
                spellCheck={false}
                aria-describedby="exam-tenant-hint"
                data-testid="exam-tenant"
              />
              <button type="submit" className="krds-btn medium secondary" data-testid="exam-tenant-show">
                {t('ann.show')}
              </button>
            </div>
            <p id="exam-tenant-hint" className="form-hint">
              {t('ann.tenantHint')}
            </p>
          </div>
        </form>
      )}
      <QueryState loading={query.isLoading} error={query.error} retry={() => query.refetch()} testId="exam-announcements">
        {exams && exams.length === 0 && <p className="state-line empty">{t('ann.none')}</p>}
        {exams?.map((exam) => (
          <Announcement key={exam.id} exam={exam} signedIn={session?.user.role ?? null} />
        ))}
      </QueryState>
    </div>
  );
}

/**
 * One exam as announced: schedule, selection and positions with openings, fees and competition.
 * `instituteSlug` makes the title a link to the exam's own page (/exams/<institute>/<id>);
 * `children` come after the schedule (the announcement page's eligibility and notice).
 */
export function Announcement({
  exam,
  signedIn,
  instituteSlug,
  children,
}: {
  exam: Exam;
  signedIn: string | null;
  instituteSlug?: string;
  children?: ReactNode;
}) {
  const words = useApplicantWords();
  const { t, w, lang } = words;
  const title = words.title(exam);
  const headingId = `exam-${exam.id}`;
  const shownTitle = lang === 'en' && !exam.titleEn ? <Ko>{title}</Ko> : title;
  const people = (n: number) => t('people', { count: n });
  const schedule: [string, string][] = [
    [t('ann.announcedOn'), exam.announcedOn],
    [t('ann.applicationPeriod'), `${words.instant(exam.applicationOpensAt)} ~ ${words.instant(exam.applicationClosesAt)}`],
    [t('notice.cancellationCloses'), words.instant(exam.cancellationClosesAt)],
    [t('ann.writtenExamOn'), exam.writtenExamOn ?? t('dash')],
    [t('ann.interviews'), exam.interviewStartsOn ? `${exam.interviewStartsOn} ~ ${exam.interviewEndsOn ?? ''}` : t('dash')],
    [t('ann.resultOn'), exam.resultOn],
  ];
  const accepting = exam.phase === 'accepting';
  const applyCell = (p: Position) => {
    if (!accepting) return t('dash');
    if (signedIn === 'applicant') {
      return (
        <Link
          to={`/exam-apply?exam=${exam.id}&position=${p.id}`}
          className="krds-btn small primary"
          data-testid="exam-apply-link"
          aria-label={`${t('ann.applyHere')}: ${words.positionName(p)}`}
        >
          {t('ann.applyHere')}
        </Link>
      );
    }
    if (!signedIn) {
      return (
        <Link to="/exam-signup" className="krds-btn small secondary" data-testid="exam-signup-link">
          {t('ann.signUpToApply')}
        </Link>
      );
    }
    return t('dash');
  };
  const columns: Column<Position>[] = [
    { key: 'position', header: t('col.position'), rowHeader: true, render: (p) => <PositionName position={p} /> },
    { key: 'track', header: t('col.track'), render: (p) => w(`track.${p.track}`) },
    { key: 'openings', header: t('col.openings'), align: 'end', render: (p) => people(p.openings) },
    { key: 'fee', header: t('col.fee'), align: 'end', render: (p) => <span data-testid="exam-position-fee">{words.won(p.fee)}</span> },
    { key: 'applicants', header: t('col.applicants'), align: 'end', render: (p) => people(p.applicants) },
    { key: 'ratio', header: t('col.ratio'), align: 'end', render: (p) => t('ratio', { ratio: ratioText(p.competitionRatio) }) },
    { key: 'apply', header: t('col.apply'), render: applyCell },
  ];
  return (
    <section className="exam-card" aria-labelledby={headingId} data-testid="exam-announcement">
      <div className="exam-card-head">
        <h2 id={headingId} className="heading-md">
          {instituteSlug ? (
            <Link to={`/exams/${instituteSlug}/${exam.id}`} data-testid="exam-announcement-link">
              {shownTitle}
            </Link>
          ) : (
            shownTitle
          )}
        </h2>
        <Badge tone={accepting ? 'primary' : 'gray'}>{w(`phase.${exam.phase}`)}</Badge>
      </div>
      <p>
        {t('ann.selection')}: {t('people', { count: exam.selectionPlanned })}
        {exam.selectionTentative ? ` ${t('ann.tentative')}` : ''}
      </p>
      <dl className="exam-schedule">
        {schedule.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {children}
      <DataTable
        caption={t('ann.positions', { exam: title })}
        columns={columns}
        rows={exam.positions}
        rowKey={(p) => p.id}
        rowTestId="exam-position-row"
        testId="exam-positions"
        narrow="cards"
      />
    </section>
  );
}
