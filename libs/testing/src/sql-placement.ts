import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * Where a service's SQL may live (docs/architecture.md, "Inside a service"; issue 11): in its features'
 * queries files (`<feature>.queries.ts`, or examination's `<thing>-queries.ts`), in migrations and seeds.
 * Controllers, use cases, consumers and helpers call those files instead. Each service's
 * sql-placement.spec.ts calls `sqlOutsideQueries` on its src folder and expects nothing back.
 */

/** How a statement in a string literal starts (upper case, as every statement of the project is written). */
const STATEMENT_STARTS = [
  String.raw`SELECT\b[\s\S]*?\bFROM\b`,
  String.raw`SELECT\s+\w+\s*\(`,
  String.raw`INSERT\s+INTO\b`,
  String.raw`UPDATE\s+[\w".]+(?:\s+(?:AS\s+)?\w+)?\s+SET\b`,
  String.raw`DELETE\s+FROM\b`,
  String.raw`WITH\s+\w+\s+AS\s*\(`,
];

/** What counts as running SQL: a raw query, a query builder, or a string that starts with a statement. */
const SQL_PATTERNS: [string, RegExp][] = [
  ['.query(', /\.query\s*(?:<[^>()]*>)?\s*\(/],
  ['createQueryBuilder(', /\bcreateQueryBuilder\s*\(/],
  ['SQL string', new RegExp(`[\`'"]\\s*(?:${STATEMENT_STARTS.join('|')})`)],
];

/** A repository call (TypeORM's `getRepository(…)`): reads and writes through an entity's repository. */
const REPOSITORY_PATTERN: [string, RegExp] = ['getRepository(', /\bgetRepository\s*\(/];

export interface SqlPlacementOptions {
  /** Also name repository calls (`getRepository(`) outside the places SQL may be: data access, not only SQL. */
  repositories?: boolean;
}

/** A file whose SQL is in its place: a queries file, a migration, a seed, or a spec. */
export function mayHoldSql(root: string, file: string): boolean {
  const rel = relative(root, file).split(sep).join('/');
  return (
    /(?:^|[./-])queries\.ts$/.test(rel) ||
    rel.endsWith('.spec.ts') ||
    /(?:^|\/)migrations\//.test(rel) ||
    /(?:^|\/)seed\//.test(rel) ||
    /(?:^|[/.-])seed\.ts$/.test(rel)
  );
}

/** The kinds of SQL a source runs, by the patterns above (and repository calls if asked); comments are not read. */
export function sqlIn(source: string, options: SqlPlacementOptions = {}): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const patterns = options.repositories ? [...SQL_PATTERNS, REPOSITORY_PATTERN] : SQL_PATTERNS;
  return patterns.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

/**
 * Every TypeScript file under root (a service's src) that runs SQL outside the places it may, as
 * "path: what" relative to root; `allowed` lists paths (relative to root) that keep their SQL on
 * purpose, each with its reason written beside it in the calling spec; `options.repositories` also names
 * repository calls.
 */
export function sqlOutsideQueries(root: string, allowed: readonly string[] = [], options: SqlPlacementOptions = {}): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files
    .map((f) => join(root, f))
    .filter((file) => !mayHoldSql(root, file) && !allowed.includes(relative(root, file).split(sep).join('/')))
    .map((file) => [relative(root, file).split(sep).join('/'), sqlIn(readFileSync(file, 'utf8'), options)] as const)
    .filter(([, found]) => found.length > 0)
    .map(([rel, found]) => `${rel}: ${found.join(', ')}`)
    .sort();
}
