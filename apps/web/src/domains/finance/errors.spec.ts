import { act } from '@testing-library/react';
import { i18next, setLanguage } from '../../i18n/i18n';
import { problemText } from '../../kit';

/** The finance codes' words with their parameters, as the service sends them (won as integer strings). */
const say = (code: string, params: Record<string, string | number>) => problemText(i18next.t, { code: code as never, params });

describe("finance's error words", () => {
  it('writes amounts in won and years as years, in Korean and English', () => {
    act(() => setLanguage('ko'));
    expect(say('LEDGER.OVER_BUDGET', { remaining: '22441000', requested: '30000000', line: 'ELEARNING', fiscalYear: 2022 })).toBe(
      '예산 잔액이 부족합니다. 2022회계연도 ELEARNING 사업(집행 중지)의 잔액은 22,441,000원, 요청액은 30,000,000원입니다.',
    );
    expect(say('QUARTERLY_PLAN.OVER_BUDGET', { planned: '700000000', budget: '676580000' })).toBe(
      '계획 합계 700,000,000원이 예산현액 676,580,000원을 넘습니다. 분기 금액을 줄이세요.',
    );
    expect(say('BUDGET_LINE.GROUP_UNKNOWN', { groupCode: '인재양성', fiscalYear: 2022 })).toBe(
      '인재양성은 2022회계연도 세출예산의 사업 분류가 아닙니다.',
    );
    act(() => setLanguage('en'));
    expect(say('COMMITMENT.RELEASE_TOO_LARGE', { releasable: '5000000', requested: '6000000' })).toBe(
      'At most ₩5,000,000 can be released (₩6,000,000 asked).',
    );
    expect(say('BUDGET_BOOK.DATE_OUTSIDE_YEAR', { fiscalYear: 2022 })).toBe('Enter a date in 2022.');
    act(() => setLanguage('ko'));
  });
});
