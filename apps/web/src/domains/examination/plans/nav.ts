import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of the examination plan screens. */
export const planNav = {
  examRecruitmentPlan: { ko: '경력채용 선발계획', en: 'Career recruitment plan' },
  examAssessmentPlan: { ko: '역량평가 운영계획', en: 'Assessment plan' },
} satisfies Catalogue;
