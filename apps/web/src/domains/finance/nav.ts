import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the finance domain's screens (loaded at start, with the menu). */
export const financeNav = {
  financeBook: { ko: '예산서', en: 'Budget book' },
  financePlan: { ko: '분기별 집행계획', en: 'Quarterly plans' },
  financeReport: { ko: '예산 집행 현황', en: 'Budget execution' },
} satisfies Catalogue;
