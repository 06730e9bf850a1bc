import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, type ErrorParams, type Schemas } from '../../api/client';
import { uploadFile } from '../../api/files';
import { type Column, DataTable, FileUpload, Notice, problemText, Section, SelectField } from '../../kit';
import { refreshPaths } from './cohort-data';
import { PLAN_PATHS } from './plans';
import { Downloads, useCurriculumT, useVersionLabel } from './shared';

type RowError = Schemas['PlanImportRowErrorView'];
const MAX_BYTES = 10 * 1024 * 1024;
/** The columns of the import layout, by the keys the problems name. */
const COLUMNS = [
  'code',
  'nameKo',
  'nameEn',
  'educationType',
  'field',
  'subfield',
  'deliveryMode',
  'hours',
  'budgetLineCode',
  'yearStatus',
  'replacesCode',
  'q1Sessions',
  'q1Trainees',
  'q2Sessions',
  'q2Trainees',
  'q3Sessions',
  'q3Trainees',
  'q4Sessions',
  'q4Trainees',
] as const;
type ColumnKey = (typeof COLUMNS)[number];

/**
 * 계획 가져오기: the template (.xlsx or CSV), then a draft version and a file. A file with a bad row
 * imports nothing; each bad row is listed with its line, column and problem in words.
 */
export function PlanImport({ versions }: { versions: Schemas['PlanVersionView'][] }) {
  const t = useCurriculumT();
  const { t: tErrors } = useTranslation();
  const versionLabel = useVersionLabel();
  const queryClient = useQueryClient();
  const drafts = versions.filter((v) => v.status === 'draft');
  const choice = useForm<{ versionId: string }>({ defaultValues: { versionId: drafts.at(-1)?.id ?? '' } });
  const [versionId, setVersionId] = useState(choice.getValues('versionId'));
  const [rows, setRows] = useState<RowError[]>([]);
  useEffect(() => {
    const subscription = choice.watch((values) => setVersionId(values.versionId ?? ''));
    return () => subscription.unsubscribe();
  }, [choice]);
  // A draft approved meanwhile is no longer a choice.
  useEffect(() => {
    if (versionId && !drafts.some((d) => d.id === versionId)) choice.setValue('versionId', drafts.at(-1)?.id ?? '');
  }, [drafts, versionId, choice]);
  const draft = drafts.find((d) => d.id === versionId);

  const column = (key: string | undefined) =>
    key && (COLUMNS as readonly string[]).includes(key) ? t(`importColumn.${key as ColumnKey}`) : '';
  const columns: Column<RowError>[] = [
    { key: 'line', header: t('import.line'), align: 'end', rowHeader: true, render: (r) => r.line },
    {
      key: 'problems',
      header: t('import.problems'),
      render: (r) => (
        <ul className="plain-list">
          {r.problems.map((p, i) => (
            <li key={i}>
              {column(p.field) && <strong>{column(p.field)}: </strong>}
              {problemText(tErrors, { code: p.code, params: p.params as ErrorParams | undefined })}
            </li>
          ))}
        </ul>
      ),
    },
  ];

  return (
    <Section title={t('import.title')} testId="plan-import">
      <p className="section-lead">{t('import.lead')}</p>
      <Downloads
        path="/api/plans/import-template"
        fileName={t('import.templateFile')}
        testId="template-download"
        label={t('import.template')}
      />
      {drafts.length === 0 ? (
        <Notice tone="info" testId="plan-import-no-draft">
          {t('import.noDraft')}
        </Notice>
      ) : (
        <>
          <FormProvider {...choice}>
            <div className="form-grid">
              <SelectField
                name="versionId"
                label={t('import.version')}
                required
                placeholder={false}
                options={drafts.map((d) => ({ value: d.id, label: versionLabel(d) }))}
                testId="plan-import-version"
              />
            </div>
          </FormProvider>
          <FileUpload<Schemas['PlanImportResultView']>
            title={t('import.file', { label: draft ? versionLabel(draft) : '' })}
            description={t('import.replaces')}
            accept={['.xlsx', '.csv']}
            maxBytes={MAX_BYTES}
            uploadLabel={t('import.submit')}
            testId="plan-import-file"
            success={(r) =>
              t('import.done', {
                rows: r.rows,
                created: r.coursesCreated,
                updated: r.coursesUpdated,
                label: draft ? versionLabel(draft) : '',
              })
            }
            onUpload={async (file) => {
              setRows([]);
              try {
                const result = await uploadFile<Schemas['PlanImportResultView']>(`/api/plans/${versionId}/import`, file);
                void refreshPaths(queryClient, PLAN_PATHS);
                return result;
              } catch (error) {
                if (error instanceof ApiError) setRows((error.body as unknown as Partial<Schemas['PlanImportErrorView']>).rows ?? []);
                throw error;
              }
            }}
          >
            {rows.length > 0 && (
              <DataTable
                caption={t('import.errors')}
                showCaption
                columns={columns}
                rows={rows}
                rowKey={(r) => String(r.line)}
                rowTestId="import-error-row"
                testId="plan-import-errors"
                narrow="scroll"
              />
            )}
          </FileUpload>
        </>
      )}
    </Section>
  );
}
