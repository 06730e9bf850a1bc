/** 일상회복 1단계: half the room's capacity and fewer than 100 people. */
export const DISTANCING_MAX_PEOPLE = 99;
export const roomLimit = (roomCapacity: number, distancing: boolean): number =>
  distancing ? Math.min(Math.floor(roomCapacity / 2), DISTANCING_MAX_PEOPLE) : roomCapacity;
