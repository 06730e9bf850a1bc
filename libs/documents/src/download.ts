import type { Response } from 'express';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/**
 * Sends a file to save. The name may be Korean: an ASCII fallback goes in `filename`, the real
 * name in `filename*` (RFC 6266 / 5987), which every current browser uses.
 */
export function sendFile(res: Response, content: Buffer, filename: string, kind: keyof typeof CONTENT_TYPES): void {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.setHeader('Content-Type', CONTENT_TYPES[kind]);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Content-Length', String(content.length));
  res.setHeader('Cache-Control', 'no-store');
  res.end(content);
}
