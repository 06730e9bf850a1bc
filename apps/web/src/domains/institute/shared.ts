import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

export const useInstituteT = () => useTranslation('institute').t;

/** 본청 실·국, 자치구, 사업소, 투자·출연기관, 타 시·도, 교육청, 기타. */
export const AGENCY_KINDS: Schemas['AgencyKind'][] = [
  'bureau',
  'district',
  'field_office',
  'funded_institution',
  'other_province',
  'education_office',
  'other',
];

/** Codes of agencies and of the institute (the same as libs/api's AGENCY_CODE_PATTERN and INSTITUTE_CODE_PATTERN). */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
