import { addDays, datesBetween, isValidDate, seoulToday, trainingDays } from './business-dates';

describe('business dates', () => {
  it('takes today in Asia/Seoul, not in UTC', () => {
    expect(seoulToday(new Date('2027-03-01T15:30:00Z'))).toBe('2027-03-02'); // 00:30 in Seoul
    expect(seoulToday(new Date('2027-03-01T14:59:00Z'))).toBe('2027-03-01');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('counts weekdays as training days, and a weekend-only cohort by its own days', () => {
    expect(trainingDays('2027-03-05', '2027-03-09')).toEqual(['2027-03-05', '2027-03-08', '2027-03-09']); // Fri, Mon, Tue
    expect(trainingDays('2027-03-06', '2027-03-07')).toEqual(['2027-03-06', '2027-03-07']);
    expect(datesBetween('2027-03-02', '2027-03-01')).toEqual([]);
  });

  it('knows real dates from look-alikes', () => {
    expect(isValidDate('2027-02-28')).toBe(true);
    expect(isValidDate('2027-02-30')).toBe(false);
    expect(isValidDate('2027-2-3')).toBe(false);
  });
});
