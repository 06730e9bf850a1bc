/** A room as the allocation sees it, in the order rooms are filled (venue, then room name). */
export interface RoomSlot {
  id: string;
  seats: number;
  accommodations: readonly string[];
  available: boolean;
}

export interface Seatable {
  applicationId: string;
  examNumber: string;
  /** Approved accommodations: the room must provide every one. */
  needs: readonly string[];
  current: { roomId: string; seatNo: number } | null;
}

export interface SeatPlan {
  seats: Map<string, { roomId: string; seatNo: number }>;
  /** Applicants who had a seat and were moved. */
  moved: string[];
  /** Applicants no room could take (too few seats, or none with their accommodations). */
  unplaced: string[];
}

const byExamNumber = (a: Seatable, b: Seatable) => a.examNumber.localeCompare(b.examNumber);
const provides = (room: RoomSlot, needs: readonly string[]) => needs.every((n) => room.accommodations.includes(n));

/**
 * 좌석 배정. Deterministic (the same rooms and applicants give the same plan) and even (every room
 * filled to about the same share of its seats), honouring accommodations. Applicants who already
 * have a valid seat keep it; only new or displaced ones (their room withdrawn or shrunk, or their
 * accommodations changed) are placed, into the emptiest room that serves them.
 */
export function allocateSeats(allRooms: RoomSlot[], applicants: Seatable[]): SeatPlan {
  const rooms = allRooms.filter((r) => r.available && r.seats > 0);
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const taken = new Map(rooms.map((r) => [r.id, new Set<number>()]));
  const seats = new Map<string, { roomId: string; seatNo: number }>();
  const toPlace: Seatable[] = [];

  for (const a of [...applicants].sort(byExamNumber)) {
    const room = a.current ? roomById.get(a.current.roomId) : undefined;
    const valid = room && a.current!.seatNo <= room.seats && provides(room, a.needs) && !taken.get(room.id)!.has(a.current!.seatNo);
    if (valid) {
      taken.get(room.id)!.add(a.current!.seatNo);
      seats.set(a.applicationId, a.current!);
    } else toPlace.push(a);
  }

  const fresh = seats.size === 0;
  const unplaced: string[] = [];
  const occupancy = (r: RoomSlot) => taken.get(r.id)!.size / r.seats;
  const emptiest = (needs: readonly string[]) =>
    rooms
      .filter((r) => taken.get(r.id)!.size < r.seats && provides(r, needs))
      .reduce<RoomSlot | undefined>((best, r) => (!best || occupancy(r) < occupancy(best) ? r : best), undefined);
  const lowestFreeSeat = (room: RoomSlot) => {
    let n = 1;
    while (taken.get(room.id)!.has(n)) n++;
    return n;
  };
  const place = (a: Seatable, room: RoomSlot | undefined) => {
    if (!room) return void unplaced.push(a.applicationId);
    const seatNo = lowestFreeSeat(room);
    taken.get(room.id)!.add(seatNo);
    seats.set(a.applicationId, { roomId: room.id, seatNo });
  };

  // Applicants with accommodations first, each to the emptiest room that serves them.
  const [needing, regular] = [toPlace.filter((a) => a.needs.length > 0), toPlace.filter((a) => a.needs.length === 0)];
  for (const a of needing) place(a, emptiest(a.needs));

  if (!fresh) {
    for (const a of regular) place(a, emptiest([]));
  } else {
    // A first assignment fills rooms in consecutive blocks of exam numbers, each room to its share.
    const quotas = evenQuotas(rooms, regular.length, (r) => taken.get(r.id)!.size);
    let next = 0;
    rooms.forEach((room, i) => {
      for (let k = 0; k < quotas[i]; k++) place(regular[next++], room);
    });
    for (; next < regular.length; next++) unplaced.push(regular[next].applicationId);
    renumberByExamNumber(seats, applicants);
  }
  const moved = applicants
    .filter(
      (a) =>
        a.current &&
        seats.get(a.applicationId) &&
        (seats.get(a.applicationId)!.roomId !== a.current.roomId || seats.get(a.applicationId)!.seatNo !== a.current.seatNo),
    )
    .map((a) => a.applicationId);
  return { seats, moved, unplaced };
}

/**
 * How many of `count` applicants each room takes so that every room ends at about the same share of
 * its seats, counting those already in it; remainders go to the rooms furthest below their share.
 */
export function evenQuotas(rooms: RoomSlot[], count: number, already: (r: RoomSlot) => number): number[] {
  const totalSeats = rooms.reduce((sum, r) => sum + r.seats, 0);
  const total = count + rooms.reduce((sum, r) => sum + already(r), 0);
  const share = rooms.map((r) => (r.seats * total) / Math.max(totalSeats, 1));
  const free = rooms.map((r) => r.seats - already(r));
  const quotas = rooms.map((r, i) => Math.min(free[i], Math.max(0, Math.floor(share[i]) - already(r))));
  let left = count - quotas.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let best = -1;
    rooms.forEach((r, i) => {
      if (quotas[i] >= free[i]) return;
      const gap = share[i] - already(r) - quotas[i];
      if (best < 0 || gap > share[best] - already(rooms[best]) - quotas[best]) best = i;
    });
    if (best < 0) break; // every room is full
    quotas[best]++;
    left--;
  }
  return quotas;
}

/** In a first assignment, seats within a room follow exam numbers: seat 1 is the lowest number. */
function renumberByExamNumber(seats: SeatPlan['seats'], applicants: Seatable[]) {
  const byRoom = new Map<string, Seatable[]>();
  for (const a of [...applicants].sort(byExamNumber)) {
    const seat = seats.get(a.applicationId);
    if (!seat) continue;
    const list = byRoom.get(seat.roomId) ?? [];
    list.push(a);
    byRoom.set(seat.roomId, list);
  }
  for (const [roomId, list] of byRoom) list.forEach((a, i) => seats.set(a.applicationId, { roomId, seatNo: i + 1 }));
}
