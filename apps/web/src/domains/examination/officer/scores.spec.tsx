import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError, type ErrorBody, type Schemas } from '../../../api/client';
import { uploadFile } from '../../../api/files';
import { registerCatalogue, setLanguage } from '../../../i18n/i18n';
import { examOfficer } from './i18n';
import { ScoresTab } from './season-later';

jest.mock('../../../api/files', () => ({ uploadFile: jest.fn(), downloadFile: jest.fn() }));
registerCatalogue('examOfficer', examOfficer);

// jsdom has no modal dialogs: open and close as the browser would.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => {
  (uploadFile as jest.Mock).mockReset();
  return act(() => setLanguage('ko'));
});

const exam = { id: '00000000-0000-4000-8000-000000000001', kind: 'open' } as Schemas['ExamView'];
const file = new File(['응시번호,국어\r\n10100001,90'], 'omr.csv', { type: 'text/csv' });
const wrap = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ScoresTab exam={exam} />
    </QueryClientProvider>,
  );

describe('the written scores upload (finding 12)', () => {
  it('sends nothing on choosing the file, nor when the confirmation is closed; only once confirmed', async () => {
    (uploadFile as jest.Mock).mockResolvedValue({ scored: 1, absent: 0, subjects: ['국어'] });
    wrap();
    expect((screen.getByTestId('exam-scores-upload') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.upload(screen.getByTestId('exam-scores-file'), file);
    await userEvent.click(screen.getByTestId('exam-scores-upload'));
    expect(screen.getByTestId('exam-scores-confirm').textContent).toContain('omr.csv');
    await userEvent.click(screen.getByTestId('exam-scores-confirm-close'));
    expect(uploadFile).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('exam-scores-upload'));
    await userEvent.click(screen.getByTestId('exam-scores-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('exam-scores-status').textContent).toContain('1명의 성적을 등록했습니다 (결시 0명).'));
    expect(uploadFile).toHaveBeenCalledTimes(1);
    expect((uploadFile as jest.Mock).mock.calls[0][0]).toBe(`/api/exam/exams/${exam.id}/written-scores`);
  });

  it('lists what is wrong in the file, line by line, in words', async () => {
    (uploadFile as jest.Mock).mockRejectedValue(
      new ApiError(400, {
        statusCode: 400,
        code: 'VALIDATION',
        message: 'bad',
        errors: [{ field: '3행', code: 'VALIDATION.REQUIRED', messages: [] }],
      } as unknown as ErrorBody),
    );
    wrap();
    await userEvent.upload(screen.getByTestId('exam-scores-file'), file);
    await userEvent.click(screen.getByTestId('exam-scores-upload'));
    await userEvent.click(screen.getByTestId('exam-scores-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('exam-scores-problems').textContent).toContain('3행:'));
    expect(screen.getByTestId('exam-scores-problems').textContent).not.toContain('VALIDATION');
  });
});
