import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api, type ErrorBody } from '../../../api/client';
import { registerCatalogue, setLanguage } from '../../../i18n/i18n';
import '../words';
import { ExamForm, formatLicenceRules, parseLicenceRules } from './exam-form';
import { examOfficer } from './i18n';

registerCatalogue('examOfficer', examOfficer);

const refused = (field: string, code: string, params: Record<string, unknown>) =>
  ({
    error: {
      statusCode: 400,
      code: 'VALIDATION',
      message: `${field} must be shorter than or equal to 200 characters`,
      errors: [{ field, code, params, messages: [`${field} must be shorter than or equal to 200 characters`] }],
    } as unknown as ErrorBody,
    response: { ok: false, status: 400, statusText: 'Bad Request' } as Response,
  }) as never;

function fillIn() {
  const set = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
  set('exam-form-title-ko', '가'.repeat(201));
  set('exam-form-title-en', 'Test round');
  set('exam-form-announced', '2027-01-10');
  set('exam-form-opens', '2027-02-01');
  set('exam-form-closes', '2027-02-05');
  set('exam-form-cancel', '2027-02-10');
  set('exam-form-written', '2027-04-01');
  set('exam-form-result', '2027-05-01');
  set('exam-form-selection', '10');
}

describe('the exam form (finding 1)', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['ko', '200자 이하로 입력하세요.'],
    ['en', 'Enter at most 200 characters.'],
  ] as const)('shows the server’s problem with the title beside 시험명, in words (%s)', async (lang, words) => {
    await act(() => setLanguage(lang));
    const post = jest.spyOn(api, 'POST').mockResolvedValue(refused('titleKo', 'VALIDATION.MAX_LENGTH', { max: 200 }));
    const saved = jest.fn();
    render(<ExamForm onSaved={saved} />);
    fillIn();
    fireEvent.click(screen.getByTestId('exam-new-submit'));
    await waitFor(() => expect(screen.getByTestId('exam-form-title-ko-error').textContent).toBe(words));
    expect(screen.queryByText(/must be shorter/)).toBeNull();
    expect(saved).not.toHaveBeenCalled();
    const body = post.mock.calls[0][1] as unknown as { body: Record<string, unknown> };
    // Seoul wall-clock times (09:00 and 18:00 by default) go as instants.
    expect(body.body).toMatchObject({
      kind: 'open',
      applicationOpensAt: '2027-02-01T00:00:00.000Z',
      applicationClosesAt: '2027-02-05T09:00:00.000Z',
      selectionPlanned: 10,
    });
  });
});

describe('the licence bonus rules as the officer types them', () => {
  it('reads one rule a line, the job series optional, and writes them back the same way', () => {
    const rules = parseLicenceRules('정보처리기사, 5, computing\n\n컴퓨터활용능력 1급, 2%\n정보처리산업기사, 3, computing data_analyst');
    expect(rules).toEqual([
      { licenceName: '정보처리기사', percent: 5, jobSeries: ['computing'] },
      { licenceName: '컴퓨터활용능력 1급', percent: 2, jobSeries: [] },
      { licenceName: '정보처리산업기사', percent: 3, jobSeries: ['computing', 'data_analyst'] },
    ]);
    expect(parseLicenceRules(formatLicenceRules(rules!))).toEqual(rules);
  });

  it('refuses a line without a percent of 1 to 5', () => {
    expect(parseLicenceRules('정보처리기사')).toBeNull();
    expect(parseLicenceRules('정보처리기사, 7')).toBeNull();
    expect(parseLicenceRules('')).toEqual([]);
  });
});
