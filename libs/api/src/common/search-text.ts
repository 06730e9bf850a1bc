import { Transform } from 'class-transformer';

/**
 * A search box's text as queries take it: control characters (a `%00` in the address is a NUL,
 * which PostgreSQL text cannot hold) become spaces, the ends are trimmed, and nothing left is no
 * search at all. `%`, `_`, `\` and quotes stay: the queries escape them and bind the words.
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
