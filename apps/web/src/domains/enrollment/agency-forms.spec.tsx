import './spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { api, type ErrorBody, type Schemas } from '../../api/client';
import { setLanguage } from '../../i18n/i18n';
import { NominateSection } from './agency-nominate';
import { TraineeForm } from './agency-trainees';

const wrap = (node: ReactNode) => render(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);
const trainee = (id: string, name: string): Schemas['TraineeView'] =>
  ({
    id,
    name,
    tenantId: 't',
    userId: null,
    agencyCode: 'MAPO-GU',
    employeeNo: null,
    grade: '7급',
    position: null,
    jobSeries: null,
    createdAt: '',
    updatedAt: '',
  }) as Schemas['TraineeView'];
const cohort = {
  cohortId: 'c1',
  hostTenantId: 't',
  hostTenant: null,
  courseNameKo: '리더십 과정',
  courseNameEn: 'Leadership',
  courseCode: 'LEAD',
  startDate: '2027-03-02',
  endDate: '2027-03-04',
} as unknown as Schemas['HostedCatalogCohortView'];
const answered = (data: unknown) => ({ data, error: undefined, response: { ok: true, status: 201 } }) as never;
const refused = (status: number, body: Partial<ErrorBody>) =>
  ({ data: undefined, error: { statusCode: status, message: 'x', ...body }, response: { ok: false, status } }) as never;

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => jest.restoreAllMocks());

describe('the trainee registration form (an agency admin makes trainee accounts)', () => {
  it('marks the empty name beside it and focuses it, sending nothing', async () => {
    const post = jest.spyOn(api, 'POST');
    wrap(<TraineeForm />);
    await userEvent.click(screen.getByTestId('trainee-form-submit'));
    expect(screen.getByTestId('trainee-name-error').textContent).toBe('입력하세요.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('trainee-name')));
    expect(screen.getByTestId('trainee-form-summary').textContent).toBe('1개 항목을 확인하세요: 성명');
    expect(post).not.toHaveBeenCalled();
  });

  it('marks a bad e-mail beside its field, in Korean and in English', async () => {
    wrap(<TraineeForm />);
    await userEvent.type(screen.getByTestId('trainee-name'), '김마포');
    await userEvent.type(screen.getByTestId('trainee-email'), 'kim.mapo');
    await userEvent.click(screen.getByTestId('trainee-form-submit'));
    expect(screen.getByTestId('trainee-email-error').textContent).toBe('이메일 주소 형식으로 입력하세요 (예: hong@example.com).');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('trainee-email')));
    act(() => setLanguage('en'));
    expect(screen.getByTestId('trainee-email-error').textContent).toBe('Enter an e-mail address (e.g. hong@example.com).');
  });

  it("shows the server's taken e-mail beside the e-mail field, and the temporary password beside the button when it works", async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockResolvedValueOnce(
        refused(409, { code: 'AUTH.EMAIL_TAKEN', field: 'email', errors: [{ field: 'email', code: 'AUTH.EMAIL_TAKEN' }] }),
      )
      .mockResolvedValueOnce(answered({ user: { email: 'kim2@mapo.example' }, temporaryPassword: 'Tmp-pass-123!', trainee: {} }));
    wrap(<TraineeForm />);
    await userEvent.type(screen.getByTestId('trainee-name'), '김마포');
    await userEvent.type(screen.getByTestId('trainee-employee-no'), 'MAPO-1');
    await userEvent.type(screen.getByTestId('trainee-email'), 'kim@mapo.example');
    await userEvent.click(screen.getByTestId('trainee-form-submit'));
    expect((await screen.findByTestId('trainee-email-error')).textContent).toBe('이미 가입된 이메일입니다.');
    expect(post).toHaveBeenCalledWith('/api/trainee-accounts', {
      body: { name: '김마포', employeeNo: 'MAPO-1', email: 'kim@mapo.example' },
    });

    await userEvent.clear(screen.getByTestId('trainee-email'));
    await userEvent.type(screen.getByTestId('trainee-email'), 'kim2@mapo.example');
    await userEvent.click(screen.getByTestId('trainee-form-submit'));
    const status = screen.getByTestId('trainee-form-status');
    await waitFor(() => expect(status.getAttribute('data-kind')).toBe('success'));
    expect(status.textContent).toContain('Tmp-pass-123!');
  });

  it('refuses a staff number the server would refuse, before sending', async () => {
    wrap(<TraineeForm />);
    await userEvent.type(screen.getByTestId('trainee-name'), '김마포');
    await userEvent.type(screen.getByTestId('trainee-employee-no'), 'MAPO 1');
    await userEvent.click(screen.getByTestId('trainee-form-submit'));
    expect(screen.getByTestId('trainee-employee-no-error').textContent).toBe('형식이 올바르지 않습니다.');
  });
});

describe('the nomination form', () => {
  it('shows two equal ranks beside both rank fields and focuses the first, sending nothing', async () => {
    const post = jest.spyOn(api, 'POST');
    wrap(<NominateSection trainees={[trainee('kim', '김마포'), trainee('lee', '이마포'), trainee('park', '박마포')]} cohorts={[cohort]} />);
    await userEvent.selectOptions(screen.getByTestId('nominate-cohort'), 'c1');
    await userEvent.type(screen.getByTestId('nominee-rank-kim'), '1');
    await userEvent.type(screen.getByTestId('nominee-rank-lee'), '1');
    await userEvent.type(screen.getByTestId('nominee-rank-park'), '2{Enter}');
    expect(screen.getByTestId('nominee-rank-kim-error').textContent).toBe('순위가 겹칩니다: 1순위를 두 명 이상에게 주었습니다.');
    expect(screen.getByTestId('nominee-rank-lee-error').textContent).toBe('순위가 겹칩니다: 1순위를 두 명 이상에게 주었습니다.');
    expect(screen.queryByTestId('nominee-rank-park-error')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('nominee-rank-kim')));
    expect(post).not.toHaveBeenCalled();
  });

  it("places the server's shared rank beside the rank fields concerned", async () => {
    jest.spyOn(api, 'POST').mockResolvedValueOnce(
      refused(400, {
        code: 'VALIDATION',
        errors: [{ field: 'nominees', code: 'NOMINATION.DUPLICATE_RANK', params: { rank: 1, index: 0 } }],
      }),
    );
    wrap(<NominateSection trainees={[trainee('kim', '김마포'), trainee('lee', '이마포')]} cohorts={[cohort]} />);
    await userEvent.selectOptions(screen.getByTestId('nominate-cohort'), 'c1');
    // Ranks the client takes (1 and 2); the server answers as if they clashed.
    await userEvent.type(screen.getByTestId('nominee-rank-kim'), '1');
    await userEvent.type(screen.getByTestId('nominee-rank-lee'), '2{Enter}');
    expect((await screen.findByTestId('nominee-rank-kim-error')).textContent).toBe('순위가 겹칩니다: 1순위를 두 명 이상에게 주었습니다.');
    expect(screen.getByTestId('nominate-status').getAttribute('data-kind')).toBe('none');
  });

  it('says how many were nominated beside the button, and why the others were not', async () => {
    jest.spyOn(api, 'POST').mockResolvedValueOnce(
      answered({
        cohortId: 'c1',
        results: [
          { traineeId: 'kim', rank: 1, applicationId: 'a1', status: 'pending' },
          { traineeId: 'lee', rank: 2, error: { statusCode: 409, code: 'APPLICATION.ALREADY_APPLIED', message: 'x' } },
        ],
      }),
    );
    wrap(<NominateSection trainees={[trainee('kim', '김마포'), trainee('lee', '이마포')]} cohorts={[cohort]} />);
    await userEvent.selectOptions(screen.getByTestId('nominate-cohort'), 'c1');
    await userEvent.type(screen.getByTestId('nominee-rank-kim'), '1');
    await userEvent.type(screen.getByTestId('nominee-rank-lee'), '2{Enter}');
    const status = screen.getByTestId('nominate-status');
    await waitFor(() => expect(status.textContent).toBe('2명 중 1명을 추천했습니다.'));
    expect(screen.getByTestId('nomination-results').textContent).toContain('이미 신청한 기수입니다.');
    expect(screen.getByTestId('nomination-results').textContent).toContain('승인 대기');
  });
});
