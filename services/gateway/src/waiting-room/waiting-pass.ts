import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A pass out of the waiting room: who it was given to, for which room, from when and until when,
 * signed with the gateway's secret so that every instance accepts another's and nobody can make one
 * up. A waiting holder is given theirs at once, opening at their turn: admission moves at a fixed
 * rate, so their turn is known, and they need not keep asking whether it has come.
 */
export function signPass(secret: string, room: string, holder: string, window: PassWindow): string {
  return `${window.opensAt}-${window.expiresAt}.${signature(secret, room, holder, window)}`;
}

/** Seconds since the epoch: the pass stands from `opensAt` until before `expiresAt`. */
export interface PassWindow {
  opensAt: number;
  expiresAt: number;
}

/** Whether the pass was given to this holder for this room, and stands now (opened, not expired). */
export function passStands(secret: string, room: string, holder: string, pass: string | undefined, nowSeconds: number): boolean {
  const match = /^(\d{1,12})-(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(pass ?? '');
  if (!match) return false;
  const window = { opensAt: Number(match[1]), expiresAt: Number(match[2]) };
  if (window.opensAt > nowSeconds || window.expiresAt <= nowSeconds) return false;
  const expected = Buffer.from(signature(secret, room, holder, window));
  return timingSafeEqual(expected, Buffer.from(match[3]));
}

const signature = (secret: string, room: string, holder: string, window: PassWindow): string =>
  createHmac('sha256', secret).update(`waiting-room\n${room}\n${holder}\n${window.opensAt}\n${window.expiresAt}`).digest('base64url');
