import type { Catalogue } from '../catalogue';

/** Words for the validation and general codes (libs/api/src/common/error-codes.ts), shown beside a field or an action. */
export const generalErrors = {
  VALIDATION: { ko: '입력값을 확인하세요.', en: 'Check what you entered.' },
  'VALIDATION.REQUIRED': { ko: '입력하세요.', en: 'Enter a value.' },
  'VALIDATION.UNKNOWN_FIELD': { ko: '알 수 없는 항목입니다.', en: 'This field is not expected.' },
  'VALIDATION.INTEGER': { ko: '정수로 입력하세요.', en: 'Enter a whole number.' },
  'VALIDATION.NUMBER': { ko: '숫자로 입력하세요.', en: 'Enter a number.' },
  'VALIDATION.TEXT': { ko: '글자로 입력하세요.', en: 'Enter text.' },
  'VALIDATION.BOOLEAN': { ko: '예 또는 아니요를 고르세요.', en: 'Choose yes or no.' },
  'VALIDATION.LIST': { ko: '하나 이상 고르세요.', en: 'Choose one or more.' },
  'VALIDATION.OBJECT': { ko: '입력값이 올바르지 않습니다.', en: 'This value is not valid.' },
  'VALIDATION.MIN': { ko: '{{min, number}} 이상으로 입력하세요.', en: 'Enter {{min, number}} or more.' },
  'VALIDATION.MAX': { ko: '{{max, number}} 이하로 입력하세요.', en: 'Enter {{max, number}} or less.' },
  'VALIDATION.MIN_LENGTH': { ko: '{{min, number}}자 이상 입력하세요.', en: 'Enter at least {{min, number}} characters.' },
  'VALIDATION.MAX_LENGTH': { ko: '{{max, number}}자 이하로 입력하세요.', en: 'Enter at most {{max, number}} characters.' },
  'VALIDATION.LENGTH': {
    ko: '{{min, number}}자에서 {{max, number}}자 사이로 입력하세요.',
    en: 'Enter {{min, number}} to {{max, number}} characters.',
  },
  'VALIDATION.MIN_ITEMS': { ko: '{{min, number}}개 이상 고르세요.', en: 'Choose at least {{min, number}}.' },
  'VALIDATION.MAX_ITEMS': { ko: '{{max, number}}개까지 고를 수 있습니다.', en: 'Choose at most {{max, number}}.' },
  'VALIDATION.UNIQUE_ITEMS': { ko: '같은 항목이 두 번 있습니다.', en: 'An item appears twice.' },
  'VALIDATION.ONE_OF': { ko: '목록에서 고르세요.', en: 'Choose one from the list.' },
  'VALIDATION.EMAIL': {
    ko: '이메일 주소 형식으로 입력하세요 (예: hong@example.com).',
    en: 'Enter an e-mail address (e.g. hong@example.com).',
  },
  'VALIDATION.PHONE': { ko: '전화번호 형식으로 입력하세요 (예: 010-1234-5678).', en: 'Enter a phone number (e.g. 010-1234-5678).' },
  'VALIDATION.ID': { ko: '목록에서 고르세요.', en: 'Choose one from the list.' },
  'VALIDATION.DATE': { ko: '날짜를 YYYY-MM-DD 형식으로 입력하세요.', en: 'Enter a date as YYYY-MM-DD.' },
  'VALIDATION.TIME': { ko: '시각을 HH:MM 형식으로 입력하세요.', en: 'Enter a time as HH:MM.' },
  'VALIDATION.FORMAT': { ko: '형식이 올바르지 않습니다.', en: 'The format is not valid.' },
  'VALIDATION.CONTROL_CHARACTER': {
    ko: '쓸 수 없는 제어 문자가 들어 있습니다.',
    en: 'This contains a control character that cannot be used.',
  },
  'VALIDATION.ENCODING': {
    ko: 'UTF-8 글자로 읽을 수 없는 내용이 있습니다. 파일을 UTF-8로 저장하세요.',
    en: 'This has bytes that are not UTF-8 text. Save the file as UTF-8.',
  },
  'VALIDATION.INVALID': { ko: '입력값이 올바르지 않습니다.', en: 'This value is not valid.' },

  BAD_REQUEST: { ko: '요청이 올바르지 않습니다.', en: 'The request is not valid.' },
  UNAUTHORIZED: { ko: '로그인이 필요합니다.', en: 'Please sign in.' },
  'AUTH.TOKEN_INVALID': { ko: '로그인이 만료되었습니다. 다시 로그인하세요.', en: 'Your session has expired. Please sign in again.' },
  'AUTH.PASSWORD_CHANGE_REQUIRED': {
    ko: '임시 비밀번호를 먼저 새 비밀번호로 바꾸세요.',
    en: 'Replace your temporary password with a new one first.',
  },
  FORBIDDEN: { ko: '이 작업을 할 권한이 없습니다.', en: 'You may not do this.' },
  NOT_FOUND: { ko: '찾는 항목이 없습니다.', en: 'Not found.' },
  CONFLICT: {
    ko: '지금 상태에서는 할 수 없습니다. 새로 고친 뒤 다시 시도하세요.',
    en: 'This cannot be done in the current state. Reload and try again.',
  },
  PAYLOAD_TOO_LARGE: { ko: '보낸 내용이 너무 큽니다.', en: 'What you sent is too large.' },
  'FILE.TOO_LARGE': {
    ko: '파일은 {{maxMegabytes, number}}MB까지 올릴 수 있습니다.',
    en: 'Files may be at most {{maxMegabytes, number}} MB.',
  },
  'FILE.UNPACKED_TOO_LARGE': {
    ko: '압축을 푼 크기가 너무 큰 엑셀 파일입니다 ({{maxMegabytes, number}}MB까지).',
    en: 'This .xlsx unpacks to more than {{maxMegabytes, number}} MB.',
  },
  'FILE.TOO_MANY_ROWS': {
    ko: '한 파일에 {{maxRows, number}}행까지 올릴 수 있습니다.',
    en: 'A file may have at most {{maxRows, number}} rows.',
  },
  UNSUPPORTED_MEDIA_TYPE: { ko: '이 형식의 파일은 받을 수 없습니다.', en: 'Files of this type are not accepted.' },
  RATE_LIMITED: {
    ko: '요청이 너무 많습니다. {{retryAfterSeconds, number}}초 뒤에 다시 시도하세요.',
    en: 'Too many requests. Try again in {{retryAfterSeconds, number}} seconds.',
  },
  'REQUEST.IN_PROGRESS': {
    ko: '같은 요청을 아직 처리하고 있습니다. 잠시 후 다시 확인하세요.',
    en: 'The same request is still being processed. Please check again shortly.',
  },
  'REQUEST.KEY_REUSED': {
    ko: '이미 다른 내용으로 보낸 요청입니다. 화면을 새로 고친 뒤 다시 시도하세요.',
    en: 'This request was already sent with different content. Reload the page and try again.',
  },
  UNAVAILABLE: {
    ko: '지금 요청이 많아 처리하지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'The service is busy. Please try again shortly.',
  },
  'UPSTREAM.UNAVAILABLE': {
    ko: '일부 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.',
    en: 'A service cannot be reached. Please try again shortly.',
  },
  'UPSTREAM.FAILED': {
    ko: '일부 서비스가 요청을 처리하지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'A service could not complete the request. Please try again shortly.',
  },
  INTERNAL: {
    ko: '요청을 처리하지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'The request could not be completed. Please try again shortly.',
  },
  /** The web's own: the server could not be reached at all. */
  'FORM.PASSWORDS_DIFFER': { ko: '새 비밀번호가 서로 다릅니다.', en: 'The new passwords differ.' },
  NETWORK: {
    ko: '서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.',
    en: 'Cannot reach the server. Check your connection and try again.',
  },
} satisfies Catalogue;
