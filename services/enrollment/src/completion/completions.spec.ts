import { maskName } from './completion.controller';
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

  it('masks names on the public check: the first and last characters stay', () => {
    expect(maskName('김민수')).toBe('김*수');
    expect(maskName('정교육생')).toBe('정**생');
    expect(maskName('이수')).toBe('이*');
    expect(maskName('남궁 민')).toBe('남* 민');
    expect(maskName('Jane Doe')).toBe('J*** **e');
  });
});
