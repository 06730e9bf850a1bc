import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, type Schemas, unwrap } from '../../api/client';
import { uploadFile } from '../../api/files';
import { type Column, DataTable, FileUpload, Form, KoName, Section, TextField } from '../../kit';
import { PersonName, useEnrollmentWords, useRefreshEnrollment } from './common';
import { SheetProblems, sheetErrors } from './sheet-problems';

type Trainee = Schemas['TraineeView'];

/** A new trainee as the form holds them; an e-mail also makes their sign-in account. */
export interface NewTrainee {
  name: string;
  employeeNo?: string;
  grade?: string;
  position?: string;
  jobSeries?: string;
  email?: string;
}

/** The server's rules for a staff number and an e-mail address, as the form checks them first. */
export const EMPLOYEE_NO = /^[A-Za-z0-9-]{1,30}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Only what was entered: an empty box is no value (the server refuses an empty staff number). */
const entered = (value: string | undefined) => (value ? value : undefined);

/**
 * 교육생 등록: the agency admin registers a trainee of their agency, and with an e-mail makes their
 * sign-in account too (its temporary password shown once, beside the button). Each problem shows
 * beside its field, with focus on the first.
 */
export function TraineeForm() {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const form = useForm<NewTrainee>({
    mode: 'onTouched',
    defaultValues: { name: '', employeeNo: '', grade: '', position: '', jobSeries: '', email: '' },
  });
  return (
    <Form
      form={form}
      testId="trainee-form"
      label={t('trainee.addTitle')}
      submitLabel={t('trainee.add')}
      resetOnSuccess
      className="enr-grid-form"
      success={(text: string) => text}
      onSubmit={async (values) => {
        const body = {
          name: values.name,
          employeeNo: entered(values.employeeNo),
          grade: entered(values.grade),
          position: entered(values.position),
          jobSeries: entered(values.jobSeries),
        };
        try {
          if (values.email) {
            const made = await unwrap(api.POST('/api/trainee-accounts', { body: { ...body, email: values.email } }));
            return t('trainee.accountMade', { name: values.name, email: made.user.email, password: made.temporaryPassword });
          }
          await unwrap(api.POST('/api/enrollment/trainees', { body }));
          return t('trainee.added', { name: values.name });
        } finally {
          // The list and the counts are asked for again before the outcome is said.
          await refresh();
        }
      }}
    >
      <TextField name="name" label={t('trainee.name')} required maxLength={50} autoComplete="off" testId="trainee-name" />
      <TextField
        name="employeeNo"
        label={t('trainee.employeeNo')}
        hint={t('trainee.employeeNoHint')}
        maxLength={30}
        pattern={{ value: EMPLOYEE_NO, code: 'VALIDATION.FORMAT' }}
        autoComplete="off"
        testId="trainee-employee-no"
      />
      <TextField name="grade" label={t('trainee.grade')} maxLength={30} autoComplete="off" testId="trainee-grade" />
      <TextField name="position" label={t('trainee.position')} maxLength={30} autoComplete="off" testId="trainee-position" />
      <TextField name="jobSeries" label={t('trainee.jobSeries')} maxLength={30} autoComplete="off" testId="trainee-job-series" />
      <TextField
        name="email"
        type="email"
        label={t('trainee.email')}
        hint={t('trainee.emailHint')}
        maxLength={200}
        pattern={{ value: EMAIL, code: 'VALIDATION.EMAIL' }}
        autoComplete="off"
        testId="trainee-email"
      />
    </Form>
  );
}

/** 명단 일괄 등록: a staff list (.xlsx or .csv) taken whole, or refused with every bad line named. */
export function TraineeImport() {
  const { t } = useEnrollmentWords();
  const refresh = useRefreshEnrollment();
  const [problems, setProblems] = useState<ReturnType<typeof sheetErrors>>([]);
  return (
    <FileUpload
      title={t('trainee.importTitle')}
      description={<p className="form-hint">{t('trainee.importHint')}</p>}
      accept={['.xlsx', '.csv']}
      maxBytes={5 * 1024 * 1024}
      uploadLabel={t('trainee.import')}
      testId="trainee-import"
      success={(result: Schemas['TraineeImportResultView']) => t('trainee.imported', { created: result.created, updated: result.updated })}
      onUpload={async (file) => {
        setProblems([]);
        try {
          const result = await uploadFile<Schemas['TraineeImportResultView']>('/api/enrollment/trainees/import', file);
          await refresh();
          return result;
        } catch (error) {
          await refresh();
          setProblems(sheetErrors(error));
          throw error;
        }
      }}
    >
      <SheetProblems errors={problems} testId="trainee-import-problems" />
    </FileUpload>
  );
}

/** The agency's trainees. */
export function StaffTable({ trainees }: { trainees: Trainee[] | undefined }) {
  const { t } = useEnrollmentWords();
  const columns: Column<Trainee>[] = [
    { key: 'name', header: t('trainee.name'), rowHeader: true, render: (s) => <PersonName name={s.name} /> },
    { key: 'employeeNo', header: t('trainee.employeeNo'), render: (s) => s.employeeNo ?? t('dash') },
    { key: 'grade', header: t('trainee.grade'), render: (s) => (s.grade ? <KoName>{s.grade}</KoName> : t('dash')) },
    { key: 'position', header: t('trainee.position'), render: (s) => (s.position ? <KoName>{s.position}</KoName> : t('dash')) },
    { key: 'jobSeries', header: t('trainee.jobSeries'), render: (s) => (s.jobSeries ? <KoName>{s.jobSeries}</KoName> : t('dash')) },
    { key: 'account', header: t('trainee.account'), render: (s) => (s.userId ? t('yes') : t('no')) },
  ];
  return (
    <DataTable
      caption={t('agency.staff')}
      columns={columns}
      rows={trainees}
      rowKey={(s) => s.id}
      narrow="scroll"
      empty={t('agency.noStaff')}
      testId="staff-table"
    />
  );
}

export function StaffSection({ trainees }: { trainees: Trainee[] | undefined }) {
  const { t } = useEnrollmentWords();
  return (
    <Section title={t('agency.staff')} testId="agency-staff">
      <StaffTable trainees={trainees} />
      <h3 className="enr-subtitle">{t('trainee.addTitle')}</h3>
      <TraineeForm />
      <TraineeImport />
    </Section>
  );
}
