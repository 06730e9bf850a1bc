/**
 * Integer splitting with exact sums, for the loader that turns the source's totals into
 * per-course, per-quarter figures. Every function returns integers that add up exactly.
 */

/** Splits `total` in proportion to `weights` (largest remainder; ties go to the earlier). */
export function apportion(total: number, weights: number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`cannot apportion ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) {
    if (total === 0) return weights.map(() => 0);
    throw new Error(`cannot apportion ${total} over no weight`);
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

/** Like `apportion`, but every part gets at least `minimum[i]` first. */
export function apportionAbove(total: number, weights: number[], minimum: number[]): number[] {
  const floor = minimum.reduce((a, b) => a + b, 0);
  if (floor > total) throw new Error(`${total} is less than the minimum ${floor}`);
  return apportion(total - floor, weights).map((x, i) => x + minimum[i]);
}

/**
 * A non-negative integer matrix with the given row and column sums, zero outside `allowed`
 * cells. Rows are filled in order, each in proportion to what its allowed columns still need,
 * and the last row takes the rest, so the last row should allow every column.
 */
export function fitMatrix(rowSums: number[], columnSums: number[], allowed?: (row: number, column: number) => boolean): number[][] {
  if (rowSums.reduce((a, b) => a + b, 0) !== columnSums.reduce((a, b) => a + b, 0)) throw new Error('row and column sums differ');
  const left = [...columnSums];
  return rowSums.map((rowSum, r) => {
    const weights = left.map((need, c) => (allowed && !allowed(r, c) ? 0 : need));
    const row = r === rowSums.length - 1 ? [...left] : apportion(rowSum, weights);
    if (row.some((x, c) => x > left[c] || (x > 0 && weights[c] === 0))) throw new Error(`row ${r} does not fit the columns left`);
    row.forEach((x, c) => (left[c] -= x));
    return row;
  });
}

/** A small deterministic random source (mulberry32), seeded by a string: same data on every machine. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const ch of seed) state = (Math.imul(state ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks exactly `count` of `values` adding up to exactly `sum`, preferring earlier values:
 * each is taken when a solution still exists with it. Throws when none exists.
 */
export function pickSubset(values: number[], count: number, sum: number): boolean[] {
  const words = (sum >>> 5) + 1;
  // reach[i][k]: the sums that values i.. can make with exactly k of them, as a bitset.
  const reach: Uint32Array[][] = [];
  reach[values.length] = Array.from({ length: count + 1 }, (_, k) => {
    const set = new Uint32Array(words);
    if (k === 0) set[0] = 1;
    return set;
  });
  for (let i = values.length - 1; i >= 0; i--) {
    reach[i] = reach[i + 1].map((set, k) => {
      const next = Uint32Array.from(set);
      if (k > 0) orShifted(next, reach[i + 1][k - 1], values[i]);
      return next;
    });
  }
  const has = (set: Uint32Array, bit: number) => bit >= 0 && bit <= sum && (set[bit >>> 5] & (1 << (bit & 31))) !== 0;
  if (!has(reach[0][count], sum)) throw new Error(`no ${count} of the values add up to ${sum}`);
  let k = count;
  let rest = sum;
  return values.map((value, i) => {
    const take = k > 0 && has(reach[i + 1][k - 1], rest - value);
    if (take) {
      k--;
      rest -= value;
    }
    return take;
  });
}

function orShifted(target: Uint32Array, source: Uint32Array, shift: number): void {
  const wordShift = shift >>> 5;
  const bitShift = shift & 31;
  for (let j = target.length - 1; j >= wordShift; j--) {
    let value = source[j - wordShift] << bitShift;
    if (bitShift > 0 && j - wordShift - 1 >= 0) value |= source[j - wordShift - 1] >>> (32 - bitShift);
    target[j] = (target[j] | value) >>> 0;
  }
}
