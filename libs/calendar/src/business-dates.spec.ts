import {
  addDays,
  currentFiscalYear,
  datesBetween,
  daysBetween,
  fiscalYearOf,
  isCalendarDate,
  notBeforeYear,
  seoulDate,
  seoulDateTime,
  seoulInstant,
  seoulToday,
  trainingDays,
} from './business-dates';

describe('the business calendar', () => {
  it('takes the date in Seoul, not in UTC', () => {
    expect(seoulDate(new Date('2027-03-01T15:30:00Z'))).toBe('2027-03-02'); // 00:30 in Seoul
    expect(seoulDate('2022-01-30T14:59:59Z')).toBe('2022-01-30');
    expect(seoulToday()).toBe(seoulDate(new Date()));
    expect(seoulInstant('2022-02-26', '09:20').toISOString()).toBe('2022-02-26T00:20:00.000Z');
    expect(seoulDateTime('2027-03-01T15:30:00Z')).toBe('2027-03-02 00:30');
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(datesBetween('2027-03-02', '2027-03-01')).toEqual([]);
  });

  it('counts a cohort’s weekdays as its training days, and a weekend-only cohort by its own days', () => {
    expect(trainingDays('2027-03-01', '2027-03-05')).toHaveLength(5); // Monday to Friday
    expect(trainingDays('2027-03-05', '2027-03-09')).toEqual(['2027-03-05', '2027-03-08', '2027-03-09']); // Fri, Mon, Tue
    expect(trainingDays('2027-03-06', '2027-03-07')).toEqual(['2027-03-06', '2027-03-07']); // Saturday and Sunday
    expect(trainingDays('2027-03-08', '2027-03-01')).toEqual([]);
  });

  it('leaves out the tenant’s holidays, unless the cohort meets on nothing else', () => {
    expect(trainingDays('2027-03-01', '2027-03-05', ['2027-03-03'])).toEqual(['2027-03-01', '2027-03-02', '2027-03-04', '2027-03-05']);
    expect(trainingDays('2027-03-01', '2027-03-05', new Set(['2027-03-06', '2027-02-26']))).toHaveLength(5); // not within the cohort
    expect(trainingDays('2027-03-06', '2027-03-07', ['2027-03-06'])).toEqual(['2027-03-07']); // weekend-only
    expect(trainingDays('2027-03-03', '2027-03-03', ['2027-03-03'])).toEqual(['2027-03-03']); // scheduled on the holiday itself
  });

  it('reads a fiscal year as the calendar year, and moves an entry made before it to its first day', () => {
    expect(fiscalYearOf('2027-12-31')).toBe(2027);
    expect(currentFiscalYear()).toBe(Number(seoulToday().slice(0, 4)));
    expect(notBeforeYear('2026-11-25', 2027)).toBe('2027-01-01');
    expect(notBeforeYear('2027-02-03', 2027)).toBe('2027-02-03');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-29')).toBe(false);
    expect(isCalendarDate('2022-1-5')).toBe(false);
    // Every month's last day, and the day after it; centuries leap only every 400 years.
    for (const [date, real] of [
      ['2023-01-31', true],
      ['2023-01-32', false],
      ['2023-04-30', true],
      ['2023-04-31', false],
      ['2023-12-31', true],
      ['2023-00-10', false],
      ['2023-13-01', false],
      ['2023-06-00', false],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['2100-02-28', true],
      ['0000-01-01', true],
      ['2023-1a-01', false],
      ['2023-01-01 ', false],
    ] as const)
      expect([date, isCalendarDate(date)]).toEqual([date, real]);
  });
});
