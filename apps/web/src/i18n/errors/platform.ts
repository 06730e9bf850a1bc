import type { Catalogue } from '../catalogue';

/** The platform operator's work on institutes, and the sign-in to a deactivated one. */
export const platformErrors = {
  'PLATFORM.INSTITUTE_CODE_TAKEN': {
    ko: '이미 쓰는 기관 코드입니다. 다른 코드를 정하세요.',
    en: 'An institute with this code exists. Choose another code.',
  },
  'PLATFORM.INSTITUTE_UNKNOWN': { ko: '기관을 찾을 수 없습니다.', en: 'Institute not found.' },
  'AUTH.INSTITUTE_INACTIVE': {
    ko: '운영이 중지된 기관입니다. 플랫폼 운영자에게 문의하세요.',
    en: 'This institute is deactivated. Ask the platform operator.',
  },
} satisfies Catalogue;
