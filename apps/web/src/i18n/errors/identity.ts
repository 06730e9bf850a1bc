import type { Catalogue } from '../catalogue';

/** Sign-in, sign-up and accounts (libs/api/src/identity/errors.ts). */
export const identityErrors = {
  'AUTH.BAD_CREDENTIALS': {
    ko: '기관 코드, 이메일 또는 비밀번호가 올바르지 않습니다.',
    en: 'The institute code, e-mail or password is incorrect.',
  },
  'AUTH.PASSWORD_RULE': { ko: '영문자와 숫자를 모두 넣으세요.', en: 'Use both letters and digits.' },
  'AUTH.WEAK_PASSWORD': {
    ko: '흔하거나 유출된 비밀번호, 또는 추측하기 쉬운 비밀번호입니다. 더 길고 예측하기 어렵게 정하세요.',
    en: 'This password is common, breached or easy to guess. Choose a longer, less predictable one.',
  },
  'AUTH.WRONG_CURRENT_PASSWORD': { ko: '지금 비밀번호가 올바르지 않습니다.', en: 'The current password is incorrect.' },
  'AUTH.SAME_PASSWORD': { ko: '지금과 다른 비밀번호를 정하세요.', en: 'Choose a password different from the current one.' },
  'AUTH.EMAIL_TAKEN': { ko: '이미 가입된 이메일입니다.', en: 'This e-mail is already registered.' },
  'AUTH.PRIVACY_CONSENT_REQUIRED': {
    ko: '개인정보 수집·이용에 동의해야 가입할 수 있습니다.',
    en: 'You must agree to the collection and use of personal data.',
  },
  'AUTH.INSTITUTE_UNKNOWN': { ko: '없는 기관 코드입니다.', en: 'There is no institute with this code.' },
  'AUTH.USER_UNKNOWN': { ko: '계정을 찾을 수 없습니다.', en: 'The account was not found.' },
  'AUTH.VERIFICATION_INVALID': {
    ko: '확인 링크가 올바르지 않거나 만료되었습니다. 다시 가입하면 새 링크를 보내 드립니다.',
    en: 'This link is invalid or has expired. Sign up again to get a new one.',
  },
  'AUTH.RESET_INVALID': {
    ko: '재설정 링크가 올바르지 않거나, 이미 쓰였거나, 만료되었습니다. 재설정을 다시 요청하면 새 링크를 보내 드립니다.',
    en: 'This reset link is invalid, already used or expired. Ask for a reset again to get a new one.',
  },
  'AUTH.PHONE_INVALID': {
    ko: '휴대전화 번호를 010-1234-5678 형식으로 입력하세요.',
    en: 'Enter a mobile number as 010-1234-5678.',
  },
} satisfies Catalogue;
