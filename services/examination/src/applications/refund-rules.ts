import { daysBetween, seoulDate } from '@baeum/calendar';

export interface RefundSchedule {
  applicationClosesAt: Date;
  /** The first sitting of the exam: the written exam, or for career recruitment the interviews. */
  firstSittingOn: string;
}

/**
 * 응시수수료 반환 (지방공무원 임용령 제62조의3): all of it when cancelled within the application
 * period; 60% from the day after it until 20 days before the first sitting; 50% until 10 days
 * before; nothing later. Amounts are whole won, rounded down.
 */
export function refundFor(fee: bigint, cancelledAt: Date, schedule: RefundSchedule): { amount: bigint; percent: number } {
  if (cancelledAt < schedule.applicationClosesAt) return { amount: fee, percent: 100 };
  const daysBefore = daysBetween(seoulDate(cancelledAt), schedule.firstSittingOn);
  const percent = daysBefore >= 20 ? 60 : daysBefore >= 10 ? 50 : 0;
  return { amount: (fee * BigInt(percent)) / 100n, percent };
}

/** The first sitting the tiers count back from: the written exam, else the interviews, else the result day. */
export const firstSittingOn = (exam: { writtenExamOn: string | null; interviewStartsOn: string | null; resultOn: string }): string =>
  exam.writtenExamOn ?? exam.interviewStartsOn ?? exam.resultOn;
