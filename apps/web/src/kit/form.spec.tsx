import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { ApiError, type ErrorBody } from '../api/client';
import { setLanguage } from '../i18n/i18n';
import { Form } from './form';
import { NumberField, TextField } from './fields';

interface Values {
  capacity?: number;
  estimatedCost?: number;
  phone?: string;
}

function CohortLikeForm({ onSubmit }: { onSubmit: (values: Values) => Promise<unknown> }) {
  const form = useForm<Values>({ mode: 'onTouched' });
  return (
    <Form form={form} onSubmit={onSubmit} submitLabel="저장" testId="f" success={() => '저장했습니다.'}>
      <NumberField name="capacity" label="정원" required min={1} max={2000} testId="capacity" />
      <NumberField name="estimatedCost" label="예정 비용" testId="cost" />
      <TextField
        name="phone"
        label="전화번호"
        type="tel"
        pattern={{ value: /^01[016789]-\d{3,4}-\d{4}$/, code: 'VALIDATION.PHONE' }}
        testId="phone"
      />
    </Form>
  );
}

const rejected = (body: Partial<ErrorBody>) =>
  new ApiError(body.statusCode ?? 400, { statusCode: 400, message: 'x', code: 'VALIDATION', ...body } as ErrorBody);

beforeEach(() => act(() => setLanguage('ko')));

describe('a form of the kit', () => {
  it('says one thing per empty required field, beside it, and focuses it', async () => {
    const onSubmit = jest.fn();
    render(<CohortLikeForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByTestId('f-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('capacity-error').textContent).toBe('입력하세요.');
    expect(screen.getByTestId('capacity')).toHaveProperty('ariaInvalid', 'true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('capacity')));
    expect(screen.getByTestId('f-summary').textContent).toBe('1개 항목을 확인하세요: 정원');
  });

  it('words its summary in the language of the moment, and forgets an earlier success when a later try is refused', async () => {
    render(<CohortLikeForm onSubmit={jest.fn().mockResolvedValue({})} />);
    await userEvent.type(screen.getByTestId('capacity'), '30');
    await userEvent.click(screen.getByTestId('f-submit'));
    await waitFor(() => expect(screen.getByTestId('f-status').getAttribute('data-kind')).toBe('success'));
    await userEvent.clear(screen.getByTestId('capacity'));
    await userEvent.click(screen.getByTestId('f-submit'));
    expect(screen.getByTestId('f-status').getAttribute('data-kind')).toBe('none');
    act(() => setLanguage('en'));
    expect(screen.getByTestId('f-summary').textContent).toContain('Check this field');
  });

  it("shows the server's code for a field in the user's language, with its limit, and clears it when the value changes", async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValue(rejected({ errors: [{ field: 'estimatedCost', code: 'VALIDATION.MAX', params: { max: 100000000000 } }] }));
    render(<CohortLikeForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByTestId('capacity'), '30');
    await userEvent.type(screen.getByTestId('cost'), '100000000001');
    await userEvent.click(screen.getByTestId('f-submit'));
    expect(await screen.findByTestId('cost-error')).toHaveProperty('textContent', '100,000,000,000 이하로 입력하세요.');
    expect(screen.getByTestId('cost').getAttribute('aria-describedby')).toContain(screen.getByTestId('cost-error').id);

    act(() => setLanguage('en'));
    expect(screen.getByTestId('cost-error').textContent).toBe('Enter 100,000,000,000 or less.');

    await userEvent.type(screen.getByTestId('cost'), '{backspace}');
    expect(screen.queryByTestId('cost-error')).toBeNull();
  });

  it('drops a format error as soon as the value is right, without another submit', async () => {
    render(<CohortLikeForm onSubmit={jest.fn()} />);
    const phone = screen.getByTestId('phone');
    await userEvent.type(phone, '010-1234-567');
    await userEvent.tab();
    expect(screen.getByTestId('phone-error').textContent).toBe('전화번호 형식으로 입력하세요 (예: 010-1234-5678).');
    await userEvent.type(phone, '8');
    expect(screen.queryByTestId('phone-error')).toBeNull();
  });

  it('shows a problem of the whole action beside the submit button as an alert, and a success as a status', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValueOnce(rejected({ statusCode: 409, code: 'CONFLICT' }))
      .mockResolvedValueOnce({});
    render(<CohortLikeForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByTestId('capacity'), '30');
    await userEvent.click(screen.getByTestId('f-submit'));
    const status = await screen.findByTestId('f-status');
    await waitFor(() => expect(status.getAttribute('data-kind')).toBe('problem'));
    expect(status.querySelector('[role="alert"]')?.textContent).toBe('지금 상태에서는 할 수 없습니다. 새로 고친 뒤 다시 시도하세요.');

    await userEvent.click(screen.getByTestId('f-submit'));
    await waitFor(() => expect(status.getAttribute('data-kind')).toBe('success'));
    expect(status.querySelector('[role="status"]')?.textContent).toBe('저장했습니다.');
  });
});
