import '../assessments/spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { api, ApiError, type ErrorBody, type Schemas } from '../../../api/client';
import { uploadFile } from '../../../api/files';
import { sessionStore } from '../../../api/session';
import { setLanguage } from '../../../i18n/i18n';
import { NoticeEditor, subjectsFrom } from './notice-screen';

jest.mock('../../../api/files', () => ({ uploadFile: jest.fn(), downloadFile: jest.fn() }));

const EXAM_ID = '00000000-0000-4000-8000-0000000000e1';
const exam = {
  id: EXAM_ID,
  kind: 'open',
  titleKo: '2027년도 제1회 시험',
  titleEn: '2027 exam, round 1',
  applicationOpensAt: '2027-02-01T00:00:00Z',
  applicationClosesAt: '2027-02-05T09:00:00Z',
  cancellationClosesAt: '2027-02-10T09:00:00Z',
  writtenExamOn: '2027-04-01',
  resultOn: '2027-05-01',
  subjects: ['국어', '영어'],
  residencyRegionKo: null,
  eligibilityKo: null,
  eligibilityEn: null,
  residencyCutoffOn: null,
  notice: { fileName: '공고문.pdf', size: 204_800, uploadedAt: '2027-01-10T01:00:00Z' },
} as unknown as Schemas['ExamView'];

const pdf = () => new File(['%PDF-1.7\n'], '2027 공고문.pdf', { type: 'application/pdf' });

function wrap(of: Schemas['ExamView'] = exam) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <NoticeEditor exam={of} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeAll(() => {
  sessionStore.start({
    accessToken: 'token',
    expiresIn: 3600,
    user: { id: 'u1', role: 'exam_officer', roles: ['exam_officer'], tenantSlug: 'seoul-hrd' } as never,
  });
});
beforeEach(() => {
  (uploadFile as jest.Mock).mockReset();
  return act(() => setLanguage('ko'));
});
afterEach(() => jest.restoreAllMocks());

describe('the subjects box', () => {
  it('keeps one subject a line, in order, without blank lines or spaces around', () => {
    expect(subjectsFrom(' 국어\n\n영어 \r\n한국사\n')).toEqual(['국어', '영어', '한국사']);
    expect(subjectsFrom('')).toEqual([]);
  });
});

describe("the officer's notice screen", () => {
  it('shows the notice in place and links to the public announcement of the institute', () => {
    wrap();
    expect(screen.getByTestId('exam-notice-current').textContent).toContain('공고문.pdf (200 KB)');
    expect(screen.getByTestId('exam-notice-preview').getAttribute('href')).toBe(`/exams/seoul-hrd/${EXAM_ID}`);
    expect(screen.getByTestId('exam-notice-schedule-edit').getAttribute('href')).toBe(`/exam-officer/${EXAM_ID}?tab=overview`);
  });

  it('puts a chosen PDF in place of the old one only when asked, with its name', async () => {
    (uploadFile as jest.Mock).mockResolvedValue({ fileName: '2027 공고문.pdf', size: 9, uploadedAt: '2027-01-11T00:00:00Z' });
    wrap();
    await userEvent.upload(screen.getByTestId('exam-notice-upload-input'), pdf());
    expect(uploadFile).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('exam-notice-upload-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('exam-notice-upload-status').textContent).toContain('공고문을 올렸습니다: 2027 공고문.pdf'),
    );
    const [path, file, options] = (uploadFile as jest.Mock).mock.calls[0];
    expect([path, (file as File).name, options]).toEqual([`/api/exam/exams/${EXAM_ID}/notice`, '2027 공고문.pdf', { method: 'PUT' }]);
  });

  it('refuses a file that is not a PDF before sending it', async () => {
    wrap();
    fireEvent.change(screen.getByTestId('exam-notice-upload-input'), {
      target: { files: [new File(['png'], 'photo.png', { type: 'image/png' })] },
    });
    expect(screen.getByTestId('exam-notice-upload').textContent).toContain('.pdf');
    expect(screen.queryByTestId('exam-notice-upload-submit')).toBeNull();
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('says in words why the server refused a file named .pdf that is not one', async () => {
    wrap();
    (uploadFile as jest.Mock).mockRejectedValue(
      new ApiError(400, {
        statusCode: 400,
        code: 'EXAM_NOTICE.NOT_PDF',
        message: 'the notice must be a PDF file',
        field: 'file',
      } as unknown as ErrorBody),
    );
    await userEvent.upload(
      screen.getByTestId('exam-notice-upload-input'),
      new File(['not a pdf'], 'fake.pdf', { type: 'application/pdf' }),
    );
    await userEvent.click(screen.getByTestId('exam-notice-upload-submit'));
    await waitFor(() => expect(screen.getByTestId('exam-notice-upload-status').textContent).toContain('공고문은 PDF 파일만 받습니다.'));
    expect(screen.getByTestId('exam-notice-upload-status').textContent).not.toContain('EXAM_NOTICE');
  });

  it.each([
    ['ko', '저장했습니다.'],
    ['en', 'Saved.'],
  ] as const)('saves the subjects in order and the residency rule (%s)', async (lang, saved) => {
    await act(() => setLanguage(lang));
    const patch = jest.spyOn(api, 'PATCH').mockResolvedValue({ data: exam, response: { ok: true, status: 200 } as Response } as never);
    wrap();
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('exam-notice-subjects'));
    await user.type(screen.getByTestId('exam-notice-subjects'), '한국사{Enter}{Enter}행정법총론');
    await user.type(screen.getByTestId('exam-notice-residency-region'), '서울특별시');
    fireEvent.change(screen.getByTestId('exam-notice-residency-cutoff'), { target: { value: '2027-01-01' } });
    await user.type(screen.getByTestId('exam-notice-eligibility-ko'), '결격사유가 없는 사람');
    await user.click(screen.getByTestId('exam-notice-form-submit'));
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(patch.mock.calls[0][1]).toEqual({
      params: { path: { id: EXAM_ID } },
      body: {
        subjects: ['한국사', '행정법총론'],
        residencyRegionKo: '서울특별시',
        residencyCutoffOn: '2027-01-01',
        // The announcement's own words go as typed (the server tidies them); an empty box clears them.
        eligibilityKo: '결격사유가 없는 사람',
        eligibilityEn: '',
      },
    });
    await waitFor(() => expect(screen.getByTestId('exam-notice-form').textContent).toContain(saved));
  });

  it('refuses more than ten subjects beside the box, without asking the server', async () => {
    const patch = jest.spyOn(api, 'PATCH');
    wrap();
    fireEvent.change(screen.getByTestId('exam-notice-subjects'), {
      target: { value: Array.from({ length: 11 }, (_, i) => `과목${i + 1}`).join('\n') },
    });
    fireEvent.click(screen.getByTestId('exam-notice-form-submit'));
    await waitFor(() => expect(screen.getByTestId('exam-notice-subjects-error').textContent).toBe('10개까지 고를 수 있습니다.'));
    expect(patch).not.toHaveBeenCalled();
  });
});
