import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { Badge, Form, Notice, NumberField, PageHeader, type Problem, QueryState, Section, TextAreaField } from '../../../kit';
import { modelName, useAssessmentWords, useRefreshAssessments, useRoundLabel } from './shared';

type Task = Schemas['AssessorTaskView'];
export interface RatingValues {
  ratings: { score?: number; comment?: string }[];
}

/** A score is a whole number (the server's IsInt); the range is the field's min and max. */
export const wholeScore = (value: unknown): Problem | null =>
  typeof value === 'number' && !Number.isInteger(value) ? { code: 'VALIDATION.INTEGER' } : null;

/** The request body of one task's ratings, from the form's values in the competencies' order. */
export function ratingsBody(task: Task, values: RatingValues): Schemas['RateCandidateDto'] {
  return {
    candidateId: task.candidateId,
    technique: task.technique.code,
    ratings: task.competencies.map((c, i) => {
      const comment = values.ratings[i]?.comment?.trim();
      return { competency: c.code, score: values.ratings[i]?.score as number, ...(comment ? { comment } : {}) };
    }),
  };
}

/**
 * 평정표: for each candidate (by code) and technique assigned to the assessor, a form with a 1–5
 * score and an observation per competency. Every field is a native control reached by Tab; a score
 * out of range is named beside its own field in the user's language, by the same rule as the server.
 */
export default function RatingScreen() {
  const { t } = useAssessmentWords();
  const tasks = $api.useQuery('get', '/api/exam/assessments/assignments/mine');
  return (
    <div data-testid="exam-rating">
      <PageHeader title={t('rating.title')} lead={t('rating.intro')} />
      <QueryState loading={tasks.isPending} error={tasks.error} retry={() => void tasks.refetch()} testId="rating">
        {tasks.data?.length === 0 ? (
          <p className="state-line empty" data-testid="rating-none">
            {t('rating.none')}
          </p>
        ) : (
          tasks.data?.map((task) => <RatingForm key={`${task.candidateId}-${task.technique.code}`} task={task} />)
        )}
      </QueryState>
    </div>
  );
}

export function RatingForm({ task }: { task: Task }) {
  const { t } = useAssessmentWords();
  const lang = currentLanguage();
  const label = useRoundLabel();
  const refresh = useRefreshAssessments();
  const form = useForm<RatingValues>({
    mode: 'onTouched',
    defaultValues: { ratings: task.competencies.map((c) => ({ score: c.score ?? undefined, comment: c.comment ?? '' })) },
  });
  const rated = task.competencies.every((c) => c.score !== null);
  const caption = t('rating.caption', { round: label(task.round), code: task.candidateCode, technique: modelName(task.technique, lang) });
  // The code shown is short and may repeat; the id keeps each form's test id unique.
  const testId = `rating-${task.candidateId}-${task.technique.code}`;

  return (
    <Section
      title={caption}
      testId={testId}
      actions={<Badge tone={rated ? 'success' : 'warning'}>{t(rated ? 'rating.rated' : 'rating.unrated')}</Badge>}
    >
      {task.round.completed ? (
        <Notice tone="info">{t('rating.closed')}</Notice>
      ) : (
        <Form
          form={form}
          testId={`${testId}-form`}
          label={caption}
          submitLabel={t('rating.save')}
          success={t('rating.saved')}
          onSubmit={async (values) => {
            const result = await unwrap(api.PUT('/api/exam/assessments/ratings', { body: ratingsBody(task, values) }));
            await refresh();
            return result;
          }}
        >
          <div className="asm-rating-grid">
            {task.competencies.map((c, i) => {
              const competency = modelName(c, lang);
              return (
                <div className="asm-rating-item" key={c.code} data-testid={`rating-item-${c.code}`}>
                  <NumberField
                    name={`ratings.${i}.score`}
                    label={t('rating.score', { competency })}
                    hint={t('rating.scoreHint')}
                    required
                    min={1}
                    max={5}
                    validate={wholeScore}
                    testId={`rating-score-${c.code}`}
                  />
                  <TextAreaField
                    name={`ratings.${i}.comment`}
                    label={t('rating.comment', { competency })}
                    maxLength={1000}
                    rows={2}
                    testId={`rating-comment-${c.code}`}
                  />
                </div>
              );
            })}
          </div>
        </Form>
      )}
    </Section>
  );
}
