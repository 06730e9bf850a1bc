import { formatDate, formatPercent, formatPeriod, formatWon } from './format';

describe('formatting for each language', () => {
  it('writes won after the figure in Korean and as ₩ in English, from bigint strings too', () => {
    expect(formatWon('12000000', 'ko')).toBe('12,000,000원');
    expect(formatWon(12000000, 'en')).toBe('₩12,000,000');
    expect(formatWon('14000000000000', 'ko')).toBe('14,000,000,000,000원');
    expect(formatWon(null, 'ko')).toBe('');
  });

  it('writes business dates as each language does, without shifting the day', () => {
    expect(formatDate('2027-03-02', 'ko')).toBe('2027. 3. 2.');
    expect(formatDate('2027-03-02', 'en')).toBe('2 Mar 2027');
    expect(formatPeriod('2027-03-02', '2027-03-06', 'ko')).toBe('2027. 3. 2. ~ 2027. 3. 6.');
  });

  it('shows shares with at most one decimal', () => {
    expect(formatPercent(0.625, 'ko')).toBe('62.5%');
    expect(formatPercent(0.64, 'en')).toBe('64%');
  });
});
