import { useEffect, useId, useState } from 'react';
import { $api, ApiError, api, type ErrorParams, type Schemas, unwrap } from '../../api/client';
import { uploadFile } from '../../api/files';
import { registerCatalogue } from '../../i18n/i18n';
import { type Column, DataTable, FileUpload, Instant, Num, PageHeader, QueryState, Section } from '../../kit';
import { Downloads, useEnrollmentWords, useRefreshEnrollment } from './common';
import { enrollment } from './i18n';

registerCatalogue('enrollment', enrollment);

type Job = Schemas['CompletionImportView'];
const COLUMN_WORDS = ['courseCode', 'agencyCode', 'employeeNo', 'name', 'completedOn', 'progress'] as const;

/** How far an import has read its file, in whole percent. */
export const percentRead = (job: Pick<Job, 'bytesRead' | 'totalBytes' | 'status'>): number =>
  job.status === 'finished' ? 100 : job.totalBytes > 0 ? Math.min(100, Math.floor((100 * job.bytesRead) / job.totalBytes)) : 0;

/**
 * e-러닝 수료 기록 가져오기: the LMS's CSV streams to the server, which reads it as it arrives; a
 * progress bar follows the bytes read (asked for by the query while the upload runs), a screen
 * reader hears each tenth of the way, and refused rows come back as a file of lines and reasons.
 */
export default function ImportsScreen() {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const history = $api.useQuery('get', '/api/enrollment/completion-imports');
  const [running, setRunning] = useState<Job | null>(null);
  const [last, setLast] = useState<Job | null>(null);
  const progress = $api.useQuery(
    'get',
    '/api/enrollment/completion-imports/{id}',
    { params: { path: { id: running?.id ?? '' } } },
    { enabled: running !== null, refetchInterval: 700 },
  );
  const shown = running ? (progress.data ?? running) : last;
  const percent = shown ? percentRead(shown) : 0;
  const tenth = Math.floor(percent / 10);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (running && shown) setAnnounced(t('import.progressText', { percent: tenth * 10, rows: shown.rowsRead }));
    // Said once per tenth of the way, not at every answer.
  }, [tenth, running]);
  const barId = useId();

  const upload = async (file: File): Promise<Job> => {
    setLast(null);
    const job = await unwrap(
      api.POST('/api/enrollment/completion-imports', { body: { fileName: file.name, totalBytes: Math.max(1, file.size) } }),
    );
    setRunning(job);
    try {
      const done = await uploadFile<Job>(`/api/enrollment/completion-imports/${job.id}/content`, file, {
        method: 'PUT',
        contentType: 'text/csv',
      });
      setLast(done);
      if (done.status === 'failed')
        throw new ApiError(422, {
          statusCode: 422,
          code: done.failureCode ?? 'COMPLETION_IMPORT.FAILED',
          params: (done.failureParams ?? undefined) as ErrorParams | undefined,
          message: done.failure ?? '',
        });
      return done;
    } finally {
      setRunning(null);
      await refresh();
    }
  };

  const historyColumns: Column<Job>[] = [
    { key: 'file', header: t('import.file'), rowHeader: true, render: (j) => j.fileName },
    { key: 'when', header: t('import.when'), render: (j) => <Instant at={j.createdAt} /> },
    { key: 'status', header: t('col.status'), render: (j) => <span data-status={j.status}>{t(`importStatus.${j.status}`)}</span> },
    { key: 'rows', header: t('import.rows'), align: 'end', render: (j) => <Num value={j.rowsRead} /> },
    { key: 'imported', header: t('import.imported'), align: 'end', render: (j) => <Num value={j.imported} /> },
    { key: 'rejected', header: t('import.rejected'), align: 'end', render: (j) => <Num value={j.rejected} /> },
  ];

  return (
    <div data-testid="completion-imports">
      <PageHeader title={t('import.title')} lead={t('import.intro')} />
      <Section title={t('import.uploadSection')}>
        <FileUpload
          title={t('import.upload')}
          description={<p className="form-hint">{t('import.fileHint')}</p>}
          accept={['.csv']}
          maxBytes={500 * 1024 * 1024}
          uploadLabel={t('import.start')}
          testId="import"
          success={(job: Job) => t('import.done', { imported: job.imported, duplicates: job.duplicates, rejected: job.rejected })}
          onUpload={upload}
        >
          {shown && (
            <div className="enr-progress">
              <label htmlFor={barId}>{t('import.progress')}</label>
              <progress
                id={barId}
                max={100}
                value={percent}
                aria-valuetext={t('import.progressText', { percent, rows: shown.rowsRead })}
                data-testid="import-progress"
              />
              <p className="sr-only" role="status">
                {running ? announced : ''}
              </p>
            </div>
          )}
          {last && <ImportResult job={last} />}
        </FileUpload>
      </Section>
      <Section title={t('import.history')}>
        <QueryState loading={history.isLoading} error={history.error} retry={() => history.refetch()} testId="import-history">
          <DataTable
            caption={t('import.history')}
            columns={historyColumns}
            rows={history.data}
            rowKey={(j) => j.id}
            narrow="scroll"
            empty={t('import.none')}
            testId="import-history"
          />
        </QueryState>
      </Section>
    </div>
  );
}

/** An import's totals, the columns a failed one lacked, and its refused rows as a file. */
function ImportResult({ job }: { job: Job }) {
  const { t } = useEnrollmentWords();
  const columns: Column<Job>[] = [
    { key: 'rows', header: t('import.rows'), align: 'end', render: (j) => <Num value={j.rowsRead} /> },
    { key: 'imported', header: t('import.imported'), align: 'end', render: (j) => <Num value={j.imported} /> },
    { key: 'duplicates', header: t('import.duplicates'), align: 'end', render: (j) => <Num value={j.duplicates} /> },
    { key: 'rejected', header: t('import.rejected'), align: 'end', render: (j) => <Num value={j.rejected} /> },
    { key: 'completed', header: t('import.completedHere'), align: 'end', render: (j) => <Num value={j.applicationsCompleted} /> },
  ];
  const missing =
    job.failureCode === 'SHEET.MISSING_COLUMNS' && Array.isArray(job.failureParams?.columns)
      ? (job.failureParams.columns as string[])
      : null;
  return (
    <div className="enr-import-result" data-testid="import-result">
      {missing && (
        <p className="form-hint-invalid" data-testid="import-missing">
          {t('import.missingColumns', {
            columns: missing
              .map((c) =>
                COLUMN_WORDS.includes(c as (typeof COLUMN_WORDS)[number]) ? t(`column.${c as (typeof COLUMN_WORDS)[number]}`) : c,
              )
              .join(', '),
          })}
        </p>
      )}
      <DataTable
        caption={t('import.summary')}
        showCaption
        columns={columns}
        rows={[job]}
        rowKey={(j) => j.id}
        narrow="scroll"
        testId="import-summary"
      />
      {job.rejected > 0 && (
        <>
          <p>{t('import.errors')}</p>
          <Downloads
            path={`/api/enrollment/completion-imports/${job.id}/errors`}
            fallbackName="수료기록_오류"
            what={t('import.errorsFile')}
            testId="import-errors"
          />
        </>
      )}
    </div>
  );
}
