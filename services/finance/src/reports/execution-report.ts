import { budgetTree, GroupShape, LineShape, RowLevel } from '../budget-book/budget-tree';
import { hasSecondDecimal, printMillionWon, printThousandWon, rate, Rate } from '../shared/printing';

/** One line as the report needs it, all amounts as of the report's date. */
export interface ReportLine extends LineShape {
  /** Current budget amount (예산현액) of the report's year and of the year before. */
  amount: bigint;
  previousAmount: bigint;
  /** Committed (expenditure) or collected (revenue) in the report's year, per month Jan…Dec. */
  monthly: bigint[];
  /** The quarterly execution plan, when the line has one. */
  plan: bigint[] | null;
  /** Programmes the line's plan sets apart, each with its courses (see `quarterly_plan.course_codes`). */
  programmes: ReportProgramme[];
}

/** A programme planned apart on its line, and what its courses' cohorts committed on the line per month. */
export interface ReportProgramme {
  labelKo: string;
  labelEn: string;
  courseCodes: string[];
  plan: bigint[];
  monthly: bigint[];
}

export interface ReportData {
  fiscalYear: number;
  asOf: string;
  groups: GroupShape[];
  lines: ReportLine[];
}

export interface ExpenditureRow {
  level: RowLevel;
  code: string;
  nameKo: string;
  nameEn: string;
  depth: number;
  previous: string;
  current: string;
  change: string;
  executed: string;
  changeRate: Rate;
  executionRate: Rate;
  /** The row as the source prints it, in thousand won. */
  printed: { previous: string; current: string; change: string; changeRate: string; executed: string; executionRate: string };
}

export interface Note {
  code: string;
  ko: string;
  en: string;
}

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
const quarters = (monthly: bigint[]) => [0, 1, 2, 3].map((q) => sum(monthly.slice(q * 3, q * 3 + 3)));

/**
 * The execution report (예산 집행 현황) of a fiscal year as of a date: the source's expenditure table
 * (current amounts of two consecutive years, change, change rate, executed on commitment basis,
 * execution rate), the revenue table, the quarterly plan against actual per line, and execution
 * month by month. Built from the book and the entries only.
 */
export function buildExecutionReport(data: ReportData) {
  const expenditure = data.lines.filter((l) => l.kind === 'expenditure');
  const groups = data.groups.map((g) => ({ ...g, id: g.code, parentId: g.parentCode }));
  const tree = budgetTree(
    groups,
    expenditure.map((l) => ({
      ...l,
      groupId: l.groupCode,
      values: { previous: l.previousAmount, current: l.amount, executed: sum(l.monthly) },
    })),
    () => ({ previous: 0n, current: 0n, executed: 0n }),
  );
  const notes: Note[] = [];
  const rows: ExpenditureRow[] = tree.map((row) => {
    const { previous, current, executed } = row.values;
    const change = current - previous;
    const changeRate = rate(change, previous);
    const executionRate = rate(executed, current);
    if (hasSecondDecimal(executionRate)) {
      notes.push({
        code: row.code,
        ko: `${row.nameKo}: 집행률이 소수 첫째 자리에서 0.0%가 되어 둘째 자리까지 표기합니다 (${executionRate.printed}).`,
        en: `${row.nameEn}: the execution rate would read 0.0% at one decimal, so it is printed with two (${executionRate.printed}).`,
      });
    }
    return {
      level: row.level,
      code: row.code,
      nameKo: row.nameKo,
      nameEn: row.nameEn,
      depth: row.depth,
      previous: previous.toString(),
      current: current.toString(),
      change: change.toString(),
      executed: executed.toString(),
      changeRate,
      executionRate,
      printed: {
        previous: printThousandWon(previous),
        current: printThousandWon(current),
        change: printThousandWon(change),
        changeRate: changeRate.printed,
        executed: printThousandWon(executed),
        executionRate: executionRate.printed,
      },
    };
  });

  const revenueLines = data.lines.filter((l) => l.kind === 'revenue').sort((a, b) => a.position - b.position);
  const revenueRow = (
    code: string,
    nameKo: string,
    nameEn: string,
    noteKo: string | null,
    noteEn: string | null,
    budget: bigint,
    collected: bigint,
  ) => ({
    code,
    nameKo,
    nameEn,
    noteKo,
    noteEn,
    budget: budget.toString(),
    collected: collected.toString(),
    collectionRate: rate(collected, budget),
    printed: {
      budgetMillion: printMillionWon(budget),
      budget: printThousandWon(budget),
      collected: printThousandWon(collected),
      collectionRate: rate(collected, budget).printed,
    },
  });
  const revenue = [
    revenueRow('TOTAL', '합계', 'Total', null, null, sum(revenueLines.map((l) => l.amount)), sum(revenueLines.flatMap((l) => l.monthly))),
    ...revenueLines.map((l) => revenueRow(l.code, l.nameKo, l.nameEn, l.noteKo, l.noteEn, l.amount, sum(l.monthly))),
  ];

  const treeOrder = tree.map((row) => row.code);
  const quarterly = expenditure
    .filter((l) => l.plan || sum(l.monthly) !== 0n)
    .sort((a, b) => treeOrder.indexOf(a.code) - treeOrder.indexOf(b.code))
    .map((l) => {
      const plan = l.plan ?? [0n, 0n, 0n, 0n];
      const actual = quarters(l.monthly);
      const programmes = l.programmes.map((p) => {
        const booked = quarters(p.monthly);
        return {
          labelKo: p.labelKo,
          labelEn: p.labelEn,
          courseCodes: p.courseCodes,
          plan: p.plan.map(String),
          actual: booked.map(String),
          planTotal: sum(p.plan).toString(),
          actualTotal: sum(booked).toString(),
          againstPlan: rate(sum(booked), sum(p.plan.slice(0, quartersBegun(data.fiscalYear, data.asOf)))),
        };
      });
      return {
        code: l.code,
        nameKo: l.nameKo,
        nameEn: l.nameEn,
        hasPlan: l.plan !== null,
        plan: plan.map(String),
        actual: actual.map(String),
        planTotal: sum(plan).toString(),
        actualTotal: sum(actual).toString(),
        /** Actual against the plan of the quarters begun by the report's date. */
        againstPlan: rate(sum(actual), sum(plan.slice(0, quartersBegun(data.fiscalYear, data.asOf)))),
        programmes,
      };
    });

  const begun = quartersBegun(data.fiscalYear, data.asOf);
  const monthsBegun = monthsBegunBy(data.fiscalYear, data.asOf);
  const plannedByQuarter = [1, 2, 3, 4].map((n) => sum(expenditure.map((l) => (l.plan ? sum(l.plan.slice(0, n)) : 0n))));
  let executedSoFar = 0n;
  const monthly = Array.from({ length: 12 }, (_, m) => {
    executedSoFar += sum(expenditure.map((l) => l.monthly[m]));
    return {
      month: m + 1,
      executed: m < monthsBegun ? executedSoFar.toString() : null,
      planned: (m + 1) % 3 === 0 ? plannedByQuarter[(m + 1) / 3 - 1].toString() : null,
    };
  });

  const totalRow = rows[0];
  return {
    fiscalYear: data.fiscalYear,
    previousYear: data.fiscalYear - 1,
    asOf: data.asOf,
    unit: { ko: '천원', en: 'thousand won' },
    headline: { expenditure: printMillionWon(BigInt(totalRow.current)), revenue: printMillionWon(sum(revenueLines.map((l) => l.amount))) },
    expenditure: { rows, notes },
    revenue,
    quarterly,
    quartersBegun: begun,
    monthly,
  };
}

export type ExecutionReport = ReturnType<typeof buildExecutionReport>;

/** Quarters of the fiscal year that have begun by `asOf` (0 before it starts, 4 after). */
export function quartersBegun(fiscalYear: number, asOf: string): number {
  return Math.ceil(monthsBegunBy(fiscalYear, asOf) / 3);
}

function monthsBegunBy(fiscalYear: number, asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  if (year < fiscalYear) return 0;
  if (year > fiscalYear) return 12;
  return Number(asOf.slice(5, 7));
}
