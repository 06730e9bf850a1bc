import { seoulHrd2022 } from '@baeum/source-data';
import { seoul2022 } from '../seed/seoul-2022';
import { buildProgrammePlans, ProgrammePlanData } from './programme-plans';

type Row = { metric: string; total: number; q1: number; q2: number; q3: number; q4: number };
const sourceRows = (id: string) =>
  (seoulHrd2022.work_report.programs.find((p) => p.id === id) as unknown as { quarterly_plan: { rows: Row[] } }).quarterly_plan.rows;
const printed = (id: string, metric: string) => sourceRows(id).find((r) => r.metric === metric)!;
const quarters = (row: Row) => [row.q1, row.q2, row.q3, row.q4];

describe("the work report's programmes planned apart from their lines' rows", () => {
  it("seeds 2-7's budget per quarter on the External Cooperation Fund, on no line", () => {
    const international = seoul2022.programmePlans.find((p) => p.programme === '2-7')!;
    expect(international).toMatchObject({ lineCode: null, fundKo: '대외협력기금', fundEn: 'External Cooperation Fund', counts: null });
    const budget = printed('2-7', 'budget_thousand_krw');
    expect(international.budget).toEqual(quarters(budget).map((k) => BigInt(k) * 1000n));
    expect(international.budget!.reduce((a, b) => a + b, 0n)).toBe(BigInt(budget.total) * 1000n); // 264,467천원
  });

  it("seeds 3-3's facility projects per quarter on its line, whose quarterly plan is its budget", () => {
    const facilities = seoul2022.programmePlans.find((p) => p.programme === '3-3')!;
    expect(facilities).toMatchObject({ lineCode: 'BUILDING-REPAIR', budget: null, fundKo: null });
    expect(facilities.counts).toEqual({ labelKo: '사업수', labelEn: 'Projects', quarters: quarters(printed('3-3', 'projects')) });
    // The line's own plan carries the source's budget row, so the programme reads its budget there.
    const linePlan = seoul2022.plans.filter((p) => p.lineCode === 'BUILDING-REPAIR');
    expect(linePlan.map((p) => p.quarters)).toEqual([quarters(printed('3-3', 'budget_thousand_krw')).map((k) => BigInt(k) * 1000n)]);
  });

  it('sets each plan beside what its line booked, and leaves a programme without a line with nothing booked (null, not zero)', () => {
    const rows: ProgrammePlanData[] = [
      {
        programme: '3-3',
        labelKo: '교육환경 변화에 발맞춘 시설 개선',
        labelEn: 'Facility improvements',
        budgetLineCode: 'BUILDING-REPAIR',
        fundKo: null,
        fundEn: null,
        counts: { labelKo: '사업수', labelEn: 'Projects', planned: [2, 3, 2, 1] },
        plannedBudget: [90_000_000n, 150_000_000n, 90_000_000n, 80_000_000n],
        bookedCommitments: [1, 2, 0, 0],
        bookedBudget: [12_000_000n, 30_000_000n, 0n, 0n],
      },
      {
        programme: '2-7',
        labelKo: '외국 공무원 대상 국제연수과정 운영',
        labelEn: 'International training',
        budgetLineCode: null,
        fundKo: '대외협력기금',
        fundEn: 'External Cooperation Fund',
        counts: null,
        plannedBudget: [105_219_000n, 47_650_000n, 47_650_000n, 63_948_000n],
        bookedCommitments: null,
        bookedBudget: null,
      },
    ];
    const report = buildProgrammePlans(2022, '2022-06-30', rows);
    expect(report.programmes.map((p) => p.programme)).toEqual(['2-7', '3-3']);
    const [international, facilities] = report.programmes;
    expect(international.budget).toEqual({
      planned: ['105219000', '47650000', '47650000', '63948000'],
      plannedTotal: '264467000',
      booked: null,
      bookedTotal: null,
    });
    expect(international.counts).toBeNull();
    expect(facilities.counts).toEqual({
      labelKo: '사업수',
      labelEn: 'Projects',
      planned: [2, 3, 2, 1],
      plannedTotal: 8,
      booked: [1, 2, 0, 0],
      bookedTotal: 3,
    });
    expect(facilities.budget.bookedTotal).toBe('42000000');
    expect(facilities.budget.plannedTotal).toBe('410000000');
  });
});
