import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../api/client';
import { uploadFile } from '../../api/files';
import { formatDate } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { ActionStatus, Button, type Column, DataTable, DateText, FileUpload, type Outcome, Section } from '../../kit';
import { Downloads, PersonName, problemsOf, useEnrollmentWords, useRefreshEnrollment } from './common';
import { SheetProblems, sheetErrors } from './sheet-problems';

type Sheet = Schemas['AttendanceSheetView'];
type Row = Sheet['rows'][number];
type Mark = Schemas['AttendanceMark'];
const MARKS: Mark[] = ['present', 'late', 'absent', 'excused'];

/**
 * 출석부: a select per trainee and training day (days to come cannot be marked yet), saved
 * together; or the sheet downloaded, filled in and uploaded, taken whole or refused with every
 * wrong cell named by line and column.
 */
export function AttendanceSection({ sheet }: { sheet: Sheet }) {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const [edits, setEdits] = useState<Map<string, Mark | null>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [uploadProblems, setUploadProblems] = useState<ReturnType<typeof sheetErrors>>([]);
  const cohortId = sheet.cohort.cohortId;
  const lang = currentLanguage();

  const markOf = (row: Row, day: string): Mark | null => {
    const key = `${row.applicationId}|${day}`;
    return edits.has(key) ? (edits.get(key) ?? null) : (row.marks[day] ?? null);
  };

  const save = async () => {
    setOutcome(null);
    const entries = [...edits].map(([key, mark]) => ({ applicationId: key.split('|')[0], day: key.split('|')[1], mark }));
    if (entries.length === 0) return setOutcome({ kind: 'info', text: t('attendance.nothing') });
    setSaving(true);
    try {
      await unwrap(api.PUT('/api/enrollment/cohorts/{id}/attendance', { params: { path: { id: cohortId } }, body: { entries } }));
      await refresh();
      setEdits(new Map());
      setOutcome({ kind: 'success', text: t('attendance.saved', { count: entries.length }) });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: problemsOf(error) });
    } finally {
      setSaving(false);
    }
  };

  const columns: Column<Row>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (r) => <PersonName name={r.traineeName} /> },
    ...sheet.days.map((day): Column<Row> => ({
      key: day,
      header: <DateText date={day} weekday />,
      className: 'enr-mark-cell',
      render: (r) => (
        <select
          className="krds-form-select enr-mark"
          aria-label={t('attendance.cell', { name: r.traineeName, day: formatDate(day, lang, true) })}
          data-testid="attendance-cell"
          data-day={day}
          disabled={day > sheet.today}
          value={markOf(r, day) ?? ''}
          onChange={(e) => {
            const value = (e.target.value || null) as Mark | null;
            setEdits((current) => new Map(current).set(`${r.applicationId}|${day}`, value));
          }}
        >
          <option value="">{t('mark.blank')}</option>
          {MARKS.map((m) => (
            <option key={m} value={m}>
              {t(`mark.${m}`)}
            </option>
          ))}
        </select>
      ),
    })),
    {
      key: 'percent',
      header: t('attendance.percent'),
      align: 'end',
      render: (r) => <span data-testid="attendance-percent">{t('percent', { value: r.attendancePercent })}</span>,
    },
  ];

  return (
    <Section title={t('attendance.title')} testId="attendance">
      <p className="enr-lead">{t('attendance.rule')}</p>
      <DataTable
        caption={t('attendance.title')}
        columns={columns}
        rows={sheet.rows}
        rowKey={(r) => r.applicationId}
        narrow="scroll"
        empty={t('attendance.noTrainees')}
        testId="attendance-grid"
      />
      {sheet.rows.length > 0 && (
        <div className="enr-action-block">
          <div className="enr-inline">
            <Button variant="primary" onClick={save} busy={saving} testId="attendance-save">
              {t('attendance.save')}
            </Button>
            {edits.size > 0 && (
              <span className="enr-note" data-testid="attendance-unsaved">
                {t('attendance.changed', { count: edits.size })}
              </span>
            )}
          </div>
          <ActionStatus outcome={outcome} testId="attendance-status" />
        </div>
      )}
      <Downloads
        path={`/api/enrollment/cohorts/${cohortId}/attendance/export`}
        fallbackName="출석부"
        what={t('attendance.file')}
        testId="attendance-download"
      />
      <FileUpload
        title={t('attendance.upload')}
        description={<p className="form-hint">{t('attendance.uploadHint')}</p>}
        accept={['.xlsx', '.csv']}
        maxBytes={5 * 1024 * 1024}
        testId="attendance-upload"
        success={(result: Schemas['AttendanceUploadResultView']) => t('attendance.uploaded', { count: result.recorded })}
        onUpload={async (file) => {
          setUploadProblems([]);
          try {
            const result = await uploadFile<Schemas['AttendanceUploadResultView']>(
              `/api/enrollment/cohorts/${cohortId}/attendance/import`,
              file,
            );
            setEdits(new Map());
            await refresh();
            return result;
          } catch (error) {
            setUploadProblems(sheetErrors(error));
            throw error;
          }
        }}
      >
        <SheetProblems errors={uploadProblems} testId="attendance-upload-problems" />
      </FileUpload>
    </Section>
  );
}
