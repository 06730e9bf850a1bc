import './spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, type Schemas } from '../../api/client';
import { setLanguage } from '../../i18n/i18n';
import { SurveyForm } from './survey-screen';

const survey: Schemas['SatisfactionSurveyDueView'] = {
  cohortId: 'c1',
  courseNameKo: '적극행정 실무 과정',
  courseNameEn: 'Proactive administration in practice',
  startDate: '2027-03-02',
  endDate: '2027-03-04',
  items: [
    { code: 'overall', ko: '교육과정에 전반적으로 만족한다', en: 'Overall, I am satisfied with the course' },
    { code: 'content', ko: '교육 내용이 충실하고 이해하기 쉬웠다', en: 'The content was thorough and easy to follow' },
  ],
  instructors: [{ instructorId: 'i1', name: '박적극' }],
};

const renderForm = (onAnswered = jest.fn()) => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SurveyForm survey={survey} onAnswered={onAnswered} />
    </QueryClientProvider>,
  );
  return onAnswered;
};

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => jest.restoreAllMocks());

describe('the satisfaction survey', () => {
  it('names every question left out, beside it and in the summary, and focuses the first', async () => {
    const post = jest.spyOn(api, 'POST');
    renderForm();
    await userEvent.click(screen.getByTestId('survey-form-submit'));
    expect(screen.getByTestId('survey-overall-error').textContent).toBe('입력하세요.');
    expect(screen.getByTestId('survey-instructor-0-error').textContent).toBe('입력하세요.');
    expect(screen.getByTestId('survey-form-summary').textContent).toBe(
      '3개 항목을 확인하세요: 교육과정에 전반적으로 만족한다, 교육 내용이 충실하고 이해하기 쉬웠다, 박적극 강사',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('survey-overall-1')));
    expect(post).not.toHaveBeenCalled();
  });

  it('sends each score with its item and instructor, by keyboard alone', async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockResolvedValue({ data: { submitted: true }, error: undefined, response: { ok: true, status: 201 } } as never);
    const onAnswered = renderForm();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByTestId('survey-overall-1'));
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByTestId<HTMLInputElement>('survey-overall-5').checked).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}');
    await userEvent.tab();
    await userEvent.keyboard(' {ArrowRight}{ArrowRight}');
    await userEvent.tab();
    await userEvent.keyboard('좋았습니다');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(onAnswered).toHaveBeenCalled());
    expect(post).toHaveBeenCalledWith('/api/enrollment/surveys', {
      body: {
        cohortId: 'c1',
        items: [
          { itemCode: 'overall', score: 5 },
          { itemCode: 'content', score: 4 },
        ],
        instructors: [{ instructorId: 'i1', score: 3 }],
        comment: '좋았습니다',
      },
    });
  });

  it('asks its questions in English, the instructor named as a Korean proper name', () => {
    act(() => setLanguage('en'));
    renderForm();
    expect(screen.getByText('Overall, I am satisfied with the course')).toBeTruthy();
    const name = screen.getByText('박적극');
    expect(name.getAttribute('lang')).toBe('ko');
    expect(name.parentElement?.textContent).toContain('I was satisfied with 박적극 as instructor');
  });
});
