import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the institute administrator's screens (loaded at start, with the menu). */
export const instituteNav = {
  'institute.agencies': { ko: '기관 관리', en: 'Agencies' },
  'institute.settings': { ko: '기관 설정', en: 'Institute settings' },
} satisfies Catalogue;
