import type { CohortView } from '@baeum/api';
import { combineCohortViews } from './cohort-view';

const cohort = (id: string): CohortView => ({
  id,
  courseId: 'c',
  courseCode: 'NEWCOMER',
  courseNameKo: '신임자 교육과정',
  courseNameEn: 'Newcomer training course',
  cohortNo: 1,
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  dailyStartTime: '09:00',
  dailyEndTime: '18:00',
  deliveryMode: 'face_to_face',
  capacity: 30,
  roomId: null,
  roomNameKo: null,
  roomNameEn: null,
  instructors: [],
  estimatedCost: '12000000',
  budgetLineCode: 'NEWCOMER',
  applicationOpens: '2027-02-02',
  applicationCloses: '2027-02-23',
  cancellationCloses: '2027-02-27',
  minimumFill: 0,
  minimumFillCutoff: '2027-02-23',
  approval: 'none',
  agencyQuotas: [],
  status: 'scheduled',
  statusReason: null,
  lateEntryReason: null,
  confirmed: 0,
  waitlisted: 0,
  underFilled: false,
  fillUpdatedAt: null,
  createdAt: '2026-11-22T00:00:00.000Z',
  updatedAt: '2026-11-22T00:00:00.000Z',
});

describe('combineCohortViews', () => {
  it('joins seats and commitments by cohort and leaves unprocessed ones pending (null)', () => {
    const views = combineCohortViews(
      [cohort('a'), cohort('b')],
      [{ cohortId: 'a', capacity: 30, confirmed: 4, free: 26 }],
      [{ cohortId: 'b', amount: '12000000', commitments: 1 }],
    );
    expect(views.map((v) => [v.id, v.seatsFree, v.committedAmount])).toEqual([
      ['a', 26, null],
      ['b', null, '12000000'],
    ]);
  });
});
