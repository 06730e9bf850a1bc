import { CohortSnapshot } from '@baeum/contracts';
import { addDays } from '@baeum/calendar';
import { Cohort } from '../cohorts/cohort.entity';
import { givenAgency, givenApplication, givenCohort, givenTrainee, SpecDatabase, specDatabase, userOf } from '../database/spec-database';
import { CohortReplica } from './cohort-replica';
import { SeatBook } from './seat-book';

describe('CohortReplica, a changed cohort', () => {
  let db: SpecDatabase;
  let replica: CohortReplica;
  beforeAll(async () => {
    db = await specDatabase();
    replica = new CohortReplica(new SeatBook(db.publisher), db.publisher);
  });
  afterAll(() => db.drop());

  const snapshotOf = (c: Cohort, changes: Partial<CohortSnapshot> = {}): CohortSnapshot => ({
    cohortId: c.cohortId,
    courseId: c.courseId!,
    courseCode: c.courseCode!,
    courseNameKo: c.courseNameKo!,
    courseNameEn: c.courseNameEn ?? undefined,
    cohortNo: c.cohortNo ?? undefined,
    startDate: c.startDate,
    endDate: c.endDate,
    capacity: c.capacity,
    estimatedCost: '0',
    budgetLineCode: 'SPEC',
    dailyStartTime: c.dailyStartTime ?? undefined,
    dailyEndTime: c.dailyEndTime ?? undefined,
    applicationCloses: c.applicationCloses,
    cancellationCloses: c.cancellationCloses,
    hours: c.hours ?? undefined,
    roomName: c.roomName ?? undefined,
    ...changes,
  });

  /** A cohort with a confirmed trainee, a waitlisted one and one whose application ended. */
  async function given(overrides: Partial<Cohort> = {}) {
    const { tenantId } = userOf('course_manager');
    await givenAgency(db.dataSource, tenantId);
    const cohort = await givenCohort(db.dataSource, tenantId, { capacity: 1, confirmed: 1, waitlisted: 1, ...overrides });
    const [a, b, c] = await Promise.all(
      ['A', 'B', 'C'].map((n) => givenTrainee(db.dataSource, tenantId, 'AG-SPEC', { employeeNo: `E-${n}` })),
    );
    const seated = await givenApplication(db.dataSource, cohort, a);
    const waiting = await givenApplication(db.dataSource, cohort, b, { status: 'waitlisted', confirmedAt: null, waitlistedAt: new Date() });
    await givenApplication(db.dataSource, cohort, c, { status: 'cancelled', endedAt: new Date(), endReason: 'cancelled' });
    return { tenantId, cohort, seated, waiting };
  }

  const rescheduled = (cohortId: string) =>
    db.dataSource.query(
      `SELECT envelope->'payload' AS payload FROM enrollment.outbox WHERE type = 'enrollment.seat.cohort-rescheduled' AND key = $1 ORDER BY seq`,
      [cohortId],
    ) as Promise<{ payload: Record<string, unknown> }[]>;

  const apply = (tenantId: string, snapshot: CohortSnapshot) =>
    db.dataSource.transaction((tx) => replica.applySnapshot(tx, tenantId, snapshot));

  it('tells each trainee with a seat or on the waitlist the old and new dates and room, once per change', async () => {
    const { tenantId, cohort, seated, waiting } = await given();
    const [start, end] = [addDays(cohort.startDate, 7), addDays(cohort.endDate, 7)];
    await apply(tenantId, snapshotOf(cohort, { startDate: start, endDate: end, roomName: '대강당' }));
    const events = (await rescheduled(cohort.cohortId)).map((e) => e.payload);
    expect(events.map((e) => [e.applicationId, e.standing]).sort()).toEqual(
      [
        [seated.id, 'confirmed'],
        [waiting.id, 'waitlisted'],
      ].sort(),
    );
    expect(events.find((e) => e.applicationId === seated.id)).toEqual({
      applicationId: seated.id,
      cohortId: cohort.cohortId,
      traineeId: seated.traineeId,
      standing: 'confirmed',
      courseNameKo: '시험 과정',
      courseNameEn: 'Spec course',
      cohortNo: 1,
      changed: ['dates', 'venue'],
      oldStartDate: cohort.startDate,
      oldEndDate: cohort.endDate,
      oldDailyStartTime: '09:00',
      oldDailyEndTime: '18:00',
      oldRoomName: '제1강의실',
      startDate: start,
      endDate: end,
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
      roomName: '대강당',
    });
    // The same snapshot again (a redelivery, or a change of something else) tells no one again.
    await apply(tenantId, snapshotOf(cohort, { startDate: start, endDate: end, roomName: '대강당', capacity: 2 }));
    expect(await rescheduled(cohort.cohortId)).toHaveLength(2);
  });

  it('tells of new daily hours, and nothing of a change that moves no date, hour or room', async () => {
    const { tenantId, cohort } = await given();
    await apply(tenantId, snapshotOf(cohort, { minimumFill: 3 }));
    expect(await rescheduled(cohort.cohortId)).toEqual([]);
    await apply(tenantId, snapshotOf(cohort, { dailyStartTime: '10:00' }));
    expect((await rescheduled(cohort.cohortId)).map((e) => e.payload.changed)).toEqual([['times'], ['times']]);
  });

  it('takes a room first learnt (kept since the room column was added) for no move', async () => {
    const { tenantId, cohort } = await given({ roomName: null });
    await apply(tenantId, snapshotOf(cohort, { roomName: '대강당' }));
    expect(await rescheduled(cohort.cohortId)).toEqual([]);
  });
});
