import { combineCohortViews, CurriculumCohort } from './cohort-view';

const cohort = (id: string): CurriculumCohort => ({
  id,
  courseId: 'c',
  courseCode: 'NEWCOMER',
  courseNameKo: '신임자 교육과정',
  courseNameEn: 'Newcomer training course',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: '12000000',
  budgetLineCode: 'NEWCOMER',
  status: 'scheduled',
  createdAt: '2026-11-22T00:00:00.000Z',
});

describe('combineCohortViews', () => {
  it('joins seats and commitments by cohort and leaves unprocessed ones pending (null)', () => {
    const views = combineCohortViews([cohort('a'), cohort('b')], [{ cohortId: 'a', capacity: 30, confirmed: 4, free: 26 }], [{ cohortId: 'b', amount: '12000000', commitments: 1 }]);
    expect(views.map((v) => [v.id, v.seatsFree, v.committedAmount])).toEqual([
      ['a', 26, null],
      ['b', null, '12000000'],
    ]);
  });
});
