/**
 * The catalogue of each domain's screens, by namespace, for the typed `t` (types only: each
 * catalogue loads with its screens). A domain adds its line here.
 */
export interface DomainCatalogues {
  nav: typeof import('../app/registry').navCatalogue;
  enrollment: typeof import('./enrollment/i18n').enrollment;
  finance: typeof import('./finance/i18n').finance;
  admin: typeof import('./admin/i18n').admin;
  institute: typeof import('./institute/i18n').institute;
  platform: typeof import('./platform/i18n').platform;
  curriculum: typeof import('./curriculum/i18n').curriculum;
  examWords: typeof import('./examination/words').examWords;
  examApplicant: typeof import('./examination/applicant/i18n').examApplicant;
  examOfficer: typeof import('./examination/officer/i18n').examOfficer;
  examAssessment: typeof import('./examination/assessments/i18n').examAssessment;
  examPlans: typeof import('./examination/plans/i18n').examPlans;
  examAnswerKeys: typeof import('./examination/answer-keys-words').examAnswerKeys;
  inbox: typeof import('../screens/account/inbox-i18n').inbox;
  notificationSettings: typeof import('../screens/account/notification-settings-i18n').notificationSettings;
}
