import { giveSeat, hasSeatFor, poolOf, SeatCounters, takeSeat } from './seat-counters';

const counters = (overrides: Partial<SeatCounters> = {}): SeatCounters => ({
  capacity: 10,
  confirmed: 0,
  waitlisted: 0,
  reservedSeats: 6,
  unreservedConfirmed: 0,
  quotas: new Map([
    ['MAPO-GU', { seats: 4, confirmed: 0 }],
    ['GANGNAM-GU', { seats: 2, confirmed: 0 }],
  ]),
  quotasHold: true,
  ...overrides,
});

const fill = (c: SeatCounters, agency: string) => {
  let n = 0;
  while (hasSeatFor(c, agency)) {
    takeSeat(c, agency);
    n++;
  }
  return n;
};

describe('seat counters', () => {
  it('give each quota agency its reserved seats and the others what is left, never more than capacity', () => {
    const c = counters();
    expect([fill(c, 'MAPO-GU'), fill(c, 'GANGNAM-GU'), fill(c, 'SEOUL-METRO'), fill(c, 'SEOUL-WELFARE')]).toEqual([4, 2, 4, 0]);
    expect(c.confirmed).toBe(10);
  });

  it('open every free seat to everyone once quotas no longer hold', () => {
    const c = counters({ quotasHold: false });
    expect(poolOf(c, 'MAPO-GU')).toEqual({ kind: 'all' });
    expect(fill(c, 'MAPO-GU')).toBe(10);
    expect(c.quotas.get('MAPO-GU')!.confirmed).toBe(10);
  });

  it('return a released seat to the pool it came from', () => {
    const c = counters();
    fill(c, 'MAPO-GU');
    expect(hasSeatFor(c, 'MAPO-GU')).toBe(false);
    giveSeat(c, 'MAPO-GU');
    expect([hasSeatFor(c, 'MAPO-GU'), c.confirmed]).toEqual([true, 3]);
  });

  it('hold capacity even when quotas reserve more than it', () => {
    const c = counters({ capacity: 5 });
    expect([fill(c, 'MAPO-GU'), fill(c, 'GANGNAM-GU'), fill(c, 'SEOUL-METRO')]).toEqual([4, 1, 0]);
    expect(c.confirmed).toBe(5);
  });
});
