import type { ExamApplicationView, InterviewSlotView } from '@baeum/api';
import type { Application } from './application.entity';

export interface ApplicationContext {
  examTitleKo: string;
  examTitleEn: string;
  jobSeriesKo: string;
  grade: number;
  seat?: { venueNameKo: string; address: string; room: string } | null;
  interview?: InterviewSlotView | null;
}

/** What an applicant (and the exam officer) sees of an application. Stage results are not here: they show only once published. */
export function toApplicationView(a: Application, c: ApplicationContext): ExamApplicationView {
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
