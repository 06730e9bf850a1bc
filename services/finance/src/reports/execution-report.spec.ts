import { seoulHrd2022 } from '@baeum/source-data';
import { seoul2022 } from '../seed/seoul-2022';
import { buildExecutionReport, ReportData } from './execution-report';

type SourceRow = {
  row: number;
  amount_2021: number;
  amount_2022: number;
  change_printed: string;
  change_rate_printed: string;
  executed_printed: string;
  execution_rate_printed: string;
  children?: SourceRow[];
};
const sourceRows = (node: SourceRow): SourceRow[] => [node, ...(node.children ?? []).flatMap(sourceRows)];
const group = (n: number) => n.toLocaleString('en-US');

/** The book of 2021 and 2022 as the seed builds it, with January's execution in January. */
const january2022: ReportData = {
  fiscalYear: 2022,
  asOf: '2022-01-31',
  groups: seoul2022.groups,
  lines: [...seoul2022.lines, ...seoul2022.revenue].map((l) => ({
    ...l,
    amount: l.amount2022,
    previousAmount: l.amount2021 ?? 0n,
    monthly: [l.executedBy20220131, ...Array(11).fill(0n)],
    plan: seoul2022.plans
      .filter((p) => p.lineCode === l.code)
      .reduce<bigint[] | null>((sum, p) => p.quarters.map((q, i) => q + (sum?.[i] ?? 0n)), null),
  })),
};

describe('buildExecutionReport', () => {
  const report = buildExecutionReport(january2022);

  it('prints every row of the source expenditure table, in its order, figure for figure', () => {
    const expected = sourceRows(seoulHrd2022.work_report.budget_2022.expenditure.tree as SourceRow);
    expect(report.expenditure.rows).toHaveLength(24);
    expect(report.expenditure.rows.map((r) => r.printed)).toEqual(
      expected.map((s) => ({
        previous: group(s.amount_2021),
        current: group(s.amount_2022),
        change: s.change_printed,
        changeRate: s.change_rate_printed,
        executed: s.executed_printed,
        executionRate: s.execution_rate_printed,
      })),
    );
    expect(report.expenditure.rows.map((r) => r.level)).toEqual(expected.map((s) => (s as unknown as { level: string }).level));
  });

  it('footnotes the one rate printed with two decimals (D8: 250 of 1,206,760 is 0.02%)', () => {
    expect(report.expenditure.notes).toEqual([
      { code: 'ASSESSMENT-OPS', ko: expect.stringContaining('0.02%'), en: expect.stringContaining('0.02%') },
    ]);
  });

  it('prints the headline and the revenue budget as the source does', () => {
    expect(report.headline).toEqual({ expenditure: '14,019백만원', revenue: '1,036백만원' });
    expect(report.revenue.map((r) => [r.code, r.printed.budgetMillion])).toEqual([
      ['TOTAL', '1,036백만원'],
      ['REVENUE-RECURRING', '1,031백만원'],
      ['REVENUE-TEMPORARY', '5백만원'],
    ]);
  });

  it('sets each line against its quarterly plan and adds up execution month by month', () => {
    const newcomer = report.quarterly.find((q) => q.code === 'NEWCOMER')!;
    expect(newcomer.plan).toEqual(['204638000', '272877000', '131837000', '67228000']);
    expect(newcomer.actual).toEqual(['60000000', '0', '0', '0']);
    expect(newcomer.againstPlan.printed).toBe('29.3%'); // 60,000 of Q1's 204,638
    expect(report.quartersBegun).toBe(1);
    expect(report.monthly[0]).toEqual({ month: 1, executed: '1272398000', planned: null });
    expect(report.monthly[1].executed).toBeNull(); // February had not begun on 31 January
    expect(report.monthly[2].planned).toBe(String(seoul2022.plans.reduce((s, p) => s + p.quarters[0], 0n)));
    expect(report.monthly[11].planned).toBe(String(seoul2022.plans.reduce((s, p) => s + p.quarters.reduce((a, b) => a + b, 0n), 0n)));
  });
});
