import { act, render, screen, within } from '@testing-library/react';
import type { Schemas } from '../../api/client';
import { registerCatalogue, setLanguage } from '../../i18n/i18n';
import { curriculum } from './i18n';
import { QuartersApart } from './plan-reports';

registerCatalogue('curriculum', curriculum);

const international = (booked: Schemas['PlanQuarterApartView']['booked'], categoryCode: string | null = 'international_training') =>
  ({
    labelKo: '외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)',
    labelEn: 'International training for foreign officials (counted separately, not in the totals)',
    sessions: [1, 3, 3, 3],
    trainees: [15, 45, 45, 39],
    budget: [105_219_000, 47_650_000, 47_650_000, 63_948_000],
    categoryCode,
    booked,
  }) as Schemas['PlanQuarterApartView'];

const cells = () =>
  within(screen.getAllByTestId('plan-quarters-apart-row')[0])
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe("2-7's international courses per quarter (the booked side)", () => {
  beforeEach(() => act(() => setLanguage('ko')));

  it('shows the budget planned, and the cohorts held, trainees confirmed and their cost under each quarter of the plan, and in the total', () => {
    render(
      <QuartersApart
        rows={[international({ cohorts: [0, 2, 1, 0], trainees: [0, 31, 12, 0], estimatedCost: [0, 50_000_000, 9_500_000, 0] })]}
      />,
    );
    expect(cells()).toEqual([
      '1회 15명예산 105,219,000원운영 0기 · 확정 0명편성 예정액 0원',
      '3회 45명예산 47,650,000원운영 2기 · 확정 31명편성 예정액 50,000,000원',
      '3회 45명예산 47,650,000원운영 1기 · 확정 12명편성 예정액 9,500,000원',
      '3회 39명예산 63,948,000원운영 0기 · 확정 0명편성 예정액 0원',
      '10회 144명예산 264,467,000원운영 3기 · 확정 43명편성 예정액 59,500,000원',
    ]);
    expect(screen.queryByTestId('plan-quarters-apart-unbooked')).toBeNull();
  });

  it.each([
    ['ko', '과정 카탈로그에 분류 코드 international_training의 과정이 없어 운영 실적이 없습니다.'],
    ['en', 'the course catalog has no course under the category code international_training'],
  ] as const)('says so, and shows no booked zeros, when the catalog has no such course (%s)', async (lang, sentence) => {
    await act(() => setLanguage(lang));
    render(<QuartersApart rows={[international(null)]} />);
    expect(cells()[4]).toBe(lang === 'ko' ? '10회 144명예산 264,467,000원' : '10 sessions, 144budget ₩264,467,000');
    expect(screen.getByTestId('plan-quarters-apart-unbooked').textContent).toContain(sentence);
  });

  it('says what cannot be counted when the plan names no category', () => {
    render(<QuartersApart rows={[international(null, null)]} />);
    expect(screen.getByTestId('plan-quarters-apart-unbooked').textContent).toContain('과정 분류를 지정하지 않아');
  });
});
