import './spec-polyfills';
import { act, render } from '@testing-library/react';
import type { Schemas } from '../../api/client';
import { setLanguage } from '../../i18n/i18n';
import { MixedText } from './common';
import { percentRead } from './imports-screen';
import { chartYears, traineesByType } from './reports-screen';

afterEach(() => act(() => setLanguage('ko')));

const report = (year: number, general: number, eLearning: number) =>
  ({
    year,
    rows: [
      { id: 'total', planOriginal: null, planChanged: null, actual: { courses: 2, trainees: general + eLearning }, satisfaction: null },
      { id: 'general', planOriginal: null, planChanged: null, actual: { courses: 1, trainees: general }, satisfaction: null },
      { id: 'e_learning', planOriginal: null, planChanged: null, actual: { courses: 1, trainees: eLearning }, satisfaction: null },
    ],
    overall: { plainMeanOfTypes: null, traineeWeighted: null },
    byField: [],
    importing: null,
  }) as Schemas['TrainingResultsView'];

describe('the results chart', () => {
  it('compares the chosen year with the four before it, oldest first', () => {
    expect(chartYears(2027)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('takes the completed trainees of each type from each year, 0 for a year not loaded', () => {
    const reports = [report(2025, 30, 1000), undefined, report(2027, 2, 11996)];
    expect(traineesByType(reports, 'general')).toEqual([30, 0, 2]);
    expect(traineesByType(reports, 'e_learning')).toEqual([1000, 0, 11996]);
  });
});

describe('an import in progress', () => {
  it('follows the bytes read, whole percent, and is full once finished', () => {
    expect(percentRead({ bytesRead: 333, totalBytes: 1000, status: 'running' })).toBe(33);
    expect(percentRead({ bytesRead: 0, totalBytes: 0, status: 'created' })).toBe(0);
    expect(percentRead({ bytesRead: 990, totalBytes: 1000, status: 'finished' })).toBe(100);
  });
});

describe('a text from the API on an English page', () => {
  it('marks the Korean names in it as Korean, and nothing on a Korean page', () => {
    act(() => setLanguage('en'));
    const { container } = render(<MixedText text="Your seat in 적극행정 실무 과정 (2027-03-02 ~ 2027-03-04) is confirmed." />);
    expect([...container.querySelectorAll('[lang="ko"]')].map((e) => e.textContent)).toEqual(['적극행정 실무 과정']);
    expect(container.textContent).toBe('Your seat in 적극행정 실무 과정 (2027-03-02 ~ 2027-03-04) is confirmed.');
    act(() => setLanguage('ko'));
    const korean = render(<MixedText text="적극행정 실무 과정 수강이 확정되었습니다." />);
    expect(korean.container.querySelectorAll('[lang]')).toHaveLength(0);
  });
});
