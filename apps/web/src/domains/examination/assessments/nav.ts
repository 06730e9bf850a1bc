import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of competency assessments: the officer's rounds, the assessor's rating form, the trainee's feedback. */
export const assessmentNav = {
  examAssessments: { ko: '역량평가 관리', en: 'Competency assessments' },
  examRating: { ko: '역량평가 평정', en: 'Rating form' },
  examFeedback: { ko: '역량평가 결과', en: 'Assessment feedback' },
} satisfies Catalogue;
