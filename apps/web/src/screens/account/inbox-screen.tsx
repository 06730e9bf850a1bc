import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { inbox } from './inbox-i18n';
import { Button, ButtonRow, Instant, PageHeader, Pagination, problemOf, problemText, QueryState, Section } from '../../kit';

registerCatalogue('inbox', inbox);

type Item = Schemas['InboxItemView'];
const PAGE_SIZE = 20;

/** A link of this site opens in the app; any other stays an ordinary link. */
function pathOnSite(link: string): string | null {
  try {
    const url = new URL(link, window.location.origin);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** 알림함: the signed-in person's own notices, newest first; marking read also lowers the header's count. */
export default function InboxScreen() {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = $api.useQuery('get', '/api/me/inbox', {
    params: { query: { ...(unreadOnly ? { unread: true } : {}), page, pageSize: PAGE_SIZE } },
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  // The list and the bell's count both change.
  const mark = async (key: string, call: () => Promise<unknown>) => {
    setBusy(key);
    setProblem(null);
    try {
      await call();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[1]).startsWith('/api/me/inbox') });
    }
  };

  const choose = (only: boolean) => {
    setUnreadOnly(only);
    setPage(1);
  };

  return (
    <div data-testid="inbox">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section
        title={t('title')}
        actions={
          <ButtonRow>
            <Button
              size="small"
              variant={unreadOnly ? 'tertiary' : 'primary'}
              onClick={() => choose(false)}
              aria-pressed={!unreadOnly}
              testId="inbox-all"
            >
              {t('all')}
            </Button>
            <Button
              size="small"
              variant={unreadOnly ? 'primary' : 'tertiary'}
              onClick={() => choose(true)}
              aria-pressed={unreadOnly}
              testId="inbox-unread-only"
            >
              {t('unreadOnly')}
            </Button>
            <Button
              size="small"
              busy={busy === 'all'}
              disabled={!list.data?.unread}
              onClick={() => void mark('all', () => unwrap(api.POST('/api/me/inbox/read-all')))}
              testId="inbox-read-all"
            >
              {t('markAllRead')}
            </Button>
          </ButtonRow>
        }
      >
        {problem !== null && (
          <p className="baeum-notice danger" role="alert" data-testid="inbox-problem">
            {problemText(tc, problemOf(problem))}
          </p>
        )}
        <QueryState loading={list.isPending} error={list.error} retry={() => void list.refetch()} testId="inbox-list">
          {list.data && (
            <>
              <p data-testid="inbox-count">{t('count', { total: list.data.total, unread: list.data.unread })}</p>
              {list.data.items.length === 0 ? (
                <p data-testid="inbox-empty">{t('empty')}</p>
              ) : (
                <ul className="inbox-items">
                  {list.data.items.map((item) => (
                    <InboxEntry
                      key={item.id}
                      item={item}
                      busy={busy === item.id}
                      onRead={() =>
                        void mark(item.id, () => unwrap(api.POST('/api/me/inbox/{id}/read', { params: { path: { id: item.id } } })))
                      }
                    />
                  ))}
                </ul>
              )}
              <Pagination page={page} pages={pages} onPage={setPage} testId="inbox-pages" />
            </>
          )}
        </QueryState>
      </Section>
    </div>
  );
}

function InboxEntry({ item, busy, onRead }: { item: Item; busy: boolean; onRead(): void }) {
  const { t } = useTranslation('inbox');
  const onSite = item.link ? pathOnSite(item.link) : null;
  // The body is the Korean text, then the English one on the next line.
  const [korean, ...rest] = item.body.split('\n');
  const english = rest.join(' ');
  return (
    <li className={item.readAt ? 'inbox-item read' : 'inbox-item unread'} data-testid="inbox-item">
      <p className="inbox-item-title">
        {!item.readAt && <span className="inbox-item-flag">{t('unread')}</span>} <strong lang="ko">{item.title}</strong>
      </p>
      <p className="inbox-item-body">
        <span lang="ko">{korean}</span>
        {english && (
          <>
            <br />
            <span lang="en">{english}</span>
          </>
        )}
      </p>
      <p className="inbox-item-meta">
        <Instant at={item.createdAt} />
        {item.readAt && (
          <>
            {' · '}
            {t('readAt')} <Instant at={item.readAt} />
          </>
        )}
      </p>
      <ButtonRow>
        {item.link &&
          (onSite ? (
            <Link to={onSite} className="krds-btn small tertiary" onClick={item.readAt ? undefined : onRead}>
              {t('open')}
            </Link>
          ) : (
            <a href={item.link} className="krds-btn small tertiary" onClick={item.readAt ? undefined : onRead}>
              {t('open')}
            </a>
          ))}
        {!item.readAt && (
          <Button size="small" busy={busy} onClick={onRead} testId="inbox-mark-read">
            {t('markRead')}
          </Button>
        )}
      </ButtonRow>
    </li>
  );
}
