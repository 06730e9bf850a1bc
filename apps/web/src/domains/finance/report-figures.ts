import type { Schemas } from '../../api/client';
import type { Lang } from '../../i18n/catalogue';
import { divideRounded, groupDigits, thousandWon } from './shared';

type Report = Schemas['ExecutionReportView'];

/** Won in million won as the source's narrative writes them, rounded half away from zero: "14,019". */
export const millionWon = (won: string): string => {
  const n = divideRounded(BigInt(won), 1_000_000n);
  return `${n < 0n ? '-' : ''}${groupDigits(n)}`;
};

/** The headline's totals from the report's own figures: the expenditure total's current budget and the revenue total's budget. */
export function headline(report: Report): { expenditure: string; revenue: string } {
  const total = report.expenditure.rows.find((row) => row.level === 'total') ?? report.expenditure.rows[0];
  const revenue = report.revenue.find((row) => row.code === 'TOTAL') ?? report.revenue[0];
  return { expenditure: total ? millionWon(total.current) : '0', revenue: revenue ? millionWon(revenue.budget) : '0' };
}

/** Month names as people read them: 1월 … / Jan … */
export const monthLabels = (lang: Lang): string[] =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
  );

/**
 * Execution over the year in thousand won: executed to each month's end for the months begun
 * (none after), and the plan to each quarter's end in its last month (none in the others).
 */
export function monthlySeries(report: Report): { executed: (number | null)[]; planned: (number | null)[] } {
  const byMonth = (month: number) => report.monthly.find((m) => m.month === month);
  const months = Array.from({ length: 12 }, (_, i) => byMonth(i + 1));
  return {
    executed: months.map((m) => (m?.executed === null || m?.executed === undefined ? null : thousandWon(m.executed))),
    planned: months.map((m) => (m?.planned === null || m?.planned === undefined ? null : thousandWon(m.planned))),
  };
}

/** Plan against actual per quarter over every line with a plan or execution, in thousand won. */
export function quarterTotals(report: Report): { plan: number[]; actual: number[] } {
  const sum = (pick: (row: Report['quarterly'][number]) => string[], q: number) =>
    report.quarterly.reduce((total, row) => total + BigInt(pick(row)[q] ?? '0'), 0n);
  return {
    plan: [0, 1, 2, 3].map((q) => thousandWon(sum((row) => row.plan, q).toString())),
    actual: [0, 1, 2, 3].map((q) => thousandWon(sum((row) => row.actual, q).toString())),
  };
}
