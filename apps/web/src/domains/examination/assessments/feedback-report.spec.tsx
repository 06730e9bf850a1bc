import './spec-polyfills';
import { act, render, screen } from '@testing-library/react';
import type { Schemas } from '../../../api/client';
import { setLanguage } from '../../../i18n/i18n';
import { FeedbackReport, isBelow } from './feedback-report';
import { competencyNamer, points, roundState, toHundredths } from './shared';

const report: Schemas['FeedbackReportView'] = {
  candidateId: 'c1',
  nameKo: '정교육생',
  round: { id: 'r1', targetGrade: 5, year: 2027, roundNo: 1, heldOn: '2027-05-18' },
  attempt: 1,
  attemptsLeft: 2,
  completed: true,
  passed: false,
  overall: 240,
  passThreshold: 250,
  competencies: [
    { code: 'policy_management', ko: '정책기획', en: 'Policy planning', score: 300 },
    { code: 'communication', ko: '의사소통', en: 'Communication', score: 180 },
  ],
  strengths: ['policy_management'],
  development: ['communication'],
  comments: [{ competency: 'communication', technique: 'role_play', comment: '상대의 말을 끊음' }],
  preparatoryCourse: {
    cohortId: 'p1',
    courseNameKo: '역량평가 이해과정',
    startDate: '2027-06-02',
    endDate: '2027-06-04',
    cancelled: false,
  },
} as Schemas['FeedbackReportView'];

beforeEach(() => act(() => setLanguage('ko')));

describe('the feedback report', () => {
  it('shows the overall against the pass mark, each score, the competencies below it, strengths and the course', () => {
    render(<FeedbackReport report={report} />);
    expect(screen.getByTestId('feedback-overall').textContent).toBe('종합 점수 2.40 (통과 기준 2.50)');
    expect(screen.getByTestId('feedback-result').textContent).toBe('불합격');
    expect(screen.getAllByTestId('feedback-communication')[0].textContent).toContain('기준 미달');
    expect(screen.getAllByTestId('feedback-policy_management')[0].textContent).not.toContain('기준 미달');
    expect(screen.getByTestId('feedback-details').textContent).toContain('정책기획');
    expect(screen.getByTestId('feedback-details').textContent).toContain('남은 응시 기회 2회');
    expect(screen.getByTestId('feedback-comments').textContent).toBe('의사소통 — 상대의 말을 끊음');
  });

  it('only says the results are not final before consolidation', () => {
    render(<FeedbackReport report={{ ...report, completed: false, passed: null, overall: null }} />);
    expect(screen.getByTestId('feedback-pending').textContent).toBe('평가 결과가 아직 확정되지 않았습니다.');
    expect(screen.queryByTestId('feedback-scores')).toBeNull();
  });

  it('reads in English, the course name marked Korean', () => {
    act(() => setLanguage('en'));
    render(<FeedbackReport report={report} />);
    expect(screen.getByTestId('feedback-overall').textContent).toBe('Overall 2.40 (pass mark 2.50)');
    expect(screen.getByTestId('feedback-result').textContent).toBe('Not passed');
    expect(screen.getByText('역량평가 이해과정').getAttribute('lang')).toBe('ko');
  });
});

describe('scores and rounds', () => {
  it('writes hundredths as points and back', () => {
    expect(points(250)).toBe('2.50');
    expect(points(null)).toBe('—');
    expect(toHundredths(2.5)).toBe(250);
    expect(toHundredths(3.33)).toBe(333);
  });

  it('counts no score as below the pass mark', () => {
    expect(isBelow(null, 250)).toBe(true);
    expect(isBelow(250, 250)).toBe(false);
    expect(isBelow(249, 250)).toBe(true);
  });

  it("tells a round's state", () => {
    expect(roundState({ completedOn: '2027-05-20', assignedAt: 'x' })).toBe('completed');
    expect(roundState({ completedOn: null, assignedAt: '2027-05-01T00:00:00Z' })).toBe('assigned');
    expect(roundState({ completedOn: null, assignedAt: null })).toBe('open');
  });

  it('names a competency in the language asked, a code it does not know as itself', () => {
    expect(competencyNamer(report, 'en')('communication')).toBe('Communication');
    expect(competencyNamer(report, 'ko')('communication')).toBe('의사소통');
    expect(competencyNamer(report, 'ko')('unknown')).toBe('unknown');
  });
});
