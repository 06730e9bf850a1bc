import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../api/client';
import type { Session } from '../api/session';

/** How often the bell asks again: new notices show within a minute without a page load. */
export const INBOX_REFRESH_MS = 60_000;

/** The query the bell reads; the inbox page invalidates it after marking items read. */
export const INBOX_COUNT_PATH = '/api/me/inbox/count';

/**
 * 알림: a link to the inbox with the unread count. Not for the platform operator (of no institute,
 * no inbox), nor while a temporary password must be replaced first (the API refuses then).
 */
export function InboxBell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const shown = session.user.role !== 'platform_operator' && !session.user.mustChangePassword;
  const count = $api.useQuery('get', INBOX_COUNT_PATH, {}, { enabled: shown, refetchInterval: INBOX_REFRESH_MS });
  if (!shown) return null;
  const unread = count.data?.unread ?? 0;
  return (
    <Link to="/inbox" className="krds-btn small text inbox-bell" data-testid="inbox-bell">
      <span aria-hidden="true">🔔</span> {t('frame.inbox')}
      {unread > 0 && (
        <span className="inbox-bell-count" data-testid="inbox-bell-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <span className="sr-only">{unread > 0 ? t('frame.inboxUnread', { count: unread }) : t('frame.inboxNone')}</span>
    </Link>
  );
}
