import { CohortSnapshot } from '@baeum/contracts';
import { acceptsApplications, clash, quotasOf, replicaFields } from './cohort-rules';
import { Cohort } from './cohort.entity';

const snapshot: CohortSnapshot = {
  cohortId: '9e6f09c7-8333-4b84-a736-b0ed3b0bca7a',
  courseId: 'c0a00000-0000-4000-8000-000000000201',
  courseCode: 'NEWCOMER',
  courseNameKo: '신임자 교육과정',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: '12000000',
  budgetLineCode: 'NEWCOMER',
};
const cohort = (overrides: Partial<Cohort> = {}): Cohort =>
  ({
    ...replicaFields(snapshot),
    cohortId: 'c',
    tenantId: 't',
    status: 'scheduled',
    confirmed: 0,
    waitlisted: 0,
    reservedSeats: 0,
    unreservedConfirmed: 0,
    selectionDone: false,
    underFilled: false,
    underFillCheckedOn: null,
    underFillDecision: null,
    fillVersion: 0,
    fillPublishedVersion: 0,
    updatedAt: new Date(),
    ...overrides,
  }) as Cohort;

describe('a cohort snapshot in the replica', () => {
  it('gives a skeleton event the defaults: close the day before start, full days, 80%, no approval', () => {
    expect(replicaFields(snapshot)).toMatchObject({
      educationType: 'general',
      deliveryMode: 'face_to_face',
      applicationOpens: null,
      applicationCloses: '2027-03-01',
      cancellationCloses: '2027-03-01',
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
      approval: 'none',
      minimumFill: 0,
      completionMinAttendancePercent: 80,
      instructors: [],
    });
  });

  it('keeps e-learning always open: applications until the last day, no hours', () => {
    expect(replicaFields({ ...snapshot, deliveryMode: 'e_learning', endDate: '2027-12-31' })).toMatchObject({
      educationType: 'e_learning',
      applicationCloses: '2027-12-31',
      dailyStartTime: null,
    });
  });

  it('adds up an agency named twice in the quotas', () => {
    expect(
      quotasOf({
        ...snapshot,
        agencyQuotas: [
          { agencyCode: 'A', seats: 2 },
          { agencyCode: 'B', seats: 1 },
          { agencyCode: 'A', seats: 3 },
        ],
      }),
    ).toEqual(
      new Map([
        ['A', 5],
        ['B', 1],
      ]),
    );
  });

  it('takes applications inside its window only, and only while scheduled', () => {
    const c = cohort({ applicationOpens: '2027-02-01' });
    expect([
      acceptsApplications(c, '2027-01-31'),
      acceptsApplications(c, '2027-02-01'),
      acceptsApplications(c, '2027-03-01'),
      acceptsApplications(c, '2027-03-02'),
    ]).toEqual([false, true, true, false]);
    expect(acceptsApplications(cohort({ status: 'cancelled' }), '2027-02-10')).toBe(false);
  });
});

describe('clash', () => {
  const morning = cohort({ dailyStartTime: '09:00', dailyEndTime: '12:00' });
  it('finds common days at overlapping hours', () => {
    expect(clash(morning, cohort({ startDate: '2027-03-05', endDate: '2027-03-10', dailyStartTime: '11:00', dailyEndTime: '15:00' }))).toBe(
      true,
    );
  });
  it('lets a morning and an afternoon cohort of the same days go together (childcare-friendly hours)', () => {
    expect(clash(morning, cohort({ dailyStartTime: '12:00', dailyEndTime: '16:00' }))).toBe(false);
  });
  it('lets a weekend cohort go with a weekday one in the same weeks', () => {
    expect(
      clash(cohort({ startDate: '2027-03-02', endDate: '2027-03-05' }), cohort({ startDate: '2027-03-06', endDate: '2027-03-07' })),
    ).toBe(false);
    expect(
      clash(cohort({ startDate: '2027-03-01', endDate: '2027-03-12' }), cohort({ startDate: '2027-03-06', endDate: '2027-03-07' })),
    ).toBe(false);
  });
  it('never clashes with e-learning', () => {
    expect(clash(morning, cohort({ deliveryMode: 'e_learning', dailyStartTime: null, dailyEndTime: null }))).toBe(false);
  });
});
