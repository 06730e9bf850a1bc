import type { Catalogue } from '../../i18n/catalogue';

/** The platform operator's screen words, Korean first. */
export const platform = {
  'institutes.title': { ko: '기관 관리 (플랫폼)', en: 'Institutes (platform)' },
  'institutes.lead': {
    ko: '배움을 쓰는 기관을 개설하고 첫 관리자를 지정합니다. 기관의 교육·시험·예산 자료는 볼 수 없습니다.',
    en: 'Open institutes on Baeum and appoint their first administrator. No institute’s training, exam or budget data is shown here.',
  },
  'institutes.table': { ko: '기관 목록', en: 'Institutes' },
  'institutes.count': { ko: '모두 {{count}}곳', en: '{{count}} in all' },
  'institutes.none': { ko: '개설된 기관이 없습니다.', en: 'No institute yet.' },
  'institutes.code': { ko: '기관 코드', en: 'Code' },
  'institutes.nameKo': { ko: '기관명', en: 'Name (Korean)' },
  'institutes.nameEn': { ko: '영문 기관명', en: 'Name (English)' },
  'institutes.users': { ko: '사용자 수', en: 'Users' },
  'institutes.admins': { ko: '관리자 수', en: 'Administrators' },
  'institutes.status': { ko: '상태', en: 'Status' },
  'institutes.actions': { ko: '작업', en: 'Actions' },
  'status.active': { ko: '운영', en: 'Active' },
  'status.inactive': { ko: '운영 중지', en: 'Deactivated' },
  'action.deactivate': { ko: '운영 중지', en: 'Deactivate' },
  'action.reactivate': { ko: '운영 재개', en: 'Reactivate' },
  'action.for': { ko: '{{name}} {{action}}', en: '{{action}} {{name}}' },
  'confirm.title': { ko: '작업 확인', en: 'Confirm' },
  'confirm.go': { ko: '진행', en: 'Go ahead' },
  'confirm.deactivate': {
    ko: '{{name}}({{code}})의 운영을 중지합니다. 이 기관의 모든 사용자가 로그인할 수 없고, 쓰고 있던 로그인도 바로 끝납니다. 자료는 그대로 남습니다.',
    en: 'Deactivate {{name}} ({{code}})? None of its people can sign in, and their sessions end at once. Its data stays.',
  },
  'confirm.reactivate': {
    ko: '{{name}}({{code}})의 운영을 재개합니다. 이 기관의 사용자가 다시 로그인할 수 있습니다.',
    en: 'Reactivate {{name}} ({{code}})? Its people can sign in again.',
  },
  'done.deactivate': { ko: '{{name}}의 운영을 중지했습니다.', en: '{{name}} is deactivated.' },
  'done.reactivate': { ko: '{{name}}의 운영을 재개했습니다.', en: '{{name}} is active again.' },
  'create.title': { ko: '기관 개설', en: 'Open an institute' },
  'create.institute': { ko: '기관', en: 'Institute' },
  'create.admin': { ko: '첫 관리자', en: 'First administrator' },
  'create.submit': { ko: '개설', en: 'Open' },
  'create.codeHint': {
    ko: '로그인할 때 입력하는 코드입니다. 영문 소문자·숫자·하이픈 3~32자 (예: busan-hrd).',
    en: 'The code people type at sign-in: 3-32 lower-case letters, digits or hyphens (e.g. busan-hrd).',
  },
  'create.adminHint': {
    ko: '이 주소로 비밀번호 설정 링크(72시간 유효)를 보냅니다. 임시 비밀번호는 만들지 않습니다.',
    en: 'A link to set a password (valid 72 hours) is mailed to this address. No temporary password is made.',
  },
  'create.done': {
    ko: '{{name}}을(를) 개설했습니다. {{email}}로 비밀번호 설정 링크를 보냈습니다 ({{until}}까지 유효).',
    en: '{{name}} is open. A link to set a password was mailed to {{email}} (valid until {{until}}).',
  },
  'field.code': { ko: '기관 코드', en: 'Institute code' },
  'field.nameKo': { ko: '기관명 (한국어)', en: 'Name (Korean)' },
  'field.nameEn': { ko: '기관명 (영어)', en: 'Name (English)' },
  'field.adminName': { ko: '관리자 성명', en: 'Administrator’s name' },
  'field.adminEmail': { ko: '관리자 이메일', en: 'Administrator’s e-mail' },
} satisfies Catalogue;
