/** Shares of a line's current budget at which its officer is told (50%, 80%, 100%). */
export const THRESHOLDS = [50, 80, 100] as const;

/**
 * The thresholds that executed crossed going from `before` to `after` on a line of `budget`
 * won, compared in integers (before × 100 < t × budget ≤ after × 100). A line with no budget
 * crosses none: any commitment on it exceeds it, which its control already deals with.
 */
export function crossedThresholds(before: bigint, after: bigint, budget: bigint): number[] {
  if (budget <= 0n) return [];
  return THRESHOLDS.filter((t) => before * 100n < BigInt(t) * budget && BigInt(t) * budget <= after * 100n);
}
