import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the platform operator's screens (loaded at start, with the menu). */
export const platformNav = {
  platformInstitutes: { ko: '기관 관리 (플랫폼)', en: 'Institutes (platform)' },
} satisfies Catalogue;
