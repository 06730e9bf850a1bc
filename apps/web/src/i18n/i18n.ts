import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, type Lang, side } from './catalogue';
import { common } from './common';
import { errors } from './errors';
import { formatDate, formatInstant, formatWon } from './format';
import { type Particle, withParticle } from './particles';

const STORAGE_KEY = 'baeum.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

/** The catalogues loaded at start; each domain adds its own when its screens load (`registerCatalogue`). */
const initial = { common, errors };

void i18next.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: false,
  supportedLngs: ['ko', 'en'],
  defaultNS: 'common',
  ns: Object.keys(initial),
  // Keys are flat ('login.title'); codes contain dots ('VALIDATION.MAX').
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: {
    ko: Object.fromEntries(Object.entries(initial).map(([ns, catalogue]) => [ns, side(catalogue, 'ko')])),
    en: Object.fromEntries(Object.entries(initial).map(([ns, catalogue]) => [ns, side(catalogue, 'en')])),
  },
  initAsync: false,
  showSupportNotice: false,
  returnNull: false,
});

/**
 * Formats a catalogue may use after a value: `{{name, 을/를}}` puts the particle its sound takes
 * (in English the value alone); `{{amount, won}}`; `{{date, date}}`; `{{at, instant}}` (a moment, in Seoul time).
 */
const PARTICLES: Particle[] = ['을/를', '이/가', '은/는', '와/과', '으로/로', '이나/나', '이랑/랑', '아/야'];
for (const particle of PARTICLES) {
  i18next.services.formatter?.add(particle, (value: unknown, lng?: string) =>
    lng === 'ko' ? withParticle(String(value), particle) : String(value),
  );
}
i18next.services.formatter?.add('won', (value: unknown, lng?: string) => formatWon(value as string, (lng as Lang) ?? 'ko'));
i18next.services.formatter?.add('date', (value: unknown, lng?: string) => formatDate(value as string, (lng as Lang) ?? 'ko'));
i18next.services.formatter?.add('instant', (value: unknown, lng?: string) => formatInstant(value as string, (lng as Lang) ?? 'ko'));

/** Adds a domain's catalogue (once) when its screens load. */
export function registerCatalogue(namespace: string, catalogue: Catalogue): void {
  if (i18next.hasResourceBundle('ko', namespace)) return;
  i18next.addResourceBundle('ko', namespace, side(catalogue, 'ko'));
  i18next.addResourceBundle('en', namespace, side(catalogue, 'en'));
}

export function currentLanguage(): Lang {
  return i18next.language === 'en' ? 'en' : 'ko';
}

export function setLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18next.changeLanguage(lang);
}

// <html lang> follows the language, so screen readers pronounce the page correctly.
const applyLang = (lng: string) => document.documentElement.setAttribute('lang', lng === 'en' ? 'en' : 'ko');
applyLang(i18next.language);
i18next.on('languageChanged', applyLang);

export { i18next };
export const resources = initial;
