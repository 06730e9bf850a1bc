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
    programmes: seoul2022.plans
      .filter((p) => p.lineCode === l.code && p.courseCodes.length > 0)
      .map((p) => ({ labelKo: p.labelKo, labelEn: p.labelEn, courseCodes: p.courseCodes, plan: p.quarters, monthly: Array(12).fill(0n) })),
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

  it("plans 2-6's two programmes apart on their line, each against what its own courses booked", () => {
    const source = seoulHrd2022.work_report.programs.find((p) => p.id === '2-6')!.quarterly_plan!.rows as {
      metric: string;
      component: string;
      q1: number;
      q2: number;
      q3: number;
      q4: number;
    }[];
    const cells = (component: string) => {
      const row = source.find((r) => r.metric === 'budget_thousand_krw' && r.component === component)!;
      return [row.q1, row.q2, row.q3, row.q4].map((q) => String(BigInt(q) * 1000n));
    };
    const line = report.quarterly.find((q) => q.code === 'RETIREMENT-PLANNING')!;
    expect(line.plan).toEqual(cells('all'));
    expect(line.programmes.map((p) => [p.labelKo, p.courseCodes, p.plan])).toEqual([
      ['2-6 퇴직 예정 공무원 제2인생 설계 지원 — 행복한 미래설계', ['RETIRE-FUTURE'], cells('happy_future_design')],
      ['2-6 퇴직 예정 공무원 제2인생 설계 지원 — 인생이모작 준비', ['RETIRE-SECOND'], cells('second_career_prep')],
    ]);
    // Booked against one programme: the line and that programme show it, the other does not.
    const booked = buildExecutionReport({
      ...january2022,
      asOf: '2022-06-30',
      lines: january2022.lines.map((l) =>
        l.code === 'RETIREMENT-PLANNING'
          ? {
              ...l,
              monthly: l.monthly.map((m, i) => (i === 4 ? m + 50_000_000n : m)),
              programmes: l.programmes.map((p, i) => ({
                ...p,
                monthly: p.monthly.map((m, month) => (i === 0 && month === 4 ? 50_000_000n : m)),
              })),
            }
          : l,
      ),
    }).quarterly.find((q) => q.code === 'RETIREMENT-PLANNING')!;
    expect(booked.programmes.map((p) => p.actual)).toEqual([
      ['0', '50000000', '0', '0'],
      ['0', '0', '0', '0'],
    ]);
    expect(booked.programmes[0].againstPlan.printed).toBe('14.6%'); // 50,000 of 341,303 (Q1+Q2)
    expect(booked.actual[1]).toBe('50000000');
    // Every other line has no programme of its own.
    expect(report.quarterly.filter((q) => q.programmes.length > 0).map((q) => q.code)).toEqual(['RETIREMENT-PLANNING']);
  });
});
