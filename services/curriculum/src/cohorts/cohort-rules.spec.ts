import { roomLimit } from '../rooms/room-rules';
import { capacityInRoom, termsProblems, withDefaults } from './cohort-rules';

const hours = { dailyStart: '09:00', dailyEnd: '18:00' };
const room = { capacity: 120, nameKo: '대강당', nameEn: 'Main hall' };

describe('cohort rules', () => {
  it('defaults the windows from the start date and the hours from the tenant', () => {
    expect(withDefaults({ startDate: '2027-03-02', endDate: '2027-03-06', capacity: 30 }, hours)).toEqual({
      startDate: '2027-03-02',
      endDate: '2027-03-06',
      capacity: 30,
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
      applicationOpens: '2027-02-02',
      applicationCloses: '2027-02-23',
      cancellationCloses: '2027-02-27',
      minimumFill: 0,
      minimumFillCutoff: '2027-02-23',
      approval: 'none',
      agencyQuotas: [],
    });
  });

  it('names every broken rule by its field', () => {
    const terms = withDefaults(
      {
        startDate: '2027-03-02',
        endDate: '2027-03-01',
        capacity: 10,
        dailyStartTime: '16:00',
        dailyEndTime: '10:00',
        minimumFill: 11,
        applicationCloses: '2027-03-05',
        agencyQuotas: [
          { agencyCode: 'MAPO-GU', seats: 8 },
          { agencyCode: 'MAPO-GU', seats: 3 },
        ],
      },
      hours,
    );
    expect(termsProblems(terms).map((e) => e.field)).toEqual([
      'endDate',
      'dailyEndTime',
      'applicationCloses',
      'minimumFill',
      'agencyQuotas',
      'agencyQuotas',
    ]);
    expect(termsProblems(terms).map((e) => e.code)).toEqual([
      'COHORT.END_BEFORE_START',
      'COHORT.HOURS_REVERSED',
      'COHORT.APPLICATION_CLOSES_AFTER_START',
      'COHORT.MINIMUM_FILL_OVER_CAPACITY',
      'COHORT.QUOTA_AGENCY_REPEATED',
      'COHORT.QUOTAS_OVER_CAPACITY',
    ]);
    expect(termsProblems(terms)[5].params).toEqual({ quotaSeats: 11, capacity: 10 });
    expect(termsProblems(withDefaults({ startDate: '2027-02-30', endDate: '2027-03-01', capacity: 1 }, hours))[0]).toEqual({
      field: 'startDate',
      code: 'VALIDATION.DATE',
      params: { value: '2027-02-30' },
      messages: [expect.stringContaining('not a calendar date')],
    });
    expect(termsProblems(withDefaults({ startDate: '2027-03-02', endDate: '2027-03-02', capacity: 1 }, hours))).toEqual([]);
  });

  it('keeps a cohort within its room, and within half of it under 100 people when distancing is on', () => {
    expect(roomLimit(120, true)).toBe(60);
    expect(roomLimit(240, true)).toBe(99);
    expect(roomLimit(120, false)).toBe(120);
    expect(capacityInRoom(80, room, 'face_to_face', false)).toEqual({ capacity: 80, limitedByDistancing: false });
    expect(capacityInRoom(80, room, 'face_to_face', true)).toEqual({ capacity: 60, limitedByDistancing: true });
    expect(capacityInRoom(130, room, 'face_to_face', true)).toMatchObject({
      field: 'capacity',
      code: 'COHORT.OVER_ROOM_CAPACITY',
      params: { capacity: 130, room: '대강당', seats: 120 },
    });
    // A remote cohort broadcast from a studio is not bounded by the studio's seats.
    expect(capacityInRoom(300, room, 'remote', true)).toEqual({ capacity: 300, limitedByDistancing: false });
  });
});
