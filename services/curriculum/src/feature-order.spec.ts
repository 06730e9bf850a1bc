import { backwardImports, FeatureOrder, importsBetween, unplacedFolders } from '@baeum/testing';

/*
 * Curriculum's features depend on each other one way (docs/architecture.md, "Inside a service:
 * curriculum's shape"). Each feature may import only from features before it in this list; `config` and
 * `shared` are below every feature, and `database`, `seed` and the service's wiring (app.module.ts,
 * index.ts, main.ts, migrate.ts) above them all. A backwards import fails here, naming its file.
 */
export const FEATURE_ORDER = [
  'categories',
  'courses',
  'plans',
  'surveys',
  'rooms',
  'instructors',
  'budget-lines',
  'agencies',
  'cohorts',
  'settings',
  'audit',
];
const curriculum: FeatureOrder = { root: __dirname, order: FEATURE_ORDER, belowAll: ['config', 'shared'], aboveAll: ['database', 'seed'] };

describe('curriculum feature order', () => {
  it('finds the imports between features', () => {
    expect(importsBetween(__dirname, 'cohorts', 'courses').length).toBeGreaterThan(0);
    expect(importsBetween(__dirname, 'plans', 'courses').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    expect(unplacedFolders(curriculum)).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    expect(backwardImports(curriculum)).toEqual([]);
  });
});
