import type { ProgrammePlanReportView, ProgrammePlanView } from '@baeum/api';

/** A programme's plan as kept, with what its line booked per quarter (by the report's date). */
export interface ProgrammePlanData {
  programme: string;
  labelKo: string;
  labelEn: string;
  budgetLineCode: string | null;
  fundKo: string | null;
  fundEn: string | null;
  counts: { labelKo: string; labelEn: string; planned: number[] } | null;
  /** Its budget per quarter: its own, or its line's quarterly plan. */
  plannedBudget: bigint[];
  /** Commitments booked on its line per quarter; null without a line. */
  bookedCommitments: number[] | null;
  /** Amounts committed on its line per quarter; null without a line. */
  bookedBudget: bigint[] | null;
}

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const totalWon = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/**
 * 사업별 분기 계획: each programme's plan per quarter beside what was booked: 3-3's projects against
 * the commitments booked on its line and its budget against what they committed; 2-7, paid from a
 * fund outside the book, has nothing booked here (null, not zero).
 */
export function buildProgrammePlans(fiscalYear: number, asOf: string, rows: ProgrammePlanData[]): ProgrammePlanReportView {
  const programmes = [...rows]
    .sort((a, b) => a.programme.localeCompare(b.programme, 'en', { numeric: true }))
    .map((p): ProgrammePlanView => ({
      programme: p.programme,
      labelKo: p.labelKo,
      labelEn: p.labelEn,
      budgetLineCode: p.budgetLineCode,
      fundKo: p.fundKo,
      fundEn: p.fundEn,
      counts: p.counts && {
        labelKo: p.counts.labelKo,
        labelEn: p.counts.labelEn,
        planned: p.counts.planned,
        plannedTotal: total(p.counts.planned),
        booked: p.bookedCommitments,
        bookedTotal: p.bookedCommitments && total(p.bookedCommitments),
      },
      budget: {
        planned: p.plannedBudget.map(String),
        plannedTotal: totalWon(p.plannedBudget).toString(),
        booked: p.bookedBudget && p.bookedBudget.map(String),
        bookedTotal: p.bookedBudget && totalWon(p.bookedBudget).toString(),
      },
    }));
  return { fiscalYear, asOf, programmes };
}
