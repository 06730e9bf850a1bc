import '../domains/enrollment/spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { api } from '../api/client';
import type { Session } from '../api/session';
import { setLanguage } from '../i18n/i18n';
import InboxScreen from '../screens/account/inbox-screen';
import { INBOX_REFRESH_MS, InboxBell } from './inbox-bell';

const ITEM = '1b000000-0000-4000-8000-000000000001';

const session = (role: Session['user']['role']): Session =>
  ({
    accessToken: 't',
    expiresAt: Date.now() + 3600_000,
    user: { id: 'u1', role, name: '김재무', tenantName: '서울' },
  }) as unknown as Session;

const ok = (data: unknown) => ({ data, error: undefined, response: { ok: true, status: 200, headers: { get: () => null } } }) as never;

/** A server with one inbox: `unread` goes down when an item is marked read. */
function fakeInbox(unread: number) {
  const state = { unread, readAt: null as string | null };
  const get = jest.spyOn(api, 'GET').mockImplementation((async (path: string) => {
    if (path === '/api/me/inbox/count') return ok({ unread: state.unread });
    if (path === '/api/me/inbox')
      return ok({
        items: [
          {
            id: ITEM,
            eventType: 'finance.line.threshold_crossed',
            title: '[예산] NEWCOMER 집행률 80% 도달 / Budget line NEWCOMER passed 80%',
            body: '집행액이 예산의 80%를 넘었습니다.\nSpending has passed 80%.',
            link: 'http://localhost/finance-book/2027/lines/NEWCOMER',
            createdAt: '2027-03-02T01:00:00.000Z',
            readAt: state.readAt,
          },
        ],
        total: 1,
        unread: state.unread,
        page: 1,
        pageSize: 20,
      });
    throw new Error(`unexpected GET ${path}`);
  }) as never);
  const post = jest.spyOn(api, 'POST').mockImplementation((async (path: string) => {
    state.unread = Math.max(0, state.unread - 1);
    state.readAt = '2027-03-02T02:00:00.000Z';
    return ok({ unread: state.unread, path });
  }) as never);
  return { state, get, post };
}

const countCalls = (get: jest.SpyInstance) => get.mock.calls.filter(([path]) => path === '/api/me/inbox/count').length;

function renderWith(children: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('the inbox bell', () => {
  it('shows the unread count, linking to the inbox', async () => {
    fakeInbox(3);
    renderWith(<InboxBell session={session('finance_officer')} />);
    expect((await screen.findByTestId('inbox-bell-count')).textContent).toContain('3');
    expect(screen.getByTestId('inbox-bell').getAttribute('href')).toBe('/inbox');
    expect(screen.getByTestId('inbox-bell').textContent).toContain('읽지 않은 알림 3건');
  });

  it('shows no count when nothing is unread, and nothing at all for the platform operator', async () => {
    const { get } = fakeInbox(0);
    const { unmount } = renderWith(<InboxBell session={session('trainee')} />);
    await waitFor(() => expect(countCalls(get)).toBe(1));
    expect(screen.getByTestId('inbox-bell').textContent).toContain('읽지 않은 알림 없음');
    expect(screen.queryByTestId('inbox-bell-count')).toBeNull();
    unmount();
    get.mockClear();
    renderWith(<InboxBell session={session('platform_operator')} />);
    expect(screen.queryByTestId('inbox-bell')).toBeNull();
    expect(countCalls(get)).toBe(0);
  });

  it('asks again every minute', async () => {
    jest.useFakeTimers();
    const { state, get } = fakeInbox(1);
    renderWith(<InboxBell session={session('applicant')} />);
    expect((await screen.findByTestId('inbox-bell-count')).textContent).toContain('1');
    state.unread = 4;
    await act(async () => {
      jest.advanceTimersByTime(INBOX_REFRESH_MS);
    });
    await waitFor(() => expect(screen.getByTestId('inbox-bell-count').textContent).toContain('4'));
    expect(countCalls(get)).toBeGreaterThanOrEqual(2);
  });

  it('goes down as soon as an item is marked read on the inbox page', async () => {
    const { post } = fakeInbox(1);
    renderWith(
      <>
        <InboxBell session={session('finance_officer')} />
        <InboxScreen />
      </>,
    );
    expect((await screen.findByTestId('inbox-bell-count')).textContent).toContain('1');
    const item = await screen.findByTestId('inbox-item');
    expect(within(item).getByText(/집행액이 예산의 80%를 넘었습니다/)).toBeTruthy();
    expect(screen.getByTestId('inbox-count').textContent).toContain('모두 1건, 읽지 않음 1건');
    await userEvent.click(within(item).getByTestId('inbox-mark-read'));
    expect(post).toHaveBeenCalledWith('/api/me/inbox/{id}/read', { params: { path: { id: ITEM } } });
    await waitFor(() => expect(screen.queryByTestId('inbox-bell-count')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toContain('읽지 않음 0건'));
    expect(within(screen.getByTestId('inbox-item')).queryByTestId('inbox-mark-read')).toBeNull();
  });
});
