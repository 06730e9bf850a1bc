import { i18next, registerCatalogue, setLanguage } from '../../i18n/i18n';
import { institute } from './i18n';
import { instituteNav } from './nav';
import { AGENCY_KINDS } from './shared';

registerCatalogue('institute', institute);
const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the institute administration words', () => {
  afterEach(() => setLanguage('ko'));

  it('say everything in English in English, naming the same values as the Korean', () => {
    for (const [key, pair] of Object.entries({ ...institute, ...instituteNav })) {
      expect({ key, en: HANGUL.test(pair.en), ko: HANGUL.test(pair.ko) }).toEqual({ key, en: false, ko: true });
      expect({ key, values: placeholders(pair.en) }).toEqual({ key, values: placeholders(pair.ko) });
    }
  });

  it('name every kind of agency in both languages', () => {
    for (const kind of AGENCY_KINDS) {
      expect(i18next.t(`agencyKind.${kind}`, { ns: 'institute' })).toMatch(HANGUL);
      setLanguage('en');
      expect(i18next.t(`agencyKind.${kind}`, { ns: 'institute' })).not.toMatch(HANGUL);
      setLanguage('ko');
    }
  });
});
