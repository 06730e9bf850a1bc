import type { Catalogue } from '../../i18n/catalogue';

/** The notification settings screen's words, and the account screen's mobile number. */
export const notificationSettings = {
  title: { ko: '알림 설정', en: 'Notification settings' },
  lead: {
    ko: '알림을 받을 방법을 고릅니다. 알림함에는 언제나 모든 알림이 남습니다.',
    en: 'Choose how you are told. Every notice always stays in your inbox.',
  },
  channels: { ko: '받는 방법', en: 'Channels' },
  email: { ko: '이메일로 받기', en: 'By e-mail' },
  emailHint: { ko: '계정의 이메일 주소로 보냅니다.', en: 'Sent to your account’s e-mail address.' },
  sms: { ko: '문자(SMS)로 받기', en: 'By text message (SMS)' },
  smsHint: { ko: '내 계정에 등록한 휴대전화 번호로 짧게 알려 드립니다.', en: 'A short text to the mobile number on your account.' },
  phoneIs: { ko: '문자를 받을 번호: {{phone}}', en: 'Texts go to {{phone}}' },
  noPhone: {
    ko: '휴대전화 번호가 없어 문자는 보내지 않습니다. 내 계정에서 번호를 등록하세요.',
    en: 'No mobile number is on your account, so no texts are sent. Add one under My account.',
  },
  toAccount: { ko: '내 계정으로 가기', en: 'Go to My account' },
  quiet: { ko: '문자 방해 금지 시간', en: 'Quiet hours for texts' },
  quietLead: {
    ko: '이 시간에 생긴 알림 문자는 보내지 않고 있다가 끝나는 시각에 보냅니다 (한국 시각). 이메일과 알림함은 바로 갑니다.',
    en: 'Texts due in these hours are held and sent when they end (Korea time). E-mail and the inbox are not held.',
  },
  quietOn: { ko: '방해 금지 시간 사용', en: 'Use quiet hours' },
  quietStart: { ko: '시작 (예: 21:00)', en: 'From (e.g. 21:00)' },
  quietEnd: { ko: '끝 (예: 08:00)', en: 'Until (e.g. 08:00)' },
  save: { ko: '저장', en: 'Save' },
  saved: { ko: '알림 설정을 저장했습니다.', en: 'Your notification settings have been saved.' },
  phoneTitle: { ko: '휴대전화 번호', en: 'Mobile number' },
  phone: { ko: '휴대전화 번호', en: 'Mobile number' },
  phoneHint: {
    ko: '문자 알림을 받을 번호입니다 (010-1234-5678). 비우면 문자를 보내지 않습니다.',
    en: 'Where text notices go (010-1234-5678). Leave it empty to receive no texts.',
  },
  phoneSave: { ko: '번호 저장', en: 'Save number' },
  phoneSaved: { ko: '휴대전화 번호를 저장했습니다.', en: 'Your mobile number has been saved.' },
  phoneRemoved: { ko: '휴대전화 번호를 지웠습니다.', en: 'Your mobile number has been removed.' },
  settingsLink: { ko: '알림 설정', en: 'Notification settings' },
} satisfies Catalogue;
