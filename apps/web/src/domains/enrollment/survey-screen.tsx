import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import { ChoiceField, Form, Notice, PageHeader, Period, QueryState, Section, TextAreaField } from '../../kit';
import { CourseName, PersonName, useEnrollmentWords, useRefreshEnrollment } from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type Due = Schemas['SatisfactionSurveyDueView'];
interface Answers {
  items: { score?: number }[];
  instructors: { score?: number }[];
  comment?: string;
}
const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * 만족도 조사: the surveys a trainee owes (one per completed course), and the survey itself: a
 * group of five radio buttons per item and per instructor, each a fieldset with its question as
 * legend, arrow keys moving within a group. A question left out is named beside it and in the
 * summary, and focus goes to the first.
 */
export default function SurveyScreen() {
  const { t } = useEnrollmentWords();
  const { cohortId } = useParams();
  const due = $api.useQuery('get', '/api/enrollment/surveys/mine');
  const [answered, setAnswered] = useState<Due | null>(null);
  const chosen = cohortId ? due.data?.find((d) => d.cohortId === cohortId) : due.data?.length === 1 ? due.data[0] : undefined;

  return (
    <div data-testid="survey">
      <PageHeader title={t('survey.title')} lead={t('survey.intro')} />
      {answered ? (
        <Thanks survey={answered} />
      ) : (
        <QueryState loading={due.isLoading} error={due.error} retry={() => due.refetch()} testId="survey-list">
          {chosen ? (
            <SurveyForm key={chosen.cohortId} survey={chosen} onAnswered={setAnswered} />
          ) : cohortId ? (
            <Notice tone="warning" testId="survey-not-due">
              <p>{t('survey.notDue')}</p>
              <Link to="/survey">{t('survey.back')}</Link>
            </Notice>
          ) : (
            <Section title={t('survey.list')}>
              {due.data && due.data.length > 0 ? (
                <ul className="enr-survey-list" data-testid="survey-due">
                  {due.data.map((d) => (
                    <li key={d.cohortId}>
                      <Link to={`/survey/${d.cohortId}`} data-testid="survey-open">
                        <CourseName ko={d.courseNameKo} en={d.courseNameEn} /> (<Period start={d.startDate} end={d.endDate} />)
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="state-line empty" data-testid="survey-none">
                  {t('survey.none')}
                </p>
              )}
            </Section>
          )}
        </QueryState>
      )}
    </div>
  );
}

function Thanks({ survey }: { survey: Due }) {
  const { t } = useEnrollmentWords();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="enr-focus-target">
      <Notice tone="success" role="status" testId="survey-thanks" title={t('survey.thanks')}>
        <p>
          <CourseName ko={survey.courseNameKo} en={survey.courseNameEn} /> (<Period start={survey.startDate} end={survey.endDate} />)
        </p>
        <Link to="/my-training">{t('survey.back')}</Link>
      </Notice>
    </div>
  );
}

export function SurveyForm({ survey, onAnswered }: { survey: Due; onAnswered(survey: Due): void }) {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const lang = currentLanguage();
  const form = useForm<Answers>({
    mode: 'onTouched',
    defaultValues: { items: survey.items.map(() => ({})), instructors: survey.instructors.map(() => ({})) },
  });
  const options = SCALE.map((score) => ({ value: String(score), label: t('survey.scale', { score, label: t(`survey.scale${score}`) }) }));

  return (
    <Section
      title={
        <>
          <CourseName ko={survey.courseNameKo} en={survey.courseNameEn} /> (<Period start={survey.startDate} end={survey.endDate} />)
        </>
      }
    >
      <Notice tone="info">{t('survey.anonymous')}</Notice>
      <Form
        form={form}
        testId="survey-form"
        submitLabel={t('survey.submit')}
        onSubmit={async (values) => {
          // A radio group's value reaches the form as text (the kit's `numeric` converts boxes, not radios).
          await unwrap(
            api.POST('/api/enrollment/surveys', {
              body: {
                cohortId: survey.cohortId,
                items: survey.items.map((item, i) => ({
                  itemCode: item.code as Schemas['SatisfactionItemCode'],
                  score: Number(values.items[i]?.score),
                })),
                instructors: survey.instructors.map((instructor, i) => ({
                  instructorId: instructor.instructorId,
                  score: Number(values.instructors[i]?.score),
                })),
                ...(values.comment ? { comment: values.comment } : {}),
              },
            }),
          );
          onAnswered(survey);
          await refresh();
        }}
      >
        <h3 className="enr-subtitle">{t('survey.course')}</h3>
        {survey.items.map((item, i) => (
          <ChoiceField
            key={item.code}
            name={`items.${i}.score`}
            label={lang === 'en' ? item.en : item.ko}
            options={options}
            numeric
            required
            testId={`survey-${item.code}`}
            className="enr-scale"
          />
        ))}
        {survey.instructors.length > 0 && <h3 className="enr-subtitle">{t('survey.instructors')}</h3>}
        {survey.instructors.map((instructor, i) => (
          <ChoiceField
            key={instructor.instructorId}
            name={`instructors.${i}.score`}
            label={<InstructorQuestion name={instructor.name} />}
            labelText={t('survey.instructorText', { name: instructor.name })}
            options={options}
            numeric
            required
            testId={`survey-instructor-${i}`}
            className="enr-scale"
          />
        ))}
        <TextAreaField name="comment" label={t('survey.comment')} maxLength={1000} rows={3} testId="survey-comment" />
      </Form>
    </Section>
  );
}

/** "{{name}} 강사의 강의에 만족한다" with the name marked as Korean on an English page. */
function InstructorQuestion({ name }: { name: string }) {
  const { t } = useEnrollmentWords();
  const marker = '\u0000';
  const [before, after] = t('survey.instructor', { name: marker }).split(marker);
  return (
    <>
      {before}
      <PersonName name={name} />
      {after}
    </>
  );
}
