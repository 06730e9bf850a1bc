import { act, render, screen } from '@testing-library/react';
import type { Schemas } from '../../../api/client';
import { setLanguage } from '../../../i18n/i18n';
import { ScoreDisclosure } from './score-disclosure';

const disclosure: Schemas['ScoreDisclosureView'] = {
  examId: '00000000-0000-4000-8000-000000000001',
  examTitleKo: '2031년 시험',
  examTitleEn: '2031 exam',
  examNumber: '10100001',
  positionLabelKo: '일반행정 9급',
  result: 'fail',
  absent: false,
  subjects: [
    { nameKo: '국어', raw: 80, bonus: 10, withBonus: 90, belowMinimum: false },
    { nameKo: null, raw: 39, bonus: 0, withBonus: 39, belowMinimum: true },
  ],
  bonusPercent: 10,
  total: 129,
  average: 64.5,
  passMark: 70.25,
  standing: { rank: 15, sat: 320 },
  passed: 12,
  publishedAt: '2031-06-01T01:00:00.000Z',
  disclosureEndsAt: '2032-05-31T01:00:00.000Z',
};

describe('성적 공개 on the results screen', () => {
  it('shows each subject with its bonus, the total, average, pass mark, result and rank, in Korean', () => {
    act(() => setLanguage('ko'));
    render(<ScoreDisclosure disclosure={disclosure} />);
    const rows = screen.getAllByTestId('exam-scores-subject').map((r) => r.textContent);
    expect(rows[0]).toMatch(/국어.*80\.00.*10\.00.*90\.00/);
    expect(rows[1]).toMatch(/2과목.*39\.00.*과락/);
    expect(screen.getByTestId('exam-scores-average').textContent).toBe('64.50');
    expect(screen.getByTestId('exam-scores-pass-mark').textContent).toBe('70.25');
    expect(screen.getByTestId('exam-scores-rank').textContent).toBe('320명 중 15등');
    expect(screen.getByTestId('exam-scores-result').textContent).toBe('불합격');
    expect(screen.getByTestId('exam-scores-how').textContent).toContain('40점 이상인 과목에만');
  });

  it('tells an absent candidate so, with no scores or rank, and speaks English when asked', () => {
    act(() => setLanguage('en'));
    render(
      <ScoreDisclosure
        disclosure={{ ...disclosure, absent: true, result: 'absent', subjects: [], total: null, average: null, standing: null }}
      />,
    );
    expect(screen.getByTestId('exam-scores-absent').textContent).toContain('absent');
    expect(screen.queryByTestId('exam-scores-subjects')).toBeNull();
    expect(screen.queryByTestId('exam-scores-rank')).toBeNull();
    expect(screen.getByTestId('exam-scores-pass-mark').textContent).toBe('70.25');
    expect(screen.getByTestId('exam-scores-result').textContent).toBe('Absent');
  });
});
