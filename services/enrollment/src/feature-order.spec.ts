import { backwardImports, featureModuleProblems, FeatureOrder, importsBetween, unplacedFolders } from '@baeum/testing';

/*
 * Enrollment's features depend on each other one way (docs/architecture.md, "Inside a service:
 * enrollment's shape"). Each feature may import only from features before it in this list; `config` and
 * `uploads` are below every feature, and `database`, `seed` and the service's wiring (app.module.ts,
 * index.ts, main.ts, migrate.ts) above them all. A backwards import fails here, naming its file.
 */
export const FEATURE_ORDER = [
  'institute-calendar',
  'agencies',
  'trainees',
  'cohorts',
  'courses',
  'plans',
  'seats',
  'applications',
  'attendance',
  'completion',
  'elearning',
  'surveys',
  'reports',
  'audit',
];
const enrollment: FeatureOrder = { root: __dirname, order: FEATURE_ORDER, belowAll: ['config', 'uploads'], aboveAll: ['database', 'seed'] };

describe('enrollment feature order', () => {
  it('finds the imports between features', () => {
    expect(importsBetween(__dirname, 'applications', 'seats').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    expect(unplacedFolders(enrollment)).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    expect(backwardImports(enrollment)).toEqual([]);
  });

  it("has a Nest module per feature, taking only earlier features' modules, each wired in app.module.ts", () => {
    expect(featureModuleProblems(enrollment)).toEqual([]);
  });
});
