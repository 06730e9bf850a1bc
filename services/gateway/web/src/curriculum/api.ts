import { request } from '../api';

/** The curriculum side of the gateway's API, as the pages use it. */

export interface Named {
  nameKo: string;
  nameEn: string;
}

export interface CategoryView extends Named {
  code: string;
  kind: 'field' | 'subfield';
  parentCode: string | null;
  sortOrder: number;
}

export interface CourseView extends Named {
  id: string;
  fiscalYear: number;
  code: string;
  educationType: 'general' | 'e_learning';
  fieldCode: string;
  subfieldCode: string | null;
  deliveryMode: string;
  hours: number;
  targetGrades: number[];
  targetPositions: string[];
  openToOtherProvinces: boolean;
  yearStatus: string;
  replacesCourseId: string | null;
  budgetLineCode: string | null;
  completionMinAttendancePercent: number;
  completionRequiresAssessment: boolean;
  generated: boolean;
  sourceNote: string | null;
}

export interface CohortView {
  id: string;
  courseId: string;
  courseCode: string;
  courseNameKo: string;
  courseNameEn: string;
  cohortNo: number;
  startDate: string;
  endDate: string;
  dailyStartTime: string;
  dailyEndTime: string;
  deliveryMode: string;
  capacity: number;
  roomId: string | null;
  roomNameKo: string | null;
  roomNameEn: string | null;
  instructors: { id: string; name: string }[];
  estimatedCost: string;
  budgetLineCode: string;
  applicationOpens: string;
  applicationCloses: string;
  cancellationCloses: string;
  minimumFill: number;
  minimumFillCutoff: string;
  approval: string;
  agencyQuotas: { agencyCode: string; seats: number }[];
  status: string;
  statusReason: string | null;
  confirmed: number;
  waitlisted: number;
  underFilled: boolean;
  /** From enrollment and finance, null until they have processed the cohort. */
  seatsFree?: number | null;
  committedAmount?: string | null;
  limitedByDistancing?: boolean;
}

export interface CourseDetail extends CourseView {
  replaces: (Named & { id: string; code: string; fiscalYear: number }) | null;
  replacedBy: (Named & { id: string; code: string; fiscalYear: number })[];
  plans: { versionId: string; fiscalYear: number; kind: string; versionNo: number; status: string; labelKo: string; labelEn: string; sessions: number[]; trainees: number[] }[];
  cohorts: CohortView[];
}

export interface PlanVersion {
  id: string;
  fiscalYear: number;
  kind: 'original' | 'changed';
  versionNo: number;
  status: 'draft' | 'approved';
  labelKo: string;
  labelEn: string;
  courses: number;
  sessions: number;
  trainees: number;
}

export interface Figures {
  courses: number;
  sessions: number | null;
  trainees: number;
}

export interface Note {
  ref: string | null;
  ko: string;
  en: string;
}

export interface SummaryReport {
  versions: PlanVersion[];
  sections: {
    educationType: string;
    nameKo: string;
    nameEn: string;
    subtotal: Figures[];
    groups: (Named & { code: string; cells: Figures[]; rows: (Named & { code: string | null; cells: Figures[] })[] })[];
    memoLines: (Named & { labelKo: string; labelEn: string; values: ({ sessions: number | null; trainees: number | null } | null)[] })[];
  }[];
  total: Figures[];
  footnotes: { labelKo: string; labelEn: string; values: ({ sessions: number | null; trainees: number | null } | null)[] }[];
  notes: Note[];
}

interface ModeCount {
  courses: number;
  trainees: number;
  share: number;
}
export interface DeliveryModeReport {
  rows: { version: PlanVersion; faceToFace: ModeCount; nonFaceToFace: ModeCount & { remote: number; blendedCohort: number; blendedCourse: number }; eLearning: ModeCount; totalCourses: number; generalNonFaceToFaceShare: number }[];
  notes: Note[];
}

interface Restructuring {
  new: number;
  improved: number;
  merged: number;
  continued: number;
  total: number;
}
export interface RestructuringReport {
  rows: { version: PlanVersion; general: Restructuring; eLearning: Restructuring; total: Restructuring }[];
  notes: Note[];
}

export interface YearOnYearReport {
  version: PlanVersion;
  base: PlanVersion;
  other: PlanVersion | null;
  rows: (Named & { educationType: string; base: { courses: number; trainees: number }; current: { courses: number; trainees: number }; change: { courses: number; trainees: number } })[];
  notes: Note[];
}

export interface QuartersReport {
  version: PlanVersion;
  rows: { budgetLineCode: string | null; educationType: string; courses: number; sessions: number[] | null; trainees: number[] }[];
  notes: Note[];
}

export interface RoomView extends Named {
  id: string;
  code: string;
  kind: string;
  capacity: number;
  seatsNow: number;
  equipment: string[];
  building: string | null;
}

export interface InstructorView {
  id: string;
  name: string;
  kind: string;
  affiliation: string | null;
  specialties: string[];
  recommendedBy: string | null;
  email?: string | null;
  phone?: string | null;
  rating: number | null;
  ratingCount: number;
}

export interface SettingsView {
  distancingEnabled: boolean;
  defaultDailyStart: string;
  defaultDailyEnd: string;
  adjustedCohorts?: { id: string; courseNameKo: string; cohortNo: number; from: number; to: number }[];
}

export interface SurveyView {
  id: string;
  titleKo: string;
  titleEn: string;
  courseId: string | null;
  opensOn: string;
  closesOn: string;
  generated: boolean;
  sourceNote: string | null;
  responses: number;
  open: boolean;
}

export interface Share {
  code: string;
  count: number;
  share: number;
}

export interface SuggestedHours {
  dailyStartTime: string;
  dailyEndTime: string;
  attendable: number;
  respondents: number;
  share: number;
}

export interface SurveyResults {
  survey: SurveyView;
  respondents: number;
  hardDueToChildcare: Share;
  wantsChildcareFriendly: Share;
  constraints: Share[];
  preferredDays: Share[];
  earliestStarts: Share[];
  latestEnds: Share[];
  suggestion: SuggestedHours | null;
  childcareSuggestion: SuggestedHours | null;
}

const query = (params: Record<string, string | number | boolean | undefined | null>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '') as [string, string | number | boolean][];
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
};

export const api = {
  categories: () => request<CategoryView[]>('GET', '/api/categories'),
  createCategory: (body: Record<string, unknown>) => request<CategoryView>('POST', '/api/categories', body),
  updateCategory: (code: string, body: Record<string, unknown>) => request<CategoryView>('PATCH', `/api/categories/${code}`, body),
  courseYears: () => request<number[]>('GET', '/api/course-years'),
  courses: (filter: Record<string, string | number | boolean | undefined> = {}) => request<CourseView[]>('GET', `/api/courses${query(filter)}`),
  course: (id: string) => request<CourseDetail>('GET', `/api/courses/${id}`),
  createCourse: (body: Record<string, unknown>) => request<CourseView>('POST', '/api/courses', body),
  updateCourse: (id: string, body: Record<string, unknown>) => request<CourseView>('PATCH', `/api/courses/${id}`, body),
  plans: (fiscalYear?: number) => request<PlanVersion[]>('GET', `/api/plans${query({ fiscalYear })}`),
  createPlan: (body: { fiscalYear: number; kind: string }) => request<PlanVersion>('POST', '/api/plans', body),
  approvePlan: (id: string) => request<PlanVersion>('POST', `/api/plans/${id}/approve`),
  report: <T>(name: string, params: Record<string, string | undefined>) => request<T>('GET', `/api/plans/reports/${name}${query(params)}`),
  reportPath: (name: string, params: Record<string, string | undefined>) => `/api/plans/reports/${name}${query(params)}`,
  cohorts: (filter: Record<string, string | undefined> = {}) => request<CohortView[]>('GET', `/api/cohorts${query(filter)}`),
  cohort: (id: string) => request<CohortView>('GET', `/api/cohorts/${id}`),
  scheduleCohort: (body: Record<string, unknown>) => request<CohortView>('POST', '/api/cohorts', body),
  changeCohort: (id: string, body: Record<string, unknown>) => request<CohortView>('PATCH', `/api/cohorts/${id}`, body),
  cancelCohort: (id: string, reason: string) => request<CohortView>('POST', `/api/cohorts/${id}/cancel`, { reason }),
  completeCohort: (id: string) => request<CohortView>('POST', `/api/cohorts/${id}/complete`),
  rooms: () => request<RoomView[]>('GET', '/api/rooms'),
  createRoom: (body: Record<string, unknown>) => request<RoomView>('POST', '/api/rooms', body),
  roomSchedule: (id: string, from: string) => request<CohortView[]>('GET', `/api/rooms/${id}/schedule${query({ from })}`),
  instructors: () => request<InstructorView[]>('GET', '/api/instructors'),
  createInstructor: (body: Record<string, unknown>) => request<InstructorView>('POST', '/api/instructors', body),
  instructorSchedule: (id: string, from: string) => request<CohortView[]>('GET', `/api/instructors/${id}/schedule${query({ from })}`),
  settings: () => request<SettingsView>('GET', '/api/curriculum-settings'),
  updateSettings: (body: Partial<SettingsView>) => request<SettingsView>('PUT', '/api/curriculum-settings', body),
  surveys: () => request<SurveyView[]>('GET', '/api/demand-surveys'),
  createSurvey: (body: Record<string, unknown>) => request<SurveyView>('POST', '/api/demand-surveys', body),
  surveyResults: (id: string, hoursPerDay: number) => request<SurveyResults>('GET', `/api/demand-surveys/${id}/results${query({ hoursPerDay })}`),
  myResponse: (id: string) => request<{ response: Record<string, unknown> | null }>('GET', `/api/demand-surveys/${id}/my-response`),
  answerSurvey: (id: string, body: Record<string, unknown>) => request<{ id: string }>('POST', `/api/demand-surveys/${id}/responses`, body),
};
