import '../../enrollment/spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { api, ApiError } from '../../../api/client';
import { setLanguage } from '../../../i18n/i18n';
import { holdPlaceFrom, WaitingRoomPanel } from './waiting-room-panel';

const ok = (data: unknown) => ({ data, error: undefined, response: { ok: true, status: 200, headers: { get: () => null } } }) as never;

const waiting = {
  queued: true,
  admitted: false,
  ticket: 5321,
  ahead: 120,
  estimatedWaitSeconds: 60,
  admittedPerSecond: 2,
  pass: '1767000060-1767000660.' + 'a'.repeat(43),
  passSeconds: 600,
};

function renderPanel(place: object) {
  const get = jest.spyOn(api, 'GET').mockImplementation((async () => ok(place)) as never);
  const onAdmitted = jest.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <WaitingRoomPanel onAdmitted={onAdmitted} />
    </QueryClientProvider>,
  );
  return { get, onAdmitted, client };
}

const advance = (ms: number) =>
  act(async () => {
    jest.advanceTimersByTime(ms);
  });

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('the waiting room on the page', () => {
  it('asks for the place once, counts it down by itself, and hands the pass over at the turn', async () => {
    jest.useFakeTimers();
    const { get, onAdmitted } = renderPanel(waiting);
    expect((await screen.findByTestId('waiting-room-ticket')).textContent).toBe('대기번호 5,321번');
    expect(screen.getByTestId('waiting-room-ahead').textContent).toContain('내 앞에 120명');
    expect(screen.getByTestId('waiting-room-wait').textContent).toContain('1분');

    // Thirty seconds on, at 2 let in per second: 60 fewer ahead and half the wait, with no new question to the server.
    await advance(30_000);
    expect(screen.getByTestId('waiting-room-ahead').textContent).toContain('내 앞에 60명');
    expect(screen.getByTestId('waiting-room-wait').textContent).toContain('30초');
    expect(onAdmitted).not.toHaveBeenCalled();

    await advance(30_000);
    expect(onAdmitted).toHaveBeenCalledTimes(1);
    expect(onAdmitted).toHaveBeenCalledWith(waiting.pass);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('hands the pass over at once when already let in, and shows nothing', async () => {
    const { onAdmitted } = renderPanel({ ...waiting, admitted: true, ahead: 0, estimatedWaitSeconds: 0 });
    await waitFor(() => expect(onAdmitted).toHaveBeenCalledWith(waiting.pass));
    expect(screen.queryByTestId('waiting-room')).toBeNull();
  });

  it('shows the place a refused submission carries without asking for it, and hands its pass over at the turn', async () => {
    jest.useFakeTimers();
    const { get, onAdmitted, client } = renderPanel({
      queued: false,
      admitted: false,
      ahead: 0,
      estimatedWaitSeconds: 0,
      admittedPerSecond: 2,
    });
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    const { queued: _queued, admitted: _admitted, ...params } = waiting;
    const refusal = new ApiError(429, {
      statusCode: 429,
      code: 'WAITING_ROOM.QUEUED',
      message: '대기 중 / Queued',
      params: { ...params, retryAfterSeconds: 10 },
    });
    await act(() => holdPlaceFrom(client, refusal));
    expect((await screen.findByTestId('waiting-room-ticket')).textContent).toBe('대기번호 5,321번');
    expect(screen.getByTestId('waiting-room-ahead').textContent).toContain('내 앞에 120명');
    await advance(60_000);
    expect(onAdmitted).toHaveBeenCalledWith(waiting.pass);
    expect(get).toHaveBeenCalledTimes(1);
  });
});
