import { apportion, apportionAbove, fitMatrix, pickSubset, seededRandom } from './apportion';

describe('apportion', () => {
  it('splits exactly, in proportion, remainders to the largest fractions', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(360230, [1, 1, 1, 1])).toEqual([90058, 90058, 90057, 90057]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportionAbove(10, [1, 0, 0], [1, 1, 1])).toEqual([8, 1, 1]);
    expect(() => apportionAbove(2, [1, 1, 1], [1, 1, 1])).toThrow(/minimum/);
  });

  it('fits a matrix to row and column sums, leaving disallowed cells empty', () => {
    const matrix = fitMatrix([10, 29], [5, 14, 10, 10]);
    expect(matrix.map((row) => row.reduce((a, b) => a + b))).toEqual([10, 29]);
    expect([0, 1, 2, 3].map((c) => matrix[0][c] + matrix[1][c])).toEqual([5, 14, 10, 10]);
    const sparse = fitMatrix([3, 7], [2, 3, 5], (r, c) => r === 1 || c !== 0);
    expect(sparse[0][0]).toBe(0);
    expect(() => fitMatrix([1], [2])).toThrow(/differ/);
  });

  it('picks a subset of a given size and sum, preferring the first values', () => {
    const picked = pickSubset([5, 4, 3, 2, 1], 2, 6);
    expect(picked).toEqual([true, false, false, false, true]);
    const many = Array.from({ length: 120 }, (_, i) => 10 + ((i * 37) % 90));
    const chosen = pickSubset(many, 60, 3000);
    expect(chosen.filter(Boolean)).toHaveLength(60);
    expect(many.filter((_, i) => chosen[i]).reduce((a, b) => a + b)).toBe(3000);
    expect(() => pickSubset([1, 2], 1, 5)).toThrow();
  });

  it('draws the same numbers for the same seed', () => {
    const a = seededRandom('seoul');
    const b = seededRandom('seoul');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom('sejong')()).not.toBe(seededRandom('seoul')());
  });
});
