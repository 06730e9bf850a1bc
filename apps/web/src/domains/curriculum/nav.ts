import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the curriculum domain's screens (loaded at start, with the menu). */
export const curriculumNav = {
  'curriculum.cohorts': { ko: '기수 현황', en: 'Cohorts' },
  'curriculum.calendar': { ko: '기수 달력', en: 'Calendar' },
  'curriculum.catalog': { ko: '과정 목록', en: 'Course catalog' },
  'curriculum.plans': { ko: '교육훈련계획', en: 'Training plan' },
  'curriculum.resources': { ko: '강의실·강사', en: 'Rooms & instructors' },
  'curriculum.surveys': { ko: '수요조사', en: 'Demand surveys' },
} satisfies Catalogue;
