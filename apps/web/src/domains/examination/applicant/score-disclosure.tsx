import type { Schemas } from '../../../api/client';
import { formatNumber } from '../../../i18n/format';
import { type Column, DataTable, DetailList } from '../../../kit';
import { Ko, useApplicantWords } from './shared';

type Disclosure = Schemas['ScoreDisclosureView'];
type Subject = Schemas['SubjectScoreView'] & { index: number };

/**
 * 성적 공개 under the result, as gosi.kr shows it: each subject's score as marked, its bonus and the
 * score with it (a table that turns into cards at phone width), then the total, the average, the
 * position's pass mark, the result and the rank among those of the position who sat.
 */
export function ScoreDisclosure({ disclosure }: { disclosure: Disclosure }) {
  const { t, w, lang, instant } = useApplicantWords();
  const score = (value: number | null) => (value === null ? t('dash') : formatNumber(value, lang, 2));
  const columns: Column<Subject>[] = [
    {
      key: 'name',
      header: t('scores.subject'),
      rowHeader: true,
      render: (s) => (s.nameKo ? <Ko>{s.nameKo}</Ko> : t('scores.subjectNo', { no: s.index + 1 })),
    },
    {
      key: 'raw',
      header: t('scores.raw'),
      align: 'end',
      render: (s) => (
        <>
          {score(s.raw)}
          {s.belowMinimum && <span className="exam-score-note"> {t('scores.belowMinimum')}</span>}
        </>
      ),
    },
    { key: 'bonus', header: t('scores.bonus'), align: 'end', render: (s) => score(s.bonus) },
    { key: 'withBonus', header: t('scores.withBonus'), align: 'end', render: (s) => score(s.withBonus) },
  ];
  return (
    <section className="exam-card exam-scores" aria-labelledby="exam-scores-title" data-testid="exam-scores">
      <h2 id="exam-scores-title" className="heading-md">
        {t('scores.title')}
      </h2>
      {disclosure.absent ? (
        <p className="state-line" data-testid="exam-scores-absent">
          {t('scores.absent')}
        </p>
      ) : (
        <DataTable
          caption={t('scores.caption')}
          columns={columns}
          rows={disclosure.subjects.map((s, index) => ({ ...s, index }))}
          rowKey={(s) => String(s.index)}
          testId="exam-scores-subjects"
          rowTestId="exam-scores-subject"
        />
      )}
      <DetailList
        testId="exam-scores-summary"
        items={[
          ...(disclosure.absent
            ? []
            : [
                { label: t('scores.bonusPercent'), value: t('scores.percent', { percent: disclosure.bonusPercent }) },
                { label: t('scores.total'), value: <span data-testid="exam-scores-total">{score(disclosure.total)}</span> },
                { label: t('scores.average'), value: <strong data-testid="exam-scores-average">{score(disclosure.average)}</strong> },
              ]),
          { label: t('scores.passMark'), value: <span data-testid="exam-scores-pass-mark">{score(disclosure.passMark)}</span> },
          { label: t('scores.result'), value: <strong data-testid="exam-scores-result">{w(`result.${disclosure.result}`)}</strong> },
          ...(disclosure.standing
            ? [
                {
                  label: t('scores.rank'),
                  value: <span data-testid="exam-scores-rank">{t('scores.rankOf', { ...disclosure.standing })}</span>,
                },
              ]
            : []),
          { label: t('scores.passed'), value: t('scores.people', { count: disclosure.passed }) },
          { label: t('scores.until'), value: instant(disclosure.disclosureEndsAt) },
        ]}
      />
      <p className="exam-scores-how" data-testid="exam-scores-how">
        {t('scores.how')}
      </p>
    </section>
  );
}
