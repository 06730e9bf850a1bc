import { latestVersion, newVersionProblem, toggleCompared, yearOnYearBase } from './plans';

const v = (id: string, fiscalYear: number, kind: 'original' | 'changed', versionNo: number, status: 'draft' | 'approved' = 'approved') => ({
  id,
  fiscalYear,
  kind,
  versionNo,
  status,
});
const seoul = [v('o21', 2021, 'original', 1), v('c21', 2021, 'changed', 2), v('p22', 2022, 'original', 1, 'draft')];

describe('the plans page', () => {
  it('asks for a year-on-year report only when the previous year has the plan it is computed against', () => {
    expect(yearOnYearBase(seoul, seoul[2], 'original')?.id).toBe('o21');
    expect(yearOnYearBase(seoul, seoul[2], 'changed')?.id).toBe('c21');
    // 2021 has no 2020 plan; an institute with one year's draft has none either (Sejong's 2026).
    expect(yearOnYearBase(seoul, seoul[0], 'original')).toBeUndefined();
    const sejong = [v('s26', 2026, 'original', 1, 'draft')];
    expect(yearOnYearBase(sejong, sejong[0], 'original')).toBeUndefined();
    // A year with only its original has no change to compare with.
    const two = [v('o25', 2025, 'original', 1), v('o26', 2026, 'original', 1, 'draft')];
    expect(yearOnYearBase(two, two[1], 'changed')).toBeUndefined();
    // The approved change is preferred to a later draft one.
    const drafts = [...seoul.slice(0, 2), v('c21b', 2021, 'changed', 3, 'draft'), seoul[2]];
    expect(yearOnYearBase(drafts, seoul[2], 'changed')?.id).toBe('c21');
  });

  it('opens the per-plan reports on the newest plan', () => {
    expect(latestVersion([seoul[2], seoul[0], seoul[1]])?.id).toBe('p22');
    expect(latestVersion([])).toBeUndefined();
  });

  it('compares the plans ticked, in their own order, never none and at most six', () => {
    expect(toggleCompared(seoul, ['o21', 'p22'], 'c21')).toEqual(['o21', 'c21', 'p22']);
    expect(toggleCompared(seoul, ['o21', 'p22'], 'o21')).toEqual(['p22']);
    expect(toggleCompared(seoul, ['p22'], 'p22')).toEqual(['p22']);
    const many = Array.from({ length: 7 }, (_, i) => v(`x${i}`, 2020 + i, 'original', 1));
    expect(
      toggleCompared(
        many,
        many.slice(0, 6).map((x) => x.id),
        'x6',
      ),
    ).toHaveLength(6);
  });

  it("mirrors the service's rules for a new version", () => {
    expect(newVersionProblem(seoul, 2022, 'original')).toEqual({ code: 'PLAN.ORIGINAL_EXISTS', params: { fiscalYear: 2022 } });
    expect(newVersionProblem(seoul, 2022, 'changed')).toEqual({ code: 'PLAN.CHANGE_NEEDS_APPROVED', params: { fiscalYear: 2022 } });
    expect(newVersionProblem(seoul, 2021, 'changed')).toBeNull();
    expect(newVersionProblem(seoul, 2023, 'original')).toBeNull();
  });
});
