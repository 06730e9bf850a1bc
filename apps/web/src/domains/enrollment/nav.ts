import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the enrollment domain's screens (loaded at start, with the menu). */
export const enrollmentNav = {
  'enrollment.courseApply': { ko: '수강신청', en: 'Apply for courses' },
  'enrollment.myTraining': { ko: '나의 교육', en: 'My training' },
  'enrollment.survey': { ko: '만족도 조사', en: 'Satisfaction survey' },
  'enrollment.agency': { ko: '기관 교육 관리', en: 'Agency training' },
  'enrollment.roster': { ko: '교육 운영', en: 'Run a cohort' },
  'enrollment.imports': { ko: 'e-러닝 수료 가져오기', en: 'E-learning completions' },
  'enrollment.reports': { ko: '교육훈련 실적', en: 'Training results' },
} satisfies Catalogue;
