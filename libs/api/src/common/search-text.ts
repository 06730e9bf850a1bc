import { Transform } from 'class-transformer';

/**
 * A search box's text as queries take it: the ends trimmed, nothing left is no search at all, and
 * control characters (which the services' input guard already refuses over HTTP with 400
 * VALIDATION.CONTROL_CHARACTER) become spaces should any come another way, since PostgreSQL text
 * cannot hold a NUL. `%`, `_`, `\` and quotes stay: the queries escape them and bind the words.
 */
export const cleanSearchText = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return text === '' ? undefined : text;
};

/** The decorator form of cleanSearchText, for a query's `q`. */
export const SearchText = () => Transform(({ value }) => cleanSearchText(value));

/** The words of a search, at most ten (a longer search does not find more). */
export const searchWords = (q: string | undefined): string[] =>
  (q ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
