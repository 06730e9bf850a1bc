import type { ExamApplicationView, ExamOutcomeView, InterviewSlotView } from '@baeum/api';
import type { Application } from './application.entity';

export interface ApplicationContext {
  examTitleKo: string;
  examTitleEn: string;
  jobSeriesKo: string;
  grade: number;
  seat?: { venueNameKo: string; address: string; room: string } | null;
  interview?: InterviewSlotView | null;
  /** Which stages' results applicants can already see (their publication instant has passed). */
  published?: { written: boolean; final: boolean };
  /** When the exam's applications close: until then the applicant may correct theirs. */
  applicationClosesAt: Date;
}

/** Until when the applicant may still correct the application (EditApplicationUseCase's rule); null once they cannot. */
export function editableUntil(a: Pick<Application, 'status'>, closesAt: Date, now: Date): string | null {
  return a.status !== 'cancelled' && now < closesAt ? closesAt.toISOString() : null;
}

/**
 * The outcome an applicant may know: the final result once the final results are published, else
 * the written result once those are; nothing before, and nothing for an application not sat for
 * (unpaid or cancelled).
 */
export function publishedOutcome(
  a: Pick<Application, 'status' | 'writtenResult' | 'finalResult'>,
  published: { written: boolean; final: boolean } | undefined,
): ExamOutcomeView | null {
  if (a.status !== 'paid' || !published) return null;
  if (published.final && a.finalResult) return { stage: 'final', result: a.finalResult };
  if (published.written && a.writtenResult) return { stage: 'written', result: a.writtenResult };
  return null;
}

/** What an applicant (and the exam officer) sees of an application. Stage results are not here: they show only once published. */
export function toApplicationView(a: Application, c: ApplicationContext, now: Date = new Date()): ExamApplicationView {
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
    rescuerBonusPercent: a.rescuerBonusPercent ?? 0,
    licenceBonusPercent: a.licenceBonusPercent ?? 0,
    education: a.education ?? null,
    licences: a.licences ?? [],
    identityVerifiedAt: a.identityVerifiedAt?.toISOString() ?? null,
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
    outcome: publishedOutcome(a, c.published),
    editableUntil: editableUntil(a, c.applicationClosesAt, now),
  };
}
