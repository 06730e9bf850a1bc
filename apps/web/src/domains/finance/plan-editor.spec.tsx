import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError, type ErrorBody, type Schemas } from '../../api/client';
import { registerCatalogue, setLanguage } from '../../i18n/i18n';
import { finance } from './i18n';
import { PlanEditor, planTotal } from './plan-editor';

registerCatalogue('finance', finance);

type Detail = Schemas['BudgetLineDetailView'];

const row = (labelKo: string, q: [number, number, number, number]) => ({
  labelKo,
  labelEn: `${labelKo} (en)`,
  q1: String(q[0]),
  q2: String(q[1]),
  q3: String(q[2]),
  q4: String(q[3]),
  revisedByName: '박기획',
  revisedAt: '2026-01-02T00:00:00.000Z',
  reason: '당초 계획',
});

const detail = (plan = [row('2-1 신임자 교육과정 운영', [100, 200, 300, 400])], amount = '10000'): Detail => ({
  line: {
    code: 'NEWCOMER',
    kind: 'expenditure',
    fiscalYear: 2022,
    nameKo: '신임자과정 운영',
    nameEn: 'Newcomer course operation',
    noteKo: null,
    noteEn: null,
    control: 'warn',
    officerUserId: null,
    amount,
    committed: '0',
    paid: '0',
    collected: '0',
    remaining: amount,
    rate: { value: 0, printed: '0.0%' },
  },
  amendments: [],
  plan,
  commitments: [],
  entries: [],
  counts: { entries: 0, commitments: 0 },
});

const rejected = (errors: { field: string; code: Schemas['ErrorCode']; params?: Record<string, string | number> }[]) =>
  new ApiError(400, { statusCode: 400, code: 'VALIDATION', message: 'Invalid input', errors } as ErrorBody);

beforeEach(() => act(() => setLanguage('ko')));

describe('the quarterly plan editor', () => {
  it("shows each problem beside its own row and field, in words, without the server's field names", async () => {
    const save = jest.fn();
    render(<PlanEditor detail={detail([row('가', [1, 2, 3, 4]), row('나', [5, 6, 7, 8])])} save={save} />);
    await userEvent.clear(screen.getByTestId('plan-1-labelKo'));
    await userEvent.clear(screen.getByTestId('plan-1-q3'));
    await userEvent.type(screen.getByTestId('plan-1-q3'), '-5');
    await userEvent.click(screen.getByTestId('plan-submit'));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('plan-1-labelKo-error').textContent).toBe('입력하세요.');
    expect(screen.getByTestId('plan-1-q3-error').textContent).toBe('0 이상으로 입력하세요.');
    expect(screen.getByTestId('plan-reason-error').textContent).toBe('입력하세요.');
    expect(screen.queryByTestId('plan-0-q3-error')).toBeNull();
    // The second row's own cells hold its problems, and the summary names them as a person reads them.
    const second = screen.getAllByTestId('plan-row')[1];
    expect(within(second).getByTestId('plan-1-q3-error')).toBeTruthy();
    expect(screen.getByTestId('plan-summary').textContent).toBe('3개 항목을 확인하세요: 2행 사업명 (국문), 2행 3분기, 사유');
    expect(screen.getByTestId('plan').textContent).not.toMatch(/rows\.|q3:|reason:|labelKo/);
  });

  it("puts the server's problem of `rows.1.q2` beside the second row's Q2, and says it in English too", async () => {
    const save = jest.fn().mockRejectedValue(rejected([{ field: 'rows.1.q2', code: 'VALIDATION.MAX', params: { max: 1000000000000000 } }]));
    render(<PlanEditor detail={detail([row('가', [1, 2, 3, 4]), row('나', [5, 6, 7, 8])])} save={save} />);
    await userEvent.type(screen.getByTestId('plan-reason'), '2분기 조정');
    await userEvent.click(screen.getByTestId('plan-submit'));

    expect(await screen.findByTestId('plan-1-q2-error')).toHaveProperty('textContent', '1,000,000,000,000,000 이하로 입력하세요.');
    expect(screen.getByTestId('plan-1-q2').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('plan-1-q2')));
    expect(screen.getByTestId('plan-summary').textContent).toBe('1개 항목을 확인하세요: 2행 2분기');
    act(() => setLanguage('en'));
    expect(screen.getByTestId('plan-1-q2-error').textContent).toBe('Enter 1,000,000,000,000,000 or less.');
  });

  it('adds up the plan as it is typed, and refuses a plan over the current budget beside the save button, before sending it', async () => {
    const save = jest.fn();
    render(<PlanEditor detail={detail(undefined, '1000')} save={save} />);
    expect(screen.getByTestId('plan-totals').textContent).toBe('계획 합계 1,000원 · 예산현액 1,000원 · 미계획 0원');
    await userEvent.click(screen.getByTestId('plan-add-row'));
    expect(document.activeElement).toBe(screen.getByTestId('plan-1-labelKo'));
    await userEvent.type(screen.getByTestId('plan-1-labelKo'), '추가 사업');
    await userEvent.clear(screen.getByTestId('plan-1-q4'));
    await userEvent.type(screen.getByTestId('plan-1-q4'), '250');
    expect(screen.getByTestId('plan-1-total').textContent).toBe('250');
    expect(screen.getByTestId('plan-totals').textContent).toContain('미계획 -250원');
    expect(screen.getByTestId('plan-totals').textContent).toContain('계획 합계가 예산현액을 넘습니다.');

    await userEvent.type(screen.getByTestId('plan-reason'), '사업 추가');
    await userEvent.click(screen.getByTestId('plan-submit'));
    await waitFor(() => expect(screen.getByTestId('plan-status').getAttribute('data-kind')).toBe('problem'));
    expect(screen.getByTestId('plan-status').textContent).toBe('계획 합계 1,250원이 예산현액 1,000원을 넘습니다. 분기 금액을 줄이세요.');
    expect(save).not.toHaveBeenCalled();
  });

  it('sends the rows as the API takes them and shows the saved plan, with the outcome beside the save button', async () => {
    const saved = detail([row('2-1 신임자 교육과정 운영', [100, 200, 300, 400]), row('2-2 신규 사업', [0, 0, 0, 500])]);
    saved.plan[1].labelEn = '2-2 신규 사업';
    const save = jest.fn().mockResolvedValue(saved);
    render(<PlanEditor detail={detail()} save={save} />);
    await userEvent.click(screen.getByTestId('plan-add-row'));
    await userEvent.type(screen.getByTestId('plan-1-labelKo'), '2-2 신규 사업');
    await userEvent.clear(screen.getByTestId('plan-1-q4'));
    await userEvent.type(screen.getByTestId('plan-1-q4'), '500');
    await userEvent.type(screen.getByTestId('plan-reason'), '신규 사업 계획');
    await userEvent.click(screen.getByTestId('plan-submit'));

    await screen.findByText('분기별 계획을 저장했습니다.');
    expect(save).toHaveBeenCalledWith({
      rows: [
        { labelKo: '2-1 신임자 교육과정 운영', labelEn: '2-1 신임자 교육과정 운영 (en)', q1: 100, q2: 200, q3: 300, q4: 400 },
        { labelKo: '2-2 신규 사업', q1: 0, q2: 0, q3: 0, q4: 500 },
      ],
      reason: '신규 사업 계획',
    });
    expect((screen.getByTestId('plan-1-labelEn') as HTMLInputElement).value).toBe('2-2 신규 사업');
    expect((screen.getByTestId('plan-reason') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getByTestId('plan-submit')).toHaveProperty('disabled', false));
  });

  it('removes a row by its named button and keeps at most 20 rows', async () => {
    render(<PlanEditor detail={detail([row('가', [1, 1, 1, 1]), row('나', [2, 2, 2, 2])])} save={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: '1행 삭제' }));
    expect(screen.getAllByTestId('plan-row')).toHaveLength(1);
    expect((screen.getByTestId('plan-0-labelKo') as HTMLInputElement).value).toBe('나');
    for (let i = 0; i < 19; i++) await userEvent.click(screen.getByTestId('plan-add-row'));
    expect(screen.getAllByTestId('plan-row')).toHaveLength(20);
    expect(screen.getByTestId('plan-add-row')).toHaveProperty('disabled', true);
  });
});

describe('the plan total', () => {
  it('counts whole won only', () => {
    expect(planTotal([{ q1: 1, q2: 2.5, q3: undefined, q4: -3 }, { q1: 10 }])).toBe(11n);
  });
});
