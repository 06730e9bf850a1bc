/** The 5-point items every course's survey asks, Korean first. Each instructor is rated on one more. */
export const SURVEY_ITEMS = [
  { code: 'overall', ko: '교육과정에 전반적으로 만족한다', en: 'Overall, I am satisfied with the course' },
  { code: 'content', ko: '교육 내용이 충실하고 이해하기 쉬웠다', en: 'The content was thorough and easy to follow' },
  { code: 'usefulness', ko: '배운 내용을 업무에 활용할 수 있다', en: 'I can use what I learned in my work' },
  { code: 'operation', ko: '교육 운영(일정, 안내, 진행)이 원활했다', en: 'The course was well run (schedule, information, pace)' },
  { code: 'environment', ko: '교육 환경(시설, 학습 시스템)이 적절했다', en: 'The setting (rooms, learning system) was suitable' },
] as const;
export const SURVEY_ITEM_CODES: string[] = SURVEY_ITEMS.map((i) => i.code);

/** Scores in hundredths are integers: means and their roundings stay exact. */
export const toHundredths = (sum: number, count: number): number | null => (count === 0 ? null : Math.round((sum * 100) / count));
export const fromHundredths = (h: number | null): number | null => (h === null ? null : h / 100);
