import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerCatalogue, setLanguage } from '../../i18n/i18n';
import { CohortForm } from './cohort-form';
import { curriculum } from './i18n';

registerCatalogue('curriculum', curriculum);

/** The form's choices, as the API answers them, so it renders without a server. */
function withChoices() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(['get', '/api/course-years', {}], [2021, 2022]);
  client.setQueryData(
    ['get', '/api/budget-lines'],
    [
      {
        code: 'ICT',
        nameKo: '정보화 교육',
        nameEn: 'IT training',
        fiscalYear: 2027,
        amount: '100',
        committed: '0',
        remaining: '100',
        control: 'warn',
      },
    ],
  );
  client.setQueryData(
    ['get', '/api/rooms'],
    [
      {
        id: 'r1',
        code: 'PC-1',
        nameKo: '창의관 전산실 1',
        nameEn: 'Changui computer room 1',
        kind: 'computer',
        capacity: 30,
        equipment: [],
        building: null,
        seatsNow: 30,
      },
    ],
  );
  client.setQueryData(['get', '/api/instructors'], []);
  client.setQueryData(
    ['get', '/api/courses', { params: { query: { fiscalYear: 2022 } } }],
    [{ id: 'c1', code: 'ICT', nameKo: '엑셀', nameEn: 'Excel', budgetLineCode: 'ICT' }],
  );
  client.setQueryData(
    ['get', '/api/courses', { params: { query: { fiscalYear: 2027 } } }],
    [{ id: 'c27', code: 'ICT', nameKo: '엑셀 2027', nameEn: 'Excel 2027', budgetLineCode: 'ICT' }],
  );
  client.setQueryData(['get', '/api/courses', { params: { query: { fiscalYear: 2026 } } }], []);
  return client;
}

const renderForm = () =>
  render(
    <QueryClientProvider client={withChoices()}>
      <CohortForm />
    </QueryClientProvider>,
  );

beforeEach(() => act(() => setLanguage('ko')));

describe('the cohort form (finding a: one problem per field, beside it, in words)', () => {
  it('says "enter a value" once beside an empty capacity and cost, and nothing is sent', async () => {
    renderForm();
    await userEvent.click(await screen.findByTestId('cohort-form-submit'));
    expect(screen.getByTestId('cohort-capacity-error').textContent).toBe('입력하세요.');
    expect(screen.getByTestId('cohort-cost-error').textContent).toBe('입력하세요.');
    // One message per field: the field's problem, not every rule it could break.
    expect(screen.getByTestId('cohort-capacity').closest('.form-group')!.querySelectorAll('.form-hint-invalid')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('estimatedCost');
    expect(screen.getByTestId('cohort-form-status').getAttribute('data-kind')).toBe('none');
  });

  it('names the limit a negative cost or a zero capacity breaks, in Korean and in English', async () => {
    renderForm();
    await userEvent.type(await screen.findByTestId('cohort-cost'), '-1');
    await userEvent.type(screen.getByTestId('cohort-capacity'), '0');
    await userEvent.click(screen.getByTestId('cohort-form-submit'));
    expect(screen.getByTestId('cohort-cost-error').textContent).toBe('0 이상으로 입력하세요.');
    expect(screen.getByTestId('cohort-capacity-error').textContent).toBe('1 이상으로 입력하세요.');
    act(() => setLanguage('en'));
    expect(screen.getByTestId('cohort-cost-error').textContent).toBe('Enter 0 or more.');
    expect(screen.getByTestId('cohort-capacity-error').textContent).toBe('Enter 1 or more.');
  });

  it('refuses an end before the start with the date that matters, and takes the person to the first field to fix', async () => {
    renderForm();
    await userEvent.type(await screen.findByTestId('cohort-start'), '2027-03-06');
    await userEvent.type(screen.getByTestId('cohort-end'), '2027-03-02');
    await userEvent.type(screen.getByTestId('cohort-capacity'), '10');
    await userEvent.type(screen.getByTestId('cohort-cost'), '1000');
    await userEvent.click(screen.getByTestId('cohort-form-submit'));
    expect(screen.getByTestId('cohort-end-error').textContent).toBe('종료일은 시작일(2027. 3. 6.)과 같거나 그 뒤여야 합니다.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cohort-course')));
  });
});

/** Generous waits: the machine may be busy. */
const SLOW = { timeout: 15_000 };

describe("the cohort form's catalog years (issue 13, finding 9)", () => {
  const yearOptions = () => [...(screen.getByTestId('cohort-course-year') as HTMLSelectElement).options].map((o) => o.value);

  it("offers the course years that exist and the year of the start date, and lists that year's courses", async () => {
    renderForm();
    expect(await screen.findByTestId('cohort-course-year', {}, SLOW)).toBeTruthy();
    expect(yearOptions()).toEqual(['2022', '2021']);
    await userEvent.type(screen.getByTestId('cohort-start'), '2027-03-06');
    await waitFor(() => expect((screen.getByTestId('cohort-course-year') as HTMLSelectElement).value).toBe('2027'), SLOW);
    expect(yearOptions()).toEqual(['2027', '2022', '2021']);
    await waitFor(() => expect(screen.getByRole('option', { name: '엑셀 2027 (ICT)' })).toBeTruthy(), SLOW);
  });

  it('says how to get courses for a year that has none yet', async () => {
    renderForm();
    await userEvent.type(await screen.findByTestId('cohort-start'), '2026-05-04');
    await waitFor(() => expect((screen.getByTestId('cohort-course-year') as HTMLSelectElement).value).toBe('2026'), SLOW);
    await waitFor(() => expect(document.body.textContent).toContain('2026년 과정이 아직 없습니다.'), SLOW);
    act(() => setLanguage('en'));
    expect(document.body.textContent).toContain('There are no 2026 courses yet.');
  });
});
