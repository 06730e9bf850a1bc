import { backwardImports, FeatureOrder, importsBetween, unplacedFolders } from '@baeum/testing';

/*
 * Notification's features depend on each other one way: mail (the mailer and templates), texts (the
 * text-message provider), contacts (the people to tell), inbox (each person's in-app notices), preferences (each person's channels and quiet hours), deliveries (what is due for whom, and the sender), notices (the events that tell
 * people something), catcher (the messages embedded mode recorded instead of sending). `config` is below every feature, `database` and the wiring above them all.
 */
export const FEATURE_ORDER = ['mail', 'texts', 'contacts', 'inbox', 'preferences', 'deliveries', 'notices', 'catcher'];
const notification: FeatureOrder = { root: __dirname, order: FEATURE_ORDER, belowAll: ['config'], aboveAll: ['database'] };

describe('notification feature order', () => {
  it('finds the imports between features', () => {
    expect(importsBetween(__dirname, 'deliveries', 'mail').length).toBeGreaterThan(0);
    expect(importsBetween(__dirname, 'notices', 'contacts').length).toBeGreaterThan(0);
  });

  it('names every feature folder in the order', () => {
    expect(unplacedFolders(notification)).toEqual([]);
  });

  it('has no feature importing a feature after it', () => {
    expect(backwardImports(notification)).toEqual([]);
  });
});
