import { writtenPassMark, writtenTotal } from './pass-marks';

describe('writtenTotal', () => {
  it("averages the subjects and adds the veterans' bonus only where a subject reaches 40", () => {
    expect(writtenTotal([9000, 8000, 7000, 6000, 5000], 0)).toEqual({ total: 7000, belowMinimum: false });
    expect(writtenTotal([9000, 8000, 7000, 6000, 5000], 10)).toEqual({ total: 8000, belowMinimum: false });
    expect(writtenTotal([9000, 8000, 7000, 6000, 3500], 5)).toEqual({ total: 7100, belowMinimum: true });
    expect(writtenTotal([8333, 8333, 8334], 0).total).toBe(8333);
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
