import {
  applicationClosesRule,
  awaitingEvents,
  changeBody,
  endNotBeforeStart,
  hoursInOrder,
  minimumFillRule,
  quotasProblem,
  scheduleBody,
} from './cohort-rules';

describe("the cohort form's rules, as the server has them", () => {
  it('names the date or the hour that comes too early, with the one it must follow', () => {
    expect(endNotBeforeStart('2027-03-01', { startDate: '2027-03-02' })).toEqual({
      code: 'COHORT.END_BEFORE_START',
      params: { startDate: '2027-03-02', endDate: '2027-03-01' },
    });
    expect(endNotBeforeStart('2027-03-02', { startDate: '2027-03-02' })).toBeNull();
    expect(hoursInOrder('09:00', { dailyStartTime: '09:00' })).toMatchObject({ code: 'COHORT.HOURS_REVERSED' });
    expect(hoursInOrder(undefined, { dailyStartTime: '09:00' })).toBeNull();
    expect(applicationClosesRule('2027-02-01', { applicationOpens: '2027-02-02', startDate: '2027-03-02' })).toMatchObject({
      code: 'COHORT.APPLICATION_CLOSES_BEFORE_OPENS',
    });
    expect(applicationClosesRule('2027-03-03', { startDate: '2027-03-02' })).toMatchObject({
      code: 'COHORT.APPLICATION_CLOSES_AFTER_START',
    });
    expect(minimumFillRule(31, { capacity: 30 })).toEqual({
      code: 'COHORT.MINIMUM_FILL_OVER_CAPACITY',
      params: { minimumFill: 31, capacity: 30 },
    });
  });

  it('judges the agency quotas as a whole: no agency twice, no more than the capacity', () => {
    expect(
      quotasProblem({
        capacity: 10,
        agencyQuotas: [
          { agencyCode: 'mapo-gu', seats: 5 },
          { agencyCode: 'MAPO-GU', seats: 1 },
        ],
      }),
    ).toEqual({ code: 'COHORT.QUOTA_AGENCY_REPEATED', params: { agencyCode: 'MAPO-GU' } });
    expect(
      quotasProblem({
        capacity: 10,
        agencyQuotas: [
          { agencyCode: 'MAPO-GU', seats: 6 },
          { agencyCode: 'GANGNAM-GU', seats: 5 },
        ],
      }),
    ).toEqual({ code: 'COHORT.QUOTAS_OVER_CAPACITY', params: { quotaSeats: 11, capacity: 10 } });
    expect(
      quotasProblem({
        capacity: 10,
        agencyQuotas: [
          { agencyCode: '', seats: 50 },
          { agencyCode: 'MAPO-GU', seats: 10 },
        ],
      }),
    ).toBeNull();
  });

  it('sends what was filled in to schedule, and every field (a room taken away as null) to change', () => {
    const values = {
      courseYear: '2022',
      courseId: 'c',
      startDate: '2027-03-02',
      endDate: '2027-03-06',
      capacity: 30,
      estimatedCost: 12000000,
      budgetLineCode: '',
      dailyStartTime: '10:00',
      dailyEndTime: '',
      roomId: '',
      instructorIds: false as const,
      agencyQuotas: [{ agencyCode: 'mapo-gu', seats: 5 }],
      reason: 'x',
    };
    expect(scheduleBody(values)).toEqual({
      courseId: 'c',
      startDate: '2027-03-02',
      endDate: '2027-03-06',
      capacity: 30,
      estimatedCost: 12000000,
      dailyStartTime: '10:00',
      agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 5 }],
    });
    expect(JSON.parse(JSON.stringify(changeBody({ ...values, instructorIds: 'i1' })))).toEqual({
      startDate: '2027-03-02',
      endDate: '2027-03-06',
      capacity: 30,
      estimatedCost: 12000000,
      dailyStartTime: '10:00',
      roomId: null,
      instructorIds: ['i1'],
      agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 5 }],
      reason: 'x',
    });
  });

  it('asks again for seats and commitments only while a cohort just changed still waits for them', () => {
    const now = Date.parse('2027-01-01T00:10:00Z');
    const waiting = { status: 'scheduled' as const, seatsFree: null, committedAmount: null, updatedAt: '2027-01-01T00:09:30Z' };
    expect(awaitingEvents([waiting], now)).toBe(true);
    expect(awaitingEvents([{ ...waiting, seatsFree: 30, committedAmount: '100' }], now)).toBe(false);
    // A commitment finance never books (a line on hold) does not keep the page asking for ever.
    expect(awaitingEvents([{ ...waiting, updatedAt: '2027-01-01T00:00:00Z' }], now)).toBe(false);
    expect(awaitingEvents([{ ...waiting, status: 'cancelled' as const }], now)).toBe(false);
  });
});
