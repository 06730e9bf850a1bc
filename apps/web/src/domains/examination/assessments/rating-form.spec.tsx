import './spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, type Schemas } from '../../../api/client';
import { setLanguage } from '../../../i18n/i18n';
import { RatingForm, ratingsBody, wholeScore } from './rating-screen';

const task: Schemas['AssessorTaskView'] = {
  candidateId: '11111111-1111-4111-8111-111111111111',
  candidateCode: 'C-111111',
  round: { id: 'r1', targetGrade: 5, year: 2027, roundNo: 2, heldOn: '2027-05-18', completed: false },
  technique: { code: 'in_basket_exercise', ko: '서류함 기법', en: 'In-basket exercise' },
  competencies: [
    { code: 'policy_management', ko: '정책기획', en: 'Policy planning', score: null, comment: null },
    { code: 'communication', ko: '의사소통', en: 'Communication', score: 4, comment: '명확함' },
  ],
};

const renderForm = (t: Schemas['AssessorTaskView'] = task) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RatingForm task={t} />
    </QueryClientProvider>,
  );

const formId = `rating-${task.candidateId}-in_basket_exercise-form`;

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => jest.restoreAllMocks());

describe("the assessor's rating form", () => {
  it('shows the ratings given so far', () => {
    renderForm();
    expect(screen.getByTestId<HTMLInputElement>('rating-score-communication').value).toBe('4');
    expect(screen.getByTestId<HTMLTextAreaElement>('rating-comment-communication').value).toBe('명확함');
    expect(screen.getByText('2027년 5급 2회차 · C-111111 · 서류함 기법')).toBeTruthy();
  });

  it('names an out-of-range score in Korean beside its own field and sends nothing', async () => {
    const put = jest.spyOn(api, 'PUT');
    renderForm();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByTestId('rating-score-policy_management'));
    await userEvent.keyboard('7{Enter}');
    await waitFor(() => expect(screen.getByTestId('rating-score-policy_management-error').textContent).toBe('5 이하로 입력하세요.'));
    expect(screen.getByTestId(`${formId}-summary`).textContent).toContain('정책기획 점수');
    expect(put).not.toHaveBeenCalled();
  });

  it("places the server's coded problem of a score beside that score, in the user's language", async () => {
    const body = {
      statusCode: 400,
      code: 'VALIDATION.FAILED',
      message: 'ratings.0.score: score must not be less than 1',
      errors: [{ field: 'ratings.0.score', code: 'VALIDATION.MIN', params: { min: 1 }, messages: ['score must not be less than 1'] }],
    };
    jest.spyOn(api, 'PUT').mockResolvedValue({ data: undefined, error: body, response: { ok: false, status: 400 } } as never);
    renderForm({ ...task, competencies: task.competencies.map((c) => ({ ...c, score: 3 })) });
    await userEvent.click(screen.getByTestId(`${formId}-submit`));
    await waitFor(() => expect(screen.getByTestId('rating-score-policy_management-error').textContent).toBe('1 이상으로 입력하세요.'));
    expect(document.body.textContent).not.toContain('must not be less');
  });

  it('sends every competency with its score and observation, by keyboard alone', async () => {
    const put = jest
      .spyOn(api, 'PUT')
      .mockResolvedValue({ data: { rated: 2 }, error: undefined, response: { ok: true, status: 200 } } as never);
    renderForm();
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('근거 제시가 구체적');
    await userEvent.tab();
    await userEvent.keyboard('{Backspace}5');
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByTestId(`${formId}-submit`));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId(`${formId}-status`).textContent).toContain('저장했습니다.'));
    expect(put).toHaveBeenCalledWith('/api/exam/assessments/ratings', {
      body: {
        candidateId: task.candidateId,
        technique: 'in_basket_exercise',
        ratings: [
          { competency: 'policy_management', score: 3, comment: '근거 제시가 구체적' },
          { competency: 'communication', score: 5, comment: '명확함' },
        ],
      },
    });
  });

  it('speaks English in English mode', () => {
    act(() => setLanguage('en'));
    renderForm();
    expect(screen.getByText('2027 grade 5, round 2 · C-111111 · In-basket exercise')).toBeTruthy();
    expect(screen.getByLabelText(/Policy planning: score/)).toBeTruthy();
  });

  it('is closed once the round is consolidated', () => {
    renderForm({ ...task, round: { ...task.round, completed: true } });
    expect(screen.queryByTestId(formId)).toBeNull();
    expect(screen.getByText('결과가 확정된 회차라 평정을 고칠 수 없습니다.')).toBeTruthy();
  });
});

describe('the rating rules', () => {
  it('takes whole scores only', () => {
    expect(wholeScore(3)).toBeNull();
    expect(wholeScore(2.5)).toEqual({ code: 'VALIDATION.INTEGER' });
    expect(wholeScore(undefined)).toBeNull();
  });

  it('leaves out a blank observation', () => {
    expect(ratingsBody(task, { ratings: [{ score: 2, comment: '  ' }, { score: 4 }] }).ratings).toEqual([
      { competency: 'policy_management', score: 2 },
      { competency: 'communication', score: 4 },
    ]);
  });
});
