import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A pass out of the waiting room: who it was given to, for which room, until when, signed with the
 * gateway's secret so that every instance accepts another's and nobody can make one up.
 */
export function signPass(secret: string, room: string, holder: string, expiresAtSeconds: number): string {
  return `${expiresAtSeconds}.${signature(secret, room, holder, expiresAtSeconds)}`;
}

/** Whether the pass was given to this holder for this room and still stands. */
export function passStands(secret: string, room: string, holder: string, pass: string | undefined, nowSeconds: number): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(pass ?? '');
  if (!match) return false;
  const expiresAt = Number(match[1]);
  if (expiresAt <= nowSeconds) return false;
  const expected = Buffer.from(signature(secret, room, holder, expiresAt));
  return timingSafeEqual(expected, Buffer.from(match[2]));
}

const signature = (secret: string, room: string, holder: string, expiresAt: number): string =>
  createHmac('sha256', secret).update(`waiting-room\n${room}\n${holder}\n${expiresAt}`).digest('base64url');
