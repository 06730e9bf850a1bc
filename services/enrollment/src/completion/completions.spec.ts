import { attendancePercent, verificationCode } from './completions';

describe('completion', () => {
  it('counts present, late and excused days as attended, rounding down', () => {
    expect(attendancePercent(['present', 'late', 'excused', 'absent', 'present'], 5)).toBe(80);
    expect(attendancePercent(['present', 'present'], 3)).toBe(66);
    expect(attendancePercent([], 0)).toBe(0);
  });

  it('makes verification codes that are hard to misread and to guess', () => {
    const codes = new Set(Array.from({ length: 1000 }, verificationCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});
