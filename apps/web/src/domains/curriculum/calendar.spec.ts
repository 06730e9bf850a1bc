import { addMonths, monthRange, monthWeeks, parseMonth, runningOn } from './calendar';

describe('the calendar month', () => {
  it('lays a month out in weeks from Monday, with days of other months empty', () => {
    // December 2027 starts on a Wednesday and has 31 days.
    const weeks = monthWeeks({ year: 2027, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, '2027-12-01', '2027-12-02', '2027-12-03', '2027-12-04', '2027-12-05']);
    expect(weeks[4]).toEqual(['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31', null, null]);
    // February 2027 starts on a Monday: four full weeks.
    expect(monthWeeks({ year: 2027, month: 2 }).flat().filter(Boolean)).toHaveLength(28);
    expect(monthWeeks({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('reads the month from the address, or falls back to today’s, and steps across years', () => {
    expect(parseMonth('2027-03', '2026-12-03')).toEqual({ year: 2027, month: 3 });
    expect(parseMonth('2027-13', '2026-12-03')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth(null, '2026-12-03')).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('lists a cohort on each of its days, its first and last included', () => {
    const cohorts = [
      { startDate: '2027-12-06', endDate: '2027-12-07' },
      { startDate: '2027-12-07', endDate: '2027-12-08' },
    ];
    expect(runningOn(cohorts, '2027-12-06')).toHaveLength(1);
    expect(runningOn(cohorts, '2027-12-07')).toHaveLength(2);
    expect(runningOn(cohorts, '2027-12-09')).toHaveLength(0);
  });
});
