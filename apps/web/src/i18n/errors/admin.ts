import type { Catalogue } from '../catalogue';

/** The administrator's work on users, and the role switch. */
export const adminErrors = {
  'ADMIN.SELF_DISABLE': { ko: '자신의 계정은 정지할 수 없습니다.', en: 'You cannot disable your own account.' },
  'ADMIN.SELF_DEMOTE': { ko: '자신의 관리자 역할은 뺄 수 없습니다.', en: 'You cannot remove your own admin role.' },
  'ADMIN.LAST_ADMIN': {
    ko: '기관의 마지막 관리자는 정지하거나 관리자 역할을 뺄 수 없습니다. 먼저 다른 관리자를 지정하세요.',
    en: 'The institute’s last active administrator cannot be disabled or lose the admin role. Appoint another administrator first.',
  },
  'ADMIN.ROLE_NOT_ASSIGNABLE': {
    ko: '응시자·교육생 역할은 여기서 줄 수 없습니다 (응시자는 직접 가입하고, 교육생은 교육생 계정 발급으로 만듭니다).',
    en: 'Applicant and trainee roles are not given here (applicants sign up; trainees are issued with their record).',
  },
  'AUTH.ROLE_NOT_HELD': { ko: '가진 역할로만 전환할 수 있습니다.', en: 'You can switch only to a role you hold.' },
  'INBOX.ITEM_NOT_FOUND': { ko: '알림을 찾을 수 없습니다.', en: 'The notice was not found.' },
  'NOTIFY.QUIET_HOURS_EMPTY': {
    ko: '방해 금지 시작과 끝을 서로 다른 시각으로 정하세요.',
    en: 'Quiet hours must start and end at different times.',
  },
  'NOTIFY.QUIET_HOURS_HALF': {
    ko: '방해 금지 시작과 끝을 함께 정하거나 둘 다 비우세요.',
    en: 'Give both the start and the end of the quiet hours, or neither.',
  },
} satisfies Catalogue;
