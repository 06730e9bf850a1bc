import { backwardImports, FeatureOrder, importsBetween, unplacedFolders } from '@baeum/testing';

/*
 * Finance's features depend on each other one way (docs/architecture.md, "Inside a service: finance's
 * shape"). Each feature may import only from features before it in this list; `config` and `shared` are
 * below every feature, and `database`, `seed` and the service's wiring (app.module.ts, index.ts,
 * main.ts, migrate.ts) above them all. A backwards import fails here, naming its file.
 */
export const FEATURE_ORDER = ['budget-book', 'ledger', 'bookings', 'reports'];
const finance: FeatureOrder = { root: __dirname, order: FEATURE_ORDER, belowAll: ['config', 'shared'], aboveAll: ['database', 'seed'] };

describe('finance feature order', () => {
  it('finds the imports between features', () => {
    expect(importsBetween(__dirname, 'ledger', 'budget-book').length).toBeGreaterThan(0);
    expect(importsBetween(__dirname, 'bookings', 'ledger').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    expect(unplacedFolders(finance)).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    expect(backwardImports(finance)).toEqual([]);
  });
});
