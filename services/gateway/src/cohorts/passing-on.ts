/** The caller's token, passed on to the services, which check it themselves. */
export const tokenOf = (authorization: string): string => authorization.slice('Bearer '.length);

/** Query strings go on as text only; anything else (arrays, objects) is dropped, and the service validates the rest. */
export function textQuery(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
