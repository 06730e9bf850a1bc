import { allocateSeats, RoomSlot, Seatable } from './seat-allocation';

const room = (id: string, seats: number, accommodations: string[] = []): RoomSlot => ({ id, seats, accommodations, available: true });
const applicant = (n: number, needs: string[] = [], current: Seatable['current'] = null): Seatable => ({
  applicationId: `a${n}`,
  examNumber: `1010${String(n).padStart(4, '0')}`,
  needs,
  current,
});
const where = (plan: ReturnType<typeof allocateSeats>, id: string) => plan.seats.get(id);

describe('allocateSeats', () => {
  it('fills rooms evenly, in consecutive blocks of exam numbers, seat 1 the lowest number', () => {
    const plan = allocateSeats(
      [room('A', 10), room('B', 20)],
      Array.from({ length: 12 }, (_, i) => applicant(i + 1)),
    );
    const inA = [...plan.seats].filter(([, s]) => s.roomId === 'A').map(([id]) => id);
    expect(inA).toEqual(['a1', 'a2', 'a3', 'a4']); // 12 × 10/30
    expect(where(plan, 'a1')).toEqual({ roomId: 'A', seatNo: 1 });
    expect(where(plan, 'a5')).toEqual({ roomId: 'B', seatNo: 1 });
    expect(where(plan, 'a12')).toEqual({ roomId: 'B', seatNo: 8 });
    expect(plan.unplaced).toEqual([]);
  });

  it('puts applicants with accommodations in a room that provides them, and counts them in its share', () => {
    const rooms = [room('A', 10), room('B', 10, ['wheelchair_access', 'extended_time'])];
    const people = [
      applicant(1),
      applicant(2, ['wheelchair_access']),
      applicant(3),
      applicant(4),
      applicant(5, ['extended_time']),
      applicant(6),
    ];
    const plan = allocateSeats(rooms, people);
    expect(where(plan, 'a2')!.roomId).toBe('B');
    expect(where(plan, 'a5')!.roomId).toBe('B');
    const count = (id: string) => [...plan.seats.values()].filter((s) => s.roomId === id).length;
    expect([count('A'), count('B')]).toEqual([3, 3]);
    expect(allocateSeats(rooms, [applicant(1, ['braille'])]).unplaced).toEqual(['a1']);
  });

  it('gives the same plan whatever order the applicants come in', () => {
    const rooms = [room('A', 7), room('B', 9, ['large_print']), room('C', 5)];
    const people = Array.from({ length: 17 }, (_, i) => applicant(i + 1, i % 6 === 0 ? ['large_print'] : []));
    const shuffled = [...people].reverse();
    expect([...allocateSeats(rooms, shuffled).seats].sort()).toEqual([...allocateSeats(rooms, people).seats].sort());
  });

  it('moves only the applicants of a withdrawn room, to the emptiest rooms', () => {
    const first = allocateSeats(
      [room('A', 4), room('B', 4), room('C', 4)],
      Array.from({ length: 6 }, (_, i) => applicant(i + 1)),
    );
    const seated = Array.from({ length: 6 }, (_, i) => applicant(i + 1, [], first.seats.get(`a${i + 1}`)!));
    const plan = allocateSeats([{ ...room('A', 4), available: false }, room('B', 4), room('C', 4)], seated);
    const wasInA = seated.filter((a) => a.current!.roomId === 'A').map((a) => a.applicationId);
    expect(plan.moved.sort()).toEqual(wasInA.sort());
    for (const a of seated.filter((s) => s.current!.roomId !== 'A')) expect(plan.seats.get(a.applicationId)).toEqual(a.current);
    expect(new Set([...plan.seats.values()].map((s) => `${s.roomId}/${s.seatNo}`)).size).toBe(6);
  });

  it('reports who has no seat when the rooms are too few', () => {
    expect(allocateSeats([room('A', 2)], [applicant(1), applicant(2), applicant(3)]).unplaced).toEqual(['a3']);
  });
});
