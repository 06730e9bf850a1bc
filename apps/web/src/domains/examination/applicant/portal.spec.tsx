import { act, render, screen } from '@testing-library/react';
import { setLanguage } from '../../../i18n/i18n';
import { Countdown } from './countdown';
import { examsOf, timeLeft } from './rules';

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => jest.useRealTimers());

describe('the time left until the deadline', () => {
  it('counts whole days, hours, minutes and seconds, and nothing once it has passed', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(timeLeft('2027-01-03T04:05:06.900Z', now)).toEqual({ days: 2, hours: 4, minutes: 5, seconds: 6 });
    expect(timeLeft('2027-01-01T00:00:00Z', now)).toBeNull();
    expect(timeLeft('2026-12-31T23:59:59Z', now)).toBeNull();
  });
});

describe('the portal filter', () => {
  it("keeps one institute's exams, or all of them", () => {
    const exams = [
      { institute: { slug: 'a' }, id: '1' },
      { institute: { slug: 'b' }, id: '2' },
    ];
    expect(examsOf(exams, 'b').map((e) => e.id)).toEqual(['2']);
    expect(examsOf(exams, '').map((e) => e.id)).toEqual(['1', '2']);
  });
});

describe('the countdown', () => {
  it('ticks for the eye, hidden from screen readers and never announced, which read one static sentence', () => {
    jest.useFakeTimers({ now: new Date('2027-01-01T00:00:00Z') });
    render(<Countdown opensAt="2026-12-01T00:00:00Z" closesAt="2027-01-02T00:00:10Z" />);
    const ticking = screen.getByTestId('exam-countdown-time');
    expect(ticking.textContent).toBe('1일 00시간 00분 10초');
    expect(ticking.getAttribute('aria-live')).toBe('off');
    expect(ticking.closest('[aria-hidden="true"]')).not.toBeNull();
    const sentence = screen.getByText(/^원서 접수 마감: /);
    expect(sentence.className).toBe('sr-only');
    act(() => jest.advanceTimersByTime(3000));
    expect(ticking.textContent).toBe('1일 00시간 00분 07초');
    expect(sentence.textContent).toMatch(/^원서 접수 마감: /);
  });

  it('says applications are closed after the deadline', () => {
    jest.useFakeTimers({ now: new Date('2027-01-03T00:00:00Z') });
    render(<Countdown opensAt="2026-12-01T00:00:00Z" closesAt="2027-01-02T00:00:00Z" />);
    expect(screen.getByTestId('exam-countdown').textContent).toBe('원서 접수가 마감되었습니다.');
  });
});
