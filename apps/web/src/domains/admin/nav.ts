import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the administration screens (loaded at start, with the menu). */
export const adminNav = {
  adminUsers: { ko: '사용자 관리', en: 'Users' },
  adminAudit: { ko: '감사 로그', en: 'Audit log' },
  adminDeliveries: { ko: '발송 기록', en: 'Delivery log' },
  adminMailCatcher: { ko: '메일 확인함', en: 'Mail catcher' },
} satisfies Catalogue;
