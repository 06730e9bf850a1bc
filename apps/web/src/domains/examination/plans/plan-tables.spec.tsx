import '../assessments/spec-polyfills';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Schemas } from '../../../api/client';
import { i18next, setLanguage } from '../../../i18n/i18n';
import { GradePlan } from './assessment-plan-screen';
import { assessmentRows, recruitmentRows, type Translate, unplacedText, yearChoices, yearFrom } from './plan-rows';
import { MarkedKorean } from './shared';

const t: Translate = (key, options) => String(i18next.getFixedT(null, 'examPlans')(key, options as never));

/** 4-2 of the 2022 report: selections 35/20/25/20 (100), rounds 8/6/7/6 (27); one exam held in Q1. */
const recruitment: Schemas['RecruitmentPlanReportView'] = {
  fiscalYear: 2022,
  kind: 'career',
  hasPlan: true,
  planned: { selections: [35, 20, 25, 20], rounds: [8, 6, 7, 6] },
  plannedTotal: { selections: 100, rounds: 27 },
  held: { rounds: [1, 0, 0, 0], announced: [5, 0, 0, 0], selected: [4, 0, 0, 0] },
  heldTotal: { rounds: 1, announced: 5, selected: 4 },
};

/** 4-3's grade 4 (3회(60명) in Q2 and Q4, 과제개발 in Q1 and Q3) and grade 5 (two cells without a quarter). */
const grade4: Schemas['AssessmentPlanGradeView'] = {
  grade: 4,
  planned: [
    { rounds: null, candidates: null, noteKo: '(과제개발)', noteEn: 'task development (과제개발)' },
    { rounds: 3, candidates: 60, noteKo: null, noteEn: null },
    { rounds: null, candidates: null, noteKo: '(과제개발)', noteEn: 'task development (과제개발)' },
    { rounds: 3, candidates: 60, noteKo: null, noteEn: null },
  ],
  unplaced: [],
  plannedTotal: { rounds: 6, candidates: 120 },
  held: { rounds: [0, 1, 0, 0], candidates: [0, 18, 0, 0] },
  heldTotal: { rounds: 1, candidates: 18 },
};
const grade5: Schemas['AssessmentPlanGradeView'] = {
  grade: 5,
  // As the service sends it: four quarters, none placed.
  planned: [null, null, null, null] as unknown as Schemas['AssessmentPlanGradeView']['planned'],
  unplaced: [
    { rounds: 4, candidates: 270, noteKo: null, noteEn: null },
    { rounds: 5, candidates: 330, noteKo: null, noteEn: null },
  ],
  plannedTotal: { rounds: 9, candidates: 600 },
  held: { rounds: [0, 0, 0, 0], candidates: [0, 0, 0, 0] },
  heldTotal: { rounds: 0, candidates: 0 },
};

beforeEach(() => act(() => setLanguage('ko')));

describe("4-2's career recruitment plan against the exams held", () => {
  it('gives the planned selections and rounds per quarter, then what the exams held announced and passed', () => {
    const rows = recruitmentRows(recruitment, t);
    expect(rows.map((r) => [r.key, r.kind, r.cells, r.total])).toEqual([
      ['plannedSelections', 'planned', ['35명', '20명', '25명', '20명'], '100명'],
      ['plannedRounds', 'planned', ['8회', '6회', '7회', '6회'], '27회'],
      ['heldRounds', 'held', ['1회', '0회', '0회', '0회'], '1회'],
      ['announced', 'held', ['5명', '0명', '0명', '0명'], '5명'],
      ['selected', 'held', ['4명', '0명', '0명', '0명'], '4명'],
    ]);
  });

  it('leaves the planned rows out of a year without a plan', () => {
    const rows = recruitmentRows({ ...recruitment, hasPlan: false }, t);
    expect(rows.map((r) => r.key)).toEqual(['heldRounds', 'announced', 'selected']);
  });

  it('speaks English with no Korean unit', () => {
    act(() => setLanguage('en'));
    const rows = recruitmentRows(recruitment, t);
    expect(rows[0]).toMatchObject({ label: 'Planned selections', cells: ['35', '20', '25', '20'], total: '100' });
  });
});

describe("4-3's assessment plan against the rounds held", () => {
  it("prints the plan's cells as the source does, the task development quarters by their note", () => {
    expect(assessmentRows(grade4, t, 'ko').map((r) => [r.key, r.cells, r.total])).toEqual([
      ['planned', ['(과제개발)', '3회(60명)', '(과제개발)', '3회(60명)'], '6회(120명)'],
      ['held', ['0회(0명)', '1회(18명)', '0회(0명)', '0회(0명)'], '1회(18명)'],
    ]);
    act(() => setLanguage('en'));
    expect(assessmentRows(grade4, t, 'en')[0].cells).toEqual([
      'task development (과제개발)',
      '3 (60 candidates)',
      'task development (과제개발)',
      '3 (60 candidates)',
    ]);
  });

  it("names grade 5's cells without a quarter under its table, counted in the year only", () => {
    expect(assessmentRows(grade5, t, 'ko')[0]).toMatchObject({ cells: ['—', '—', '—', '—'], total: '9회(600명)' });
    expect(unplacedText(grade5, t, 'ko')).toBe('원문에서 분기를 알 수 없는 계획: 4회(270명), 5회(330명) (연간 합계에만 포함)');
    expect(unplacedText(grade4, t, 'ko')).toBeNull();
  });

  it('shows a grade as a table, planned beside held, and the unplaced cells', () => {
    render(
      <MemoryRouter>
        <GradePlan grade={grade5} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('assessment-plan-5-planned-total').textContent).toBe('9회(600명)');
    expect(screen.getByTestId('assessment-plan-5-held-q1').textContent).toBe('0회(0명)');
    expect(screen.getByTestId('assessment-plan-5-unplaced').textContent).toContain('4회(270명), 5회(330명)');
    expect(screen.getByRole('heading', { name: '5급 승진 역량평가' })).toBeTruthy();
  });
});

describe('the year', () => {
  it('is taken from the address only when it is a year, and offered among 2020 to next year', () => {
    expect([yearFrom('2022'), yearFrom('22'), yearFrom('1999'), yearFrom(null)]).toEqual([2022, undefined, undefined, undefined]);
    expect(yearChoices(2026, 2022)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearChoices(2026, 2015).at(-1)).toBe(2015);
  });
});

describe('Korean terms in English cells', () => {
  it('are marked as Korean, the rest left as it is', () => {
    const { container } = render(<MarkedKorean text="task development (과제개발)" />);
    expect(container.innerHTML).toBe('task development (<span lang="ko">과제개발</span>)');
  });
});
