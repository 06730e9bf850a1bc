import { request } from '../api';

/** The gateway's examination endpoints as the pages use them. Money arrives as integer-won strings. */

export interface Position {
  id: string;
  seq: number;
  jobSeries: string;
  jobSeriesKo: string;
  grade: number;
  openings: number;
  track: string;
  minAge: number;
  fee: string;
  applicants: number;
  paid: number;
  competitionRatio: number;
  passMultiplePercent: number | null;
  writtenCutoff: number | null;
}

export interface Exam {
  id: string;
  kind: 'open' | 'career';
  year: number;
  roundNo: number;
  titleKo: string;
  titleEn: string;
  phase: 'announced' | 'accepting' | 'closed';
  announcedOn: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  cancellationClosesAt: string;
  writtenExamOn: string | null;
  interviewStartsOn: string | null;
  interviewEndsOn: string | null;
  resultOn: string;
  selectionPlanned: number;
  selectionTentative: boolean;
  residencyRegionKo: string | null;
  residencyCutoffOn: string | null;
  examNumbersAssignedAt: string | null;
  seatsAssignedAt: string | null;
  positions: Position[];
}

export interface Accommodation {
  kind: string;
  note?: string;
}

export interface Application {
  id: string;
  examId: string;
  examTitleKo: string;
  examTitleEn: string;
  positionId: string;
  positionLabelKo: string;
  status: 'pending_payment' | 'paid' | 'cancelled';
  cancelReason: string | null;
  /** The officer's reason, when they cancelled it as ineligible. */
  cancelNote: string | null;
  /** The interview session, once the candidate may know it. */
  interview: { heldOn: string; startsAt: string; room: string } | null;
  nameKo: string;
  birthDate: string;
  phone: string;
  accommodations: Accommodation[];
  accommodationStatus: string;
  feeAmount: string;
  submittedAt: string;
  paidAt: string | null;
  refundAmount: string | null;
  examNumber: string | null;
  seat: { venueNameKo: string; address: string; room: string; seatNo: number; changed: boolean } | null;
}

export interface NewApplication {
  examId: string;
  positionId: string;
  nameKo: string;
  birthDate: string;
  phone: string;
  residentSince?: string;
  residencyYears?: number;
  trackEvidence?: string;
  veteransBonusPercent?: number;
  accommodations?: Accommodation[];
}

export interface StageResult {
  published: boolean;
  publishAt: string | null;
  result?: 'pass' | 'fail' | 'absent' | null;
}

export interface ResultLookup {
  examId: string;
  examTitleKo: string;
  examTitleEn: string;
  examNumber: string | null;
  positionLabelKo: string;
  written: StageResult;
  final: StageResult;
}

export const ACCOMMODATION_KINDS = ['extended_time', 'large_print', 'wheelchair_access', 'separate_room', 'braille', 'reader', 'hearing_aid'] as const;

export const getAnnouncements = (tenant: string) => request<{ tenant: { slug: string; nameKo: string; nameEn: string }; exams: Exam[] }>('GET', `/api/public/exams?tenant=${encodeURIComponent(tenant)}`);
export const getExams = () => request<Exam[]>('GET', '/api/exam/exams');
export const getExam = (id: string) => request<Exam>('GET', `/api/exam/exams/${id}`);

/** The idempotency key travels in a header, so the gateway and examination count a retry once. */
export async function submitApplication(body: NewApplication, idempotencyKey: string): Promise<Application> {
  return request<Application>('POST', '/api/exam/applications', { ...body, idempotencyKey });
}
export const getMyApplications = () => request<Application[]>('GET', '/api/exam/applications/mine');
export const getRefundQuote = (id: string) => request<{ cancellable: boolean; cancellationClosesAt: string; refundAmount: string; refundPercent: number }>('GET', `/api/exam/applications/${id}/refund-quote`);
export const cancelApplication = (id: string) => request<Application>('POST', `/api/exam/applications/${id}/cancel`, {});
export const startPayment = (id: string) => request<{ paymentId: string; amount: string; checkoutToken: string }>('POST', `/api/exam/applications/${id}/payments`, {});
export const approveSimulated = (checkoutToken: string, outcome: 'approved' | 'declined') => request<{ outcome: string; status: string }>('POST', '/api/exam/payment-simulator/approve', { checkoutToken, outcome });
export const getResult = (examId: string) => request<ResultLookup>('GET', `/api/exam/results/${examId}`);

export const signUpApplicant = (body: { tenant: string; email: string; password: string; name: string; privacyConsent: boolean }) =>
  request<{ accessToken: string; expiresIn: number; user: import('../api').User }>('POST', '/api/auth/applicant-signup', body);
