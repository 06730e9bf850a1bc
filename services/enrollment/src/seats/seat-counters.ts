/**
 * Who may take a free seat. While quotas hold, each agency with a quota draws only on its own
 * reserved seats, and agencies without one share what no quota reserves; afterwards every free
 * seat is open to everyone. Never more confirmed than capacity, whatever the quotas say.
 */
export interface SeatCounters {
  capacity: number;
  confirmed: number;
  waitlisted: number;
  reservedSeats: number;
  /** Confirmed seats of agencies without a quota. */
  unreservedConfirmed: number;
  /** Per agency with a quota: its reserved seats and its confirmed seats (counted even after release). */
  quotas: Map<string, { seats: number; confirmed: number }>;
  quotasHold: boolean;
}

/** The seats an application competes for: its agency's quota, the unreserved ones, or (quotas released) all. */
export type Pool = { kind: 'all' } | { kind: 'quota'; agencyCode: string } | { kind: 'unreserved'; quotaAgencies: string[] };

export function poolOf(c: SeatCounters, agencyCode: string): Pool {
  if (!c.quotasHold) return { kind: 'all' };
  return c.quotas.has(agencyCode) ? { kind: 'quota', agencyCode } : { kind: 'unreserved', quotaAgencies: [...c.quotas.keys()] };
}

export function hasSeatFor(c: SeatCounters, agencyCode: string): boolean {
  if (c.confirmed >= c.capacity) return false;
  const pool = poolOf(c, agencyCode);
  if (pool.kind === 'quota') {
    const quota = c.quotas.get(agencyCode)!;
    return quota.confirmed < quota.seats;
  }
  if (pool.kind === 'unreserved') return c.unreservedConfirmed < c.capacity - c.reservedSeats;
  return true;
}

export function takeSeat(c: SeatCounters, agencyCode: string): void {
  c.confirmed++;
  const quota = c.quotas.get(agencyCode);
  if (quota) quota.confirmed++;
  else c.unreservedConfirmed++;
}

export function giveSeat(c: SeatCounters, agencyCode: string): void {
  c.confirmed--;
  const quota = c.quotas.get(agencyCode);
  if (quota) quota.confirmed--;
  else c.unreservedConfirmed--;
}

/** No seat is left for anyone: nothing a waitlist could gain. */
export const isFull = (c: SeatCounters): boolean => c.confirmed >= c.capacity;
