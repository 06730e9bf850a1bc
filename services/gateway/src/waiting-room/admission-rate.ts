/**
 * How the waiting room's rate follows the examination service: after each short window, the
 * submissions let in during it (finished, and still running: a stuck service must slow the room, not
 * speed it up) say whether the service keeps up. Slower than the target at the 95th percentile: the
 * rate falls in proportion (at most by half at a time); well under it: the rate climbs back by a tenth.
 * An instance that let nobody in has nothing to say (another may be watching the service struggle).
 */
export function rateFactor(latenciesMs: number[], targetMs: number): number {
  if (latenciesMs.length === 0) return 1;
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  if (p95 > targetMs) return Math.max(0.5, targetMs / p95);
  if (p95 < targetMs / 2) return RECOVERY;
  return 1;
}

const RECOVERY = 1.1;

/** The lowest rate the room falls to: a twentieth of its ceiling, at least one a second. */
export const floorRate = (ceiling: number) => Math.max(1, ceiling / 20);
