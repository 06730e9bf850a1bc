import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../i18n/format';
import { Badge, DataTable, DetailList, KoName, Period } from '../../../kit';
import { competencyNamer, modelName, points, useAssessmentWords, useRoundLabel } from './shared';

type Report = Schemas['FeedbackReportView'];
type CompetencyScore = Report['competencies'][number];

/** Whether a competency's score falls short of the pass mark (no score counts as short). */
export const isBelow = (score: number | null, passThreshold: number): boolean => score === null || score < passThreshold;

/**
 * One candidate's 역량평가 결과 보고서: the overall score against the pass mark, the score per
 * competency (cards on a phone), strengths and what to develop, the assessors' observations, the
 * preparatory course and the attempts left. Before consolidation it only says so.
 */
export function FeedbackReport({ report, headingLevel = 2 }: { report: Report; headingLevel?: 2 | 3 }) {
  const { t } = useAssessmentWords();
  const { t: words } = useTranslation('examWords');
  useTranslation();
  const lang = currentLanguage();
  const label = useRoundLabel();
  const named = competencyNamer(report, lang);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const caption = t('roundWithDate', { label: label(report.round), date: formatDate(report.round.heldOn, lang) });

  if (!report.completed) {
    return (
      <section className="page-section" data-testid="feedback-report" data-state="pending">
        <Heading className="section-title">{caption}</Heading>
        <p data-testid="feedback-pending">{t('feedback.pending')}</p>
      </section>
    );
  }
  const course = report.preparatoryCourse;
  return (
    <section className="page-section" data-testid="feedback-report" data-state="completed">
      <div className="asm-report-head">
        <Heading className="section-title">{caption}</Heading>
        <Badge tone={report.passed ? 'success' : 'danger'} testId="feedback-result">
          {words(report.passed ? 'result.pass' : 'result.fail')}
        </Badge>
      </div>
      <p data-testid="feedback-overall">
        {t('feedback.overall', { score: points(report.overall), threshold: points(report.passThreshold) })}
      </p>
      <DataTable<CompetencyScore>
        caption={t('feedback.competencies')}
        showCaption
        rows={report.competencies}
        rowKey={(c) => c.code}
        testId="feedback-scores"
        rowTestId={(c) => `feedback-${c.code}`}
        columns={[
          { key: 'competency', header: t('feedback.competency'), rowHeader: true, render: (c) => modelName(c, lang) },
          { key: 'score', header: t('feedback.score'), align: 'end', render: (c) => points(c.score) },
          { key: 'note', header: t('feedback.note'), render: (c) => (isBelow(c.score, report.passThreshold) ? t('feedback.below') : '—') },
        ]}
      />
      <DetailList
        testId="feedback-details"
        items={[
          { key: 'strengths', label: t('feedback.strengths'), value: report.strengths.map(named).join(', ') || '—' },
          { key: 'development', label: t('feedback.development'), value: report.development.map(named).join(', ') || '—' },
          {
            key: 'course',
            label: t('feedback.course'),
            value: course ? (
              <>
                <KoName>{course.courseNameKo}</KoName> (<Period start={course.startDate} end={course.endDate} />)
                {course.cancelled ? ` · ${t('feedback.cancelled')}` : ''}
              </>
            ) : (
              t('feedback.noCourse')
            ),
          },
          {
            key: 'attempts',
            label: t('feedback.attemptsLabel'),
            value: t('feedback.attempts', { attempt: report.attempt, left: report.attemptsLeft }),
          },
        ]}
      />
      <Sub className="asm-subtitle">{t('feedback.comments')}</Sub>
      {report.comments.length > 0 ? (
        <ul className="asm-list" data-testid="feedback-comments">
          {report.comments.map((c, i) => (
            <li key={i}>
              {named(c.competency)} — <span lang="ko">{c.comment}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="state-line empty">{t('feedback.noComments')}</p>
      )}
    </section>
  );
}
