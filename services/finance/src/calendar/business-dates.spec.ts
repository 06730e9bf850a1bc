import { isCalendarDate, notBeforeYear, seoulDate, trainingDays } from './business-dates';

describe('business dates', () => {
  it('takes the date in Seoul, not in UTC', () => {
    expect(seoulDate('2022-01-30T15:30:00Z')).toBe('2022-01-31');
    expect(seoulDate('2022-01-30T14:59:59Z')).toBe('2022-01-30');
  });

  it('counts weekdays from start to end, both included', () => {
    expect(trainingDays('2027-03-01', '2027-03-05')).toBe(5); // Monday to Friday
    expect(trainingDays('2027-03-05', '2027-03-08')).toBe(2); // Friday over the weekend to Monday
    expect(trainingDays('2027-03-06', '2027-03-07')).toBe(0);
    expect(trainingDays('2027-03-08', '2027-03-01')).toBe(0);
  });

  it("moves a commitment made before the budget's year to that year's first day", () => {
    expect(notBeforeYear('2026-11-25', 2027)).toBe('2027-01-01');
    expect(notBeforeYear('2027-02-03', 2027)).toBe('2027-02-03');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-29')).toBe(false);
    expect(isCalendarDate('2022-1-5')).toBe(false);
  });
});
