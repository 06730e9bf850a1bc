import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/*
 * Enrollment's features depend on each other one way (docs/architecture.md, "Enrollment: the order of
 * its features"). Each feature may import only from features before it in this list; `config` and
 * `uploads` are below every feature, and `database`, `seed` and the service's wiring (app.module.ts,
 * index.ts, main.ts, migrate.ts) above them all. A backwards import fails here, naming its file.
 */
export const FEATURE_ORDER = [
  'agencies',
  'trainees',
  'cohorts',
  'courses',
  'plans',
  'notifications',
  'seats',
  'applications',
  'attendance',
  'completion',
  'elearning',
  'surveys',
  'reports',
];
const BELOW_ALL = ['config', 'uploads'];

const rank = (part: string): number => {
  if (BELOW_ALL.includes(part)) return -1;
  const i = FEATURE_ORDER.indexOf(part);
  return i >= 0 ? i : Number.POSITIVE_INFINITY; // database, seed and the wiring: above every feature
};

/** The top-level folder (or file, without .ts) of a path under src. */
const partOf = (path: string) => relative(__dirname, path).split(sep)[0].replace(/\.ts$/, '');

/** Every relative import and re-export of every TypeScript file under src: [importing file, imported path]. */
function imports(): [string, string][] {
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((f) => {
    const file = join(__dirname, f);
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
      (m) => [file, resolve(dirname(file), m[1])] as [string, string],
    );
  });
}

describe('enrollment feature order', () => {
  const all = imports();

  it('finds the imports between features', () => {
    expect(all.filter(([from, to]) => partOf(from) === 'applications' && partOf(to) === 'seats').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    const folders = readdirSync(__dirname, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const unplaced = folders.filter((f) => !FEATURE_ORDER.includes(f) && !BELOW_ALL.includes(f) && !['database', 'seed'].includes(f));
    expect(unplaced).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    const backwards = all
      .filter(([from, to]) => {
        const [a, b] = [partOf(from), partOf(to)];
        // Specs may start from database/spec-database.ts (a fresh database and rows to start from).
        if (from.endsWith('.spec.ts') && b === 'database') return false;
        return a !== b && rank(b) > rank(a);
      })
      .map(([from, to]) => `${relative(__dirname, from)} → ${relative(__dirname, to)}`);
    expect(backwards).toEqual([]);
  });
});
