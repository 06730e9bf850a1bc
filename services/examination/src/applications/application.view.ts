import type { Accommodation, Application } from './application.entity';

/** What an applicant (and the exam officer) sees of an application. Stage results are not here: they show only once published. */
export interface ApplicationView {
  id: string;
  examId: string;
  examTitleKo: string;
  examTitleEn: string;
  positionId: string;
  positionLabelKo: string;
  grade: number;
  status: string;
  cancelReason: string | null;
  cancelNote: string | null;
  nameKo: string;
  birthDate: string;
  phone: string;
  residentSince: string | null;
  residencyYears: number | null;
  trackEvidence: string | null;
  veteransBonusPercent: number;
  accommodations: Accommodation[];
  accommodationStatus: string;
  feeAmount: string;
  submittedAt: string;
  paidAt: string | null;
  paymentRef: string | null;
  cancelledAt: string | null;
  refundAmount: string | null;
  examNumber: string | null;
  seat: { venueNameKo: string; address: string; room: string; seatNo: number; changed: boolean } | null;
  /** The interview session, once the candidate may know it (see ApplicationQueries.views). */
  interview: InterviewSlot | null;
}

export interface InterviewSlot {
  heldOn: string;
  startsAt: string;
  room: string;
}

export interface ApplicationContext {
  examTitleKo: string;
  examTitleEn: string;
  jobSeriesKo: string;
  grade: number;
  seat?: { venueNameKo: string; address: string; room: string } | null;
  interview?: InterviewSlot | null;
}

export function toApplicationView(a: Application, c: ApplicationContext): ApplicationView {
  return {
    id: a.id,
    examId: a.examId,
    examTitleKo: c.examTitleKo,
    examTitleEn: c.examTitleEn,
    positionId: a.positionId,
    positionLabelKo: `${c.jobSeriesKo} ${c.grade}급`,
    grade: c.grade,
    status: a.status,
    cancelReason: a.cancelReason,
    cancelNote: a.cancelNote,
    nameKo: a.nameKo,
    birthDate: a.birthDate,
    phone: a.phone,
    residentSince: a.residentSince,
    residencyYears: a.residencyYears,
    trackEvidence: a.trackEvidence,
    veteransBonusPercent: a.veteransBonusPercent,
    accommodations: a.accommodations,
    accommodationStatus: a.accommodationStatus,
    feeAmount: a.feeAmount.toString(),
    submittedAt: a.submittedAt.toISOString(),
    paidAt: a.paidAt?.toISOString() ?? null,
    paymentRef: a.paymentRef,
    cancelledAt: a.cancelledAt?.toISOString() ?? null,
    refundAmount: a.refundAmount?.toString() ?? null,
    examNumber: a.examNumber,
    seat: a.seatNo !== null && c.seat ? { ...c.seat, seatNo: a.seatNo, changed: a.seatChangedAt !== null } : null,
    interview: a.status === 'paid' ? (c.interview ?? null) : null,
  };
}
