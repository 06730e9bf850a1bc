import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type ErrorParams, type Schemas, unwrap } from '../../api/client';
import { useSession } from '../../app/App';
import { type Column, DataTable, Form, KoName, NumberField, problemText, Section, SelectField, useLocalName } from '../../kit';
import {
  ApplicationStatus,
  koreanOnEnglish,
  periodText,
  PersonName,
  useCourseText,
  useEnrollmentWords,
  useRefreshEnrollment,
} from './common';
import { duplicateRank, type NominationValues, nomineesOf, placeNominationErrors, rankField } from './nominate';

type Trainee = Schemas['TraineeView'];
type CatalogCohort = Schemas['HostedCatalogCohortView'];
type Result = Schemas['NomineeResultView'];

/**
 * 교육생 추천: the agency admin ranks staff for a cohort (1 first). Two equal ranks are refused
 * beside both rank fields, by the client as by the server; each nominee then succeeds or is
 * refused on their own, shown in a table of results beside the button.
 */
export function NominateSection({ trainees, cohorts }: { trainees: Trainee[] | undefined; cohorts: CatalogCohort[] | undefined }) {
  const { t } = useEnrollmentWords();
  const { t: tErrors } = useTranslation();
  const session = useSession();
  const localName = useLocalName();
  const courseText = useCourseText();
  const refresh = useRefreshEnrollment();
  const form = useForm<NominationValues>({ mode: 'onTouched', defaultValues: { ranks: {} } });
  const [results, setResults] = useState<{ rows: Result[]; names: Map<string, string> } | null>(null);

  const options = (cohorts ?? []).map((c) => {
    const course = courseText(c);
    const period = periodText(c.startDate, c.endDate);
    const label =
      c.hostTenant && c.hostTenantId !== session?.user.tenantId
        ? t('agency.cohortOptionHosted', { course, period, host: localName(c.hostTenant.nameKo, c.hostTenant.nameEn) })
        : t('agency.cohortOption', { course, period });
    return { value: c.cohortId, label, lang: koreanOnEnglish(course) };
  });

  const resultColumns: Column<Result>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (r) => <PersonName name={results?.names.get(r.traineeId) ?? ''} /> },
    { key: 'rank', header: t('agency.rank'), align: 'end', render: (r) => r.rank },
    {
      key: 'outcome',
      header: t('col.status'),
      render: (r) =>
        r.status ? (
          <ApplicationStatus status={r.status} />
        ) : r.error ? (
          <span className="enr-problem">
            {problemText(tErrors, { code: r.error.code, params: r.error.params as ErrorParams | undefined })}
          </span>
        ) : (
          t('dash')
        ),
    },
  ];

  return (
    <Section title={t('agency.nominate')} testId="agency-nominate">
      <p className="enr-lead">{t('agency.nominateIntro')}</p>
      {trainees && trainees.length === 0 ? (
        <p className="state-line empty">{t('agency.noStaffToNominate')}</p>
      ) : (
        <Form
          form={form}
          testId="nominate"
          label={t('agency.nominate')}
          submitLabel={t('agency.nominateSubmit')}
          success={(text: string) => text}
          onSubmit={async (values) => {
            setResults(null);
            const nominees = nomineesOf(values);
            if (nominees.length === 0)
              throw new ApiError(400, {
                statusCode: 400,
                code: 'VALIDATION',
                message: 'no nominee',
                errors: [{ field: 'nominees', code: 'VALIDATION.MIN_ITEMS', params: { min: 1 } }],
              });
            let answer: Schemas['NominationResultsView'];
            try {
              answer = await unwrap(api.POST('/api/enrollment/nominations', { body: { cohortId: values.cohortId as string, nominees } }));
            } catch (error) {
              throw error instanceof ApiError ? placeNominationErrors(error, nominees) : error;
            }
            setResults({ rows: answer.results, names: new Map((trainees ?? []).map((s) => [s.id, s.name])) });
            form.reset({ cohortId: values.cohortId, ranks: {} });
            await refresh();
            return t('agency.nominated', { ok: answer.results.filter((r) => r.status).length, total: answer.results.length });
          }}
        >
          <SelectField
            name="cohortId"
            label={t('agency.cohort')}
            required
            options={options}
            testId="nominate-cohort"
            hint={cohorts && cohorts.length === 0 ? t('agency.noCohorts') : undefined}
          />
          <fieldset className="enr-ranks" data-testid="nominees">
            <legend className="form-legend">{t('agency.nominees')}</legend>
            {(trainees ?? []).map((s) => (
              <NumberField
                key={s.id}
                name={rankField(s.id)}
                label={
                  <>
                    <KoName>{s.name}</KoName>
                    {s.grade ? (
                      <>
                        {' '}
                        <KoName>{s.grade}</KoName>
                      </>
                    ) : null}
                  </>
                }
                labelText={t('agency.rankOf', { name: s.name })}
                min={1}
                max={999}
                validate={(value, values) => duplicateRank(value, values as NominationValues)}
                testId={`nominee-rank-${s.id}`}
                className="enr-rank"
              />
            ))}
          </fieldset>
        </Form>
      )}
      {results && (
        <DataTable
          caption={t('agency.nominationResults')}
          showCaption
          columns={resultColumns}
          rows={results.rows}
          rowKey={(r) => r.traineeId}
          testId="nomination-results"
        />
      )}
    </Section>
  );
}
