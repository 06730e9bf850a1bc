import type { CategoryKind } from './category.entity';

export interface CategoryDefinition {
  code: string;
  kind: CategoryKind;
  parentCode: string | null;
  nameKo: string;
  nameEn: string;
}

/**
 * The category tree as the Seoul report uses it (교육훈련계획 분야별 총괄표), codes as in
 * `seoul-hrd-2022.json`. Every tenant starts with it and may rename, reorder and add to it.
 */
export const DEFAULT_CATEGORIES: CategoryDefinition[] = [
  { code: 'basic_competency', kind: 'field', parentCode: null, nameKo: '기본역량', nameEn: 'Basic competency' },
  { code: 'core_values', kind: 'subfield', parentCode: 'basic_competency', nameKo: '핵심가치', nameEn: 'Core values' },
  { code: 'humanities', kind: 'subfield', parentCode: 'basic_competency', nameKo: '인문소양', nameEn: 'Humanities' },
  { code: 'new_appointment', kind: 'subfield', parentCode: 'basic_competency', nameKo: '신규임용', nameEn: 'New appointees' },
  { code: 'leadership_competency', kind: 'field', parentCode: null, nameKo: '리더십역량', nameEn: 'Leadership competency' },
  { code: 'position', kind: 'subfield', parentCode: 'leadership_competency', nameKo: '직위', nameEn: 'By position' },
  { code: 'grade', kind: 'subfield', parentCode: 'leadership_competency', nameKo: '직급', nameEn: 'By grade' },
  { code: 'job_competency', kind: 'field', parentCode: null, nameKo: '직무역량', nameEn: 'Job competency' },
  { code: 'common', kind: 'subfield', parentCode: 'job_competency', nameKo: '공통', nameEn: 'Common' },
  { code: 'specialized', kind: 'subfield', parentCode: 'job_competency', nameKo: '전문', nameEn: 'Specialist' },
  { code: 'it', kind: 'subfield', parentCode: 'job_competency', nameKo: 'IT', nameEn: 'IT' },
  { code: 'public_competency', kind: 'field', parentCode: null, nameKo: '공공역량', nameEn: 'Public-service competency' },
  { code: 'practical_officers', kind: 'subfield', parentCode: 'public_competency', nameKo: '실무관', nameEn: 'Field staff' },
  { code: 'personal_learning', kind: 'field', parentCode: null, nameKo: '개인학습', nameEn: 'Personal learning' },
  { code: 'certification', kind: 'subfield', parentCode: 'personal_learning', nameKo: '자격증', nameEn: 'Certificates' },
  { code: 'foreign_language', kind: 'subfield', parentCode: 'personal_learning', nameKo: '외국어', nameEn: 'Languages' },
];
