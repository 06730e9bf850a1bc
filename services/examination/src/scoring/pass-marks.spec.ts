import { totalBonusPercent, writtenPassMark, writtenTotal } from './pass-marks';

describe('writtenTotal', () => {
  it("averages the subjects and adds the veterans' bonus only where a subject reaches 40", () => {
    expect(writtenTotal([9000, 8000, 7000, 6000, 5000], 0)).toEqual({ total: 7000, belowMinimum: false });
    expect(writtenTotal([9000, 8000, 7000, 6000, 5000], 10)).toEqual({ total: 8000, belowMinimum: false });
    expect(writtenTotal([9000, 8000, 7000, 6000, 3500], 5)).toEqual({ total: 7100, belowMinimum: true });
    expect(writtenTotal([8333, 8333, 8334], 0).total).toBe(8333);
  });
});

describe('totalBonusPercent', () => {
  it('adds the licence bonus to the statutory bonus', () => {
    expect(totalBonusPercent({ veteransBonusPercent: 10, rescuerBonusPercent: 0, licenceBonusPercent: 5 })).toBe(15);
    expect(totalBonusPercent({ veteransBonusPercent: 0, rescuerBonusPercent: 3, licenceBonusPercent: 3 })).toBe(6);
    expect(totalBonusPercent({ veteransBonusPercent: 0, rescuerBonusPercent: 0, licenceBonusPercent: 0 })).toBe(0);
  });

  it('counts one statutory bonus, the larger, if both were ever stored', () => {
    expect(totalBonusPercent({ veteransBonusPercent: 5, rescuerBonusPercent: 3, licenceBonusPercent: 0 })).toBe(5);
  });

  it('adds the licence bonus, like the veterans bonus, only to subjects reaching 40', () => {
    const bonus = totalBonusPercent({ veteransBonusPercent: 0, rescuerBonusPercent: 0, licenceBonusPercent: 5 });
    // 90+5, 80+5, 35 (below 40: no bonus) → 215 / 3 = 71.66
    expect(writtenTotal([9000, 8000, 3500], bonus)).toEqual({ total: 7166, belowMinimum: true });
    expect(writtenTotal([9000, 8000, 7000], bonus)).toEqual({ total: 8500, belowMinimum: false });
  });
});

describe('writtenPassMark', () => {
  const c = (id: string, total: number | null, belowMinimum = false) => ({ id, total, belowMinimum });

  it('passes 1.5 × the openings, rounded up, with everyone tied at the cut-off', () => {
    const candidates = [c('a', 9000), c('b', 8800), c('c', 8800), c('d', 8500), c('e', 8400), c('f', 8400), c('g', 7000)];
    // 3 openings × 150% = 4.5 → 5 pass; the 5th scores 8400 and so does the 6th.
    const { cutoff, passed } = writtenPassMark(candidates, 3, 150);
    expect(cutoff).toBe(8400);
    expect([...passed].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('never passes the absent or those below a subject minimum, even when places are left', () => {
    const { cutoff, passed } = writtenPassMark([c('a', 9500, true), c('b', null), c('c', 6100)], 2, 150);
    expect(cutoff).toBe(6100);
    expect([...passed]).toEqual(['c']);
    expect(writtenPassMark([c('b', null)], 1, 100)).toEqual({ cutoff: null, passed: new Set() });
  });
});
