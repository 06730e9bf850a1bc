import { cleanLicenceBonusRules, licenceBonus, licenceBonusOf, statutoryBonusProblems } from './bonus-rules';

const rules = cleanLicenceBonusRules([
  { licenceName: '정보처리기사', percent: 5, jobSeries: ['computer'] },
  { licenceName: '정보처리산업기사', percent: 3, jobSeries: ['computer'] },
  { licenceName: '컴퓨터활용능력 1급', percent: 2 },
  { licenceName: '변호사', percent: 5 },
]);

describe('licence bonus (자격증 가산점)', () => {
  it('gives each licence the percent its rule names for the job series, and nothing elsewhere', () => {
    expect(licenceBonusOf(rules, 'computer', '정보처리기사')).toBe(5);
    expect(licenceBonusOf(rules, 'computer', ' 정보처리 산업기사 ')).toBe(3);
    expect(licenceBonusOf(rules, 'general_admin', '정보처리기사')).toBe(0);
    expect(licenceBonusOf(rules, 'general_admin', '컴퓨터활용능력1급')).toBe(2);
    expect(licenceBonusOf(rules, 'computer', '워드프로세서')).toBe(0);
  });

  it('counts only the highest licence, never the sum', () => {
    const result = licenceBonus(rules, 'computer', [{ name: '정보처리산업기사' }, { name: '컴퓨터활용능력 1급' }]);
    expect(result).toEqual({ perLicence: [3, 2], percent: 3 });
  });

  it('caps the licence bonus at 5%', () => {
    const generous = cleanLicenceBonusRules([
      { licenceName: '변호사', percent: 5 },
      { licenceName: '공인회계사', percent: 5 },
    ]);
    expect(licenceBonus(generous, 'any', [{ name: '변호사' }, { name: '공인회계사' }]).percent).toBe(5);
    // Rules are validated at 1–5%, but the cap holds even for a rule stored before that.
    expect(licenceBonus([{ licenceName: 'X', percent: 9, jobSeries: [] }], 'any', [{ name: 'X' }]).percent).toBe(5);
  });

  it('is 0 without licences or rules', () => {
    expect(licenceBonus(rules, 'computer', [])).toEqual({ perLicence: [], percent: 0 });
    expect(licenceBonus([], 'computer', [{ name: '정보처리기사' }]).percent).toBe(0);
  });

  it('keeps one rule per licence and job series set, the last given', () => {
    expect(
      cleanLicenceBonusRules([
        { licenceName: ' 정보처리기사 ', percent: 3, jobSeries: ['computer'] },
        { licenceName: '정보처리기사', percent: 5, jobSeries: ['computer', 'computer'] },
      ]),
    ).toEqual([{ licenceName: '정보처리기사', percent: 5, jobSeries: ['computer'] }]);
  });
});

describe('statutory bonus (취업지원대상자, 의사상자 등)', () => {
  it('allows one of them', () => {
    expect(statutoryBonusProblems({ veteransBonusPercent: 10, rescuerBonusPercent: 0 })).toEqual([]);
    expect(statutoryBonusProblems({ veteransBonusPercent: 0, rescuerBonusPercent: 5 })).toEqual([]);
  });

  it('refuses both, naming the field', () => {
    expect(statutoryBonusProblems({ veteransBonusPercent: 5, rescuerBonusPercent: 3 }).map((p) => [p.field, p.code])).toEqual([
      ['rescuerBonusPercent', 'EXAM_APPLICATION.ONE_STATUTORY_BONUS'],
    ]);
  });
});
