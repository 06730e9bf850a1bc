import { createHash } from 'node:crypto';

/** A UUID (v4 layout) derived from a name, so that seeding twice writes the same rows. */
export function stableId(...parts: (string | number)[]): string {
  const h = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
