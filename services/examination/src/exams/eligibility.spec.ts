import { eligibilityProblems } from './eligibility';

const exam = { year: 2022, residencyRegionKo: null, residencyCutoffOn: null };
const general = { minAge: 18, track: 'general' as const };

describe('eligibilityProblems', () => {
  it('counts age in years of the exam: born in 2004 may sit a 2022 exam from 18, born in 2005 may not', () => {
    expect(eligibilityProblems(exam, general, { birthDate: '2004-12-31' })).toEqual([]);
    expect(eligibilityProblems(exam, general, { birthDate: '2005-01-01' }).map((p) => p.field)).toEqual(['birthDate']);
    expect(eligibilityProblems(exam, general, { birthDate: '2005-01-01' })[0]).toMatchObject({
      code: 'EXAM_APPLICATION.UNDER_AGE',
      params: { minAge: 18, year: 2022 },
    });
  });

  it('asks for residency since the cut-off date, or three years in total', () => {
    const sejong = { year: 2027, residencyRegionKo: '세종특별자치시', residencyCutoffOn: '2027-01-01' };
    expect(eligibilityProblems(sejong, general, { birthDate: '1995-05-05', residentSince: '2026-12-31' })).toEqual([]);
    expect(eligibilityProblems(sejong, general, { birthDate: '1995-05-05', residentSince: '2027-01-02', residencyYears: 3 })).toEqual([]);
    expect(
      eligibilityProblems(sejong, general, { birthDate: '1995-05-05', residentSince: '2027-01-02', residencyYears: 2 }).map((p) => p.field),
    ).toEqual(['residentSince']);
    expect(eligibilityProblems(sejong, general, { birthDate: '1995-05-05' })).toEqual([
      {
        field: 'residentSince',
        code: 'EXAM_APPLICATION.RESIDENCY_UNMET',
        params: { region: '세종특별자치시', since: '2027-01-01', years: 3 },
        messages: [expect.stringContaining('세종특별자치시')],
      },
    ]);
  });

  it("needs evidence for a special track such as the veterans' office recommendation", () => {
    const veterans = { minAge: 18, track: 'veterans_recommendation' as const };
    expect(
      eligibilityProblems(exam, veterans, { birthDate: '1990-01-01', trackEvidence: '  ' }).map((p) => [p.field, p.code, p.params]),
    ).toEqual([['trackEvidence', 'EXAM_APPLICATION.TRACK_EVIDENCE_REQUIRED', { track: 'veterans_recommendation' }]]);
    expect(eligibilityProblems(exam, veterans, { birthDate: '1990-01-01', trackEvidence: '서울보훈청-2022-0113' })).toEqual([]);
  });
});
