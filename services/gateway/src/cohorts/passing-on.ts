/** The caller's token, passed on to the services, which check it themselves. */
export const tokenOf = (authorization: string): string => authorization.slice('Bearer '.length);

/**
 * Query parameters go on as text. A validated query class may have turned them into numbers,
 * booleans or lists; they go on as the service reads them (lists comma-separated). Anything else
 * (nested objects) is dropped, and the service validates the rest.
 */
export function textQuery(query: object | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string') text[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') text[key] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) text[key] = value.join(',');
  }
  return text;
}
