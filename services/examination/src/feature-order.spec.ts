import { backwardImports, featureModuleProblems, FeatureOrder, importsBetween, unplacedFolders } from '@baeum/testing';

/*
 * Examination's features depend on each other one way (docs/architecture.md, "Inside a service:
 * examination's shape"). Each feature may import only from features before it in this list; `config` and
 * `shared` are below every feature, and `database`, `seed` and the service's wiring (app.module.ts,
 * index.ts, main.ts, migrate.ts) above them all. A backwards import fails here, naming its file.
 */
export const FEATURE_ORDER = [
  'exams',
  'preparatory-courses',
  'fees',
  'applications',
  'photos',
  'payments',
  'venues',
  'results',
  'scoring',
  'interviews',
  'assessments',
  'season',
];
const examination: FeatureOrder = { root: __dirname, order: FEATURE_ORDER, belowAll: ['config', 'shared'], aboveAll: ['database', 'seed'] };

describe('examination feature order', () => {
  it('finds the imports between features', () => {
    expect(importsBetween(__dirname, 'payments', 'applications').length).toBeGreaterThan(0);
    expect(importsBetween(__dirname, 'applications', 'fees').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    expect(unplacedFolders(examination)).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    expect(backwardImports(examination)).toEqual([]);
  });

  it("has a Nest module per feature, taking only earlier features' modules, each wired in app.module.ts", () => {
    expect(featureModuleProblems(examination)).toEqual([]);
  });
});
