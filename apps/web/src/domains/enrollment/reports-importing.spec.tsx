import './spec-polyfills';
import { act, render, screen } from '@testing-library/react';
import { setLanguage } from '../../i18n/i18n';
import { ImportingNotice } from './reports-screen';

afterEach(() => act(() => setLanguage('ko')));

describe("the results report while the year's completions are imported", () => {
  it('shows how far the import is, in Korean and in English', () => {
    const { rerender } = render(<ImportingNotice year={2021} importing={{ status: 'running', percent: 45, rowsRead: 320_000 }} />);
    expect(screen.getByTestId('results-importing').textContent).toContain('2021년 수료 기록 가져오는 중 45%');
    const bar = screen.getByTestId('results-import-progress') as HTMLProgressElement;
    expect(bar.value).toBe(45);
    expect(bar.getAttribute('aria-valuetext')).toBe('45% — 320,000행 읽음');
    act(() => setLanguage('en'));
    rerender(<ImportingNotice year={2021} importing={{ status: 'running', percent: 45, rowsRead: 320_000 }} />);
    expect(screen.getByTestId('results-importing').textContent).toContain('Importing 2021 completions 45%');
  });

  it('says when it waits for the catalog and when it stopped', () => {
    const { rerender } = render(<ImportingNotice year={2021} importing={{ status: 'waiting', percent: 0, rowsRead: 0 }} />);
    expect(screen.getByTestId('results-importing').textContent).toContain('교육과정 목록을 기다리고 있습니다');
    rerender(<ImportingNotice year={2021} importing={{ status: 'failed', percent: 30, rowsRead: 1 }} />);
    expect(screen.getByTestId('results-importing').textContent).toContain('다시 시작하면 이어서 가져옵니다');
  });
});
