import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { ActionStatus, DetailList, type Outcome, PageHeader, problemOf, QueryState } from '../../../kit';
import { ScoreDisclosure } from './score-disclosure';
import { Ko, useApplicantWords } from './shared';

type Lookup = Schemas['ResultLookupView'];
type Disclosure = Schemas['ScoreDisclosureView'];
type Stage = Schemas['StageResultView'];

/**
 * 합격자 조회: the applicant's own result of an exam, stage by stage, once each is published; once the
 * written results are, their 성적 공개 (scores, pass mark, rank) under it.
 */
export default function ResultsScreen() {
  const words = useApplicantWords();
  const { t, w } = words;
  const [params] = useSearchParams();
  const mine = $api.useQuery('get', '/api/exam/applications/mine');
  const numbered = (mine.data ?? []).filter((a) => a.examNumber && a.status !== 'cancelled');
  const [examId, setExamId] = useState('');
  const [answer, setAnswer] = useState<Lookup | null>(null);
  const [disclosure, setDisclosure] = useState<Disclosure | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [scoresOutcome, setScoresOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (examId || numbered.length === 0) return;
    setExamId(numbered.find((a) => a.examId === params.get('exam'))?.examId ?? numbered[0].examId);
  }, [numbered, examId, params]);

  const lookup = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setScoresOutcome(null);
    setDisclosure(null);
    setBusy(true);
    try {
      const found = await unwrap(api.GET('/api/exam/results/{examId}', { params: { path: { examId } } }));
      setAnswer(found);
      if (found.written.published) await disclose(found.examId);
    } catch (error) {
      setAnswer(null);
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  /** The scores are a second answer: a refusal of theirs (period ended, too many lookups) leaves the result shown. */
  const disclose = async (id: string) => {
    try {
      setDisclosure(await unwrap(api.GET('/api/exam/results/{examId}/scores', { params: { path: { examId: id } } })));
    } catch (error) {
      setScoresOutcome({ kind: 'problem', problems: [problemOf(error)] });
    }
  };

  const stage = (s: Stage) => {
    if (s.published) return s.result ? w(`result.${s.result}`) : t('results.notApplicable');
    return s.publishAt ? t('results.scheduled', { at: words.instant(s.publishAt) }) : t('results.unscheduled');
  };

  return (
    <div className="exam-app" data-testid="exam-results">
      <PageHeader title={t('results.title')} />
      <QueryState loading={mine.isLoading} error={mine.error} retry={() => mine.refetch()} testId="exam-results">
        {numbered.length === 0 ? (
          <p className="state-line empty" data-testid="exam-results-none">
            {t('results.none')}
          </p>
        ) : (
          <form className="baeum-form" onSubmit={lookup} aria-label={t('results.title')}>
            <div className="form-group">
              <div className="form-tit">
                <label htmlFor="exam-results-exam">{t('results.exam')}</label>
              </div>
              <div className="form-conts">
                <select
                  id="exam-results-exam"
                  className="krds-form-select"
                  value={examId}
                  onChange={(e) => setExamId(e.target.value)}
                  data-testid="exam-results-exam"
                >
                  {numbered.map((a) => (
                    <option key={a.id} value={a.examId}>
                      {t('results.examOption', {
                        exam: words.title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn }),
                        number: a.examNumber,
                      })}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="form-actions">
              <button type="submit" className="krds-btn medium primary" disabled={busy} data-testid="exam-results-submit">
                {t('results.lookup')}
              </button>
            </div>
            <ActionStatus outcome={outcome} testId="exam-results-status" />
          </form>
        )}
      </QueryState>
      <div aria-live="polite" data-testid="exam-results-answer">
        {answer && (
          <section className="exam-card" aria-labelledby="exam-result-title">
            <h2 id="exam-result-title" className="heading-md">
              {words.title({ titleKo: answer.examTitleKo, titleEn: answer.examTitleEn })}
            </h2>
            <DetailList
              items={[
                { label: t('my.examNumber'), value: answer.examNumber },
                { label: t('my.position'), value: <Ko>{answer.positionLabelKo}</Ko> },
                { label: t('results.written'), value: <span data-testid="exam-result-written">{stage(answer.written)}</span> },
                { label: t('results.final'), value: <strong data-testid="exam-result-final">{stage(answer.final)}</strong> },
              ]}
            />
          </section>
        )}
        {disclosure && <ScoreDisclosure disclosure={disclosure} />}
      </div>
      <ActionStatus outcome={scoresOutcome} testId="exam-scores-status" />
    </div>
  );
}
