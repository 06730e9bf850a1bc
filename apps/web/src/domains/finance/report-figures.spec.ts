import type { Schemas } from '../../api/client';
import { headline, millionWon, monthLabels, monthlySeries, quarterTotals } from './report-figures';

type Report = Schemas['ExecutionReportView'];

const report = {
  fiscalYear: 2022,
  previousYear: 2021,
  asOf: '2022-02-15',
  unit: { ko: '천원', en: 'thousand won' },
  headline: { expenditure: '14,019백만원', revenue: '1,036백만원' },
  expenditure: { rows: [{ level: 'total', code: 'TOTAL', current: '14018927000' }], notes: [] },
  revenue: [{ code: 'TOTAL', budget: '1036000000' }],
  quarterly: [
    { code: 'A', hasPlan: true, plan: ['1000', '2000', '3000', '4000'], actual: ['1500', '0', '0', '0'] },
    { code: 'B', hasPlan: false, plan: ['0', '0', '0', '0'], actual: ['500', '0', '0', '0'] },
  ],
  quartersBegun: 1,
  monthly: Array.from({ length: 12 }, (_, m) => ({
    month: m + 1,
    executed: m < 2 ? String((m + 1) * 1_000_500) : null,
    planned: (m + 1) % 3 === 0 ? String((m + 1) * 1_000_000) : null,
  })),
} as unknown as Report;

describe('the execution report’s figures', () => {
  it('writes million won as the source does, rounding half away from zero', () => {
    expect(millionWon('14018927000')).toBe('14,019');
    expect(millionWon('5000000')).toBe('5');
    expect(millionWon('1500000')).toBe('2');
    expect(millionWon('-1500000')).toBe('-2');
    expect(headline(report)).toEqual({ expenditure: '14,019', revenue: '1,036' });
  });

  it('charts execution for the months begun and the plan at each quarter’s end, in thousand won, and nothing else', () => {
    const { executed, planned } = monthlySeries(report);
    expect(executed).toEqual([1001, 2001, null, null, null, null, null, null, null, null, null, null]);
    expect(planned).toEqual([null, null, 3000, null, null, 6000, null, null, 9000, null, null, 12000]);
  });

  it('adds up plan and actual by quarter over every line', () => {
    expect(quarterTotals(report)).toEqual({ plan: [1, 2, 3, 4], actual: [2, 0, 0, 0] });
  });

  it('names the months in the language of the page', () => {
    expect(monthLabels('ko')[0]).toBe('1월');
    expect([monthLabels('en')[0], monthLabels('en')[11]]).toEqual(['Jan', 'Dec']);
    expect(monthLabels('en').join(' ')).not.toMatch(/[가-힣]/);
  });
});
