import type { Catalogue } from '../../i18n/catalogue';

/** The inbox page's words (the bell's are the frame's, in the common catalogue). */
export const inbox = {
  title: { ko: '알림함', en: 'Notices' },
  lead: {
    ko: '나에게 온 알림입니다. 같은 내용은 이메일로도 보냅니다.',
    en: 'The notices sent to you; the same is also sent by e-mail.',
  },
  all: { ko: '전체', en: 'All' },
  unreadOnly: { ko: '읽지 않은 알림만', en: 'Unread only' },
  count: { ko: '모두 {{total}}건, 읽지 않음 {{unread}}건', en: '{{total}} in all, {{unread}} unread' },
  empty: { ko: '알림이 없습니다.', en: 'No notices.' },
  unread: { ko: '읽지 않음', en: 'Unread' },
  readAt: { ko: '읽음', en: 'Read' },
  open: { ko: '자세히 보기', en: 'Open' },
  markRead: { ko: '읽음으로 표시', en: 'Mark read' },
  markAllRead: { ko: '모두 읽음으로 표시', en: 'Mark all read' },
} satisfies Catalogue;
