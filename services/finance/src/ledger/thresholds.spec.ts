import { crossedThresholds } from './thresholds';

describe('crossedThresholds', () => {
  const budget = 1_000_000n;

  it('names each threshold passed on the way up, at exactly the threshold too', () => {
    expect(crossedThresholds(0n, 499_999n, budget)).toEqual([]);
    expect(crossedThresholds(0n, 500_000n, budget)).toEqual([50]);
    expect(crossedThresholds(400_000n, 1_000_000n, budget)).toEqual([50, 80, 100]);
    expect(crossedThresholds(800_000n, 1_200_000n, budget)).toEqual([100]);
  });

  it('says nothing on the way down or within a band', () => {
    expect(crossedThresholds(900_000n, 100_000n, budget)).toEqual([]);
    expect(crossedThresholds(810_000n, 990_000n, budget)).toEqual([]);
  });

  it('compares in integers: a third of a won does not round a threshold away', () => {
    expect(crossedThresholds(0n, 1n, 3n)).toEqual([]);
    expect(crossedThresholds(1n, 2n, 3n)).toEqual([50]);
    expect(crossedThresholds(0n, 5n, 0n)).toEqual([]);
  });
});
