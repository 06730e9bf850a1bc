/** The enrollment part of the gateway's API, as the enrollment pages use it. */
import { ApiError, downloadFile, loadSession, request, uploadFile } from '../api';

export interface HostTenant {
  id: string;
  nameKo: string;
  nameEn: string;
}

export interface EnrollmentCohort {
  cohortId: string;
  hostTenantId: string;
  hostTenant?: HostTenant | null;
  courseId: string | null;
  courseCode: string | null;
  courseNameKo: string | null;
  courseNameEn: string | null;
  cohortNo: number | null;
  educationType: 'general' | 'e_learning';
  deliveryMode: string;
  startDate: string;
  endDate: string;
  dailyStartTime: string | null;
  dailyEndTime: string | null;
  applicationOpens: string | null;
  applicationCloses: string;
  cancellationCloses: string;
  approval: string;
  openToOtherProvinces: boolean;
  minimumFill: number;
  minimumFillCutoff: string | null;
  completionMinAttendancePercent: number;
  completionRequiresAssessment: boolean;
  instructors: { instructorId: string; name: string }[];
  status: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  free: number;
  selectionDone: boolean;
  underFilled: boolean;
  underFillDecision: string | null;
}

export interface CatalogItem extends EnrollmentCohort {
  myAgencyQuota: { seats: number; confirmed: number } | null;
  myApplication: { id: string; status: string } | null;
}

export interface Application {
  id: string;
  cohortId: string;
  hostTenantId: string;
  hostTenant?: HostTenant | null;
  traineeId: string;
  traineeName: string;
  agencyCode: string;
  employeeNo: string | null;
  grade: string | null;
  position: string | null;
  via: 'application' | 'nomination';
  rank: number | null;
  status: string;
  awaiting: 'agency' | 'institute' | null;
  appliedAt: string;
  endReason: string | null;
  assessmentPassed: boolean | null;
  progressPercent: number | null;
  completionStatus: 'completed' | 'not_completed' | null;
  attendancePercent: number | null;
  completedOn: string | null;
  certificateNo: string | null;
  waitlistPosition?: number | null;
  surveyDue?: boolean;
  /** Whether the caller may still cancel (or withdraw) it today. */
  canCancel?: boolean;
  cohort?: EnrollmentCohort;
}

export interface Notice {
  id: string;
  kind: string;
  messageKo: string;
  messageEn: string;
  createdAt: string;
}

export interface Trainee {
  id: string;
  userId: string | null;
  agencyCode: string;
  employeeNo: string | null;
  name: string;
  grade: string | null;
  position: string | null;
  jobSeries: string | null;
}

export interface Agency {
  code: string;
  nameKo: string;
  nameEn: string;
  kind: string;
}

export type Mark = 'present' | 'late' | 'absent' | 'excused';
export interface AttendanceSheet {
  cohort: EnrollmentCohort;
  days: string[];
  today: string;
  rows: { applicationId: string; traineeName: string; agencyCode: string; employeeNo: string | null; marks: Record<string, Mark>; attendancePercent: number; completionStatus: string | null }[];
}

export interface SurveyDue {
  cohortId: string;
  courseNameKo: string | null;
  courseNameEn: string | null;
  startDate: string;
  endDate: string;
  items: { code: string; ko: string; en: string }[];
  instructors: { instructorId: string; name: string }[];
}

export interface ImportJob {
  id: string;
  fileName: string;
  status: 'created' | 'running' | 'finished' | 'failed';
  totalBytes: number;
  bytesRead: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  applicationsCompleted: number;
  failure: string | null;
  createdAt: string;
}

export interface Figures {
  courses: number;
  trainees: number;
}
export interface ResultsReport {
  year: number;
  rows: { id: 'total' | 'general' | 'e_learning'; planOriginal: Figures | null; planChanged: Figures | null; actual: Figures; satisfaction: number | null }[];
  overall: { plainMeanOfTypes: number | null; traineeWeighted: number | null };
  byField: { educationType: string; fieldCode: string | null; courses: number; trainees: number; satisfaction: number | null }[];
}
export interface SurveyResults {
  courses: { courseCode: string; courseNameKo: string; courseNameEn: string | null; responses: number; score: number | null; items: Record<string, number> }[];
  instructors: { instructorId: string; name: string | null; responses: number; score: number | null }[];
}
export interface AgencyReport {
  year: number;
  agencyCode: string;
  totals: { applied: number; confirmed: number; completed: number; notCompleted: number };
  courses: { courseCode: string; courseNameKo: string; courseNameEn: string | null; educationType: string; applied: number; confirmed: number; waitlisted: number; cancelled: number; completed: number; notCompleted: number }[];
  importedCompletions: { courseCode: string; completed: number }[];
}
export interface QuotaUse {
  cohort: EnrollmentCohort;
  seats: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
}

const E = '/api/enrollment';
const json = <T>(method: string, path: string, body?: unknown) => request<T>(method, `${E}${path}`, body);

export const enrollment = {
  catalog: () => json<CatalogItem[]>('GET', '/catalog'),
  apply: (cohortId: string) => json<Application>('POST', '/applications', { cohortId }),
  mine: () => json<Application[]>('GET', '/applications/mine'),
  cancel: (id: string, reason?: string) => json<Application>('POST', `/applications/${id}/cancel`, reason ? { reason } : {}),
  decide: (id: string, approve: boolean, rank?: number) => json<Application>('POST', `/applications/${id}/decision`, rank === undefined ? { approve } : { approve, rank }),
  notifications: () => json<Notice[]>('GET', '/notifications'),
  certificate: (applicationId: string, certificateNo: string) => downloadFile(`${E}/certificates/${applicationId}/pdf`, `수료증_${certificateNo}.pdf`),

  agencies: () => json<Agency[]>('GET', '/agencies'),
  trainees: () => json<Trainee[]>('GET', '/trainees'),
  addTrainee: (trainee: Partial<Trainee>) => json<Trainee>('POST', '/trainees', trainee),
  importTrainees: (file: File) => uploadFile<{ created: number; updated: number }>(`${E}/trainees/import`, file),
  createAccount: (body: Record<string, string | undefined>) => request<{ user: { email: string }; temporaryPassword: string }>('POST', '/api/trainee-accounts', body),
  nominate: (cohortId: string, nominees: { traineeId: string; rank: number }[]) => json<{ results: { traineeId: string; rank: number; status?: string; error?: { message: string } }[] }>('POST', '/nominations', { cohortId, nominees }),
  agencyApplications: () => json<Application[]>('GET', '/agency/applications'),
  quotas: () => json<QuotaUse[]>('GET', '/agency/quotas'),
  agencyReport: (year: number) => json<AgencyReport>('GET', `/reports/agency?year=${year}`),
  agencyReportFile: (year: number, format: 'xlsx' | 'csv') => downloadFile(`${E}/reports/agency/export?year=${year}&format=${format}`, `기관별실적_${year}.${format}`),

  cohorts: () => json<EnrollmentCohort[]>('GET', '/cohorts'),
  roster: (cohortId: string) => json<{ cohort: EnrollmentCohort; quotas: { agencyCode: string; seats: number; confirmed: number }[]; applications: Application[] }>('GET', `/cohorts/${cohortId}/roster`),
  rosterFile: (cohortId: string, format: 'xlsx' | 'csv') => downloadFile(`${E}/cohorts/${cohortId}/roster/export?format=${format}`, `명단.${format}`),
  selection: (cohortId: string) => json<EnrollmentCohort>('POST', `/cohorts/${cohortId}/selection`, {}),
  attendance: (cohortId: string) => json<AttendanceSheet>('GET', `/cohorts/${cohortId}/attendance`),
  recordAttendance: (cohortId: string, entries: { applicationId: string; day: string; mark: Mark | null }[]) => request<AttendanceSheet>('PUT', `${E}/cohorts/${cohortId}/attendance`, { entries }),
  importAttendance: (cohortId: string, file: File) => uploadFile<{ recorded: number }>(`${E}/cohorts/${cohortId}/attendance/import`, file),
  attendanceFile: (cohortId: string, format: 'xlsx' | 'csv') => downloadFile(`${E}/cohorts/${cohortId}/attendance/export?format=${format}`, `출석부.${format}`),
  assessment: (applicationId: string, passed: boolean) => request<Application>('PUT', `${E}/applications/${applicationId}/assessment`, { passed }),
  complete: (cohortId: string) => json<{ completed: number; notCompleted: number; results: { traineeName: string; percent: number; completed: boolean; certificateNo: string | null }[] }>('POST', `/cohorts/${cohortId}/completion`, {}),
  underFilled: () => json<EnrollmentCohort[]>('GET', '/under-filled-cohorts'),
  decideUnderFill: (cohortId: string, body: { decision: string; applicationCloses?: string; targetCohortId?: string }) => json<{ moved: number }>('POST', `/cohorts/${cohortId}/under-fill-decision`, body),

  surveysDue: () => json<SurveyDue[]>('GET', '/surveys/mine'),
  submitSurvey: (body: { cohortId: string; items: { itemCode: string; score: number }[]; instructors: { instructorId: string; score: number }[]; comment?: string }) => json<{ submitted: true }>('POST', '/surveys', body),
  surveyResults: (year: number) => json<SurveyResults>('GET', `/surveys/results?year=${year}`),

  results: (year: number) => json<ResultsReport>('GET', `/reports/results?year=${year}`),
  resultsFile: (year: number, format: 'xlsx' | 'csv') => downloadFile(`${E}/reports/results/export?year=${year}&format=${format}`, `교육훈련실적_${year}.${format}`),

  imports: () => json<ImportJob[]>('GET', '/completion-imports'),
  importStatus: (id: string) => json<ImportJob>('GET', `/completion-imports/${id}`),
  importErrors: (id: string, format: 'xlsx' | 'csv') => downloadFile(`${E}/completion-imports/${id}/errors?format=${format}`, `수료기록_오류.${format}`),
  /** Creates the import, then streams the file to it (read on the server as it arrives). */
  async importCompletions(file: File, onCreated: (job: ImportJob) => void): Promise<ImportJob> {
    const job = await json<ImportJob>('POST', '/completion-imports', { fileName: file.name, totalBytes: file.size });
    onCreated(job);
    const session = loadSession();
    let res: Response;
    try {
      res = await fetch(`${E}/completion-imports/${job.id}/content`, { method: 'PUT', headers: { Accept: 'application/json', 'Content-Type': 'text/csv', ...(session ? { Authorization: `Bearer ${session.accessToken}` } : {}) }, body: file });
    } catch {
      throw new ApiError(0, '');
    }
    const body = (await res.json().catch(() => null)) as (ImportJob & { message?: string }) | null;
    if (!res.ok) throw new ApiError(res.status, body?.message ?? '');
    return body!;
  },
};
