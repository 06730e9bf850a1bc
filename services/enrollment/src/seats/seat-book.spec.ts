import { seoulToday } from '@baeum/calendar';
import { Cohort } from '../cohorts/cohort.entity';
import { givenAgency, givenApplication, givenCohort, givenTrainee, SpecDatabase, specDatabase, userOf } from '../database/spec-database';
import { SeatBook } from './seat-book';
import { SeatHolder } from './seat-holder';
import { holdersInOrder } from './seats.queries';

/*
 * A cohort's seat changes are decided in steps under its lock and written by `save` in one
 * statement, the events announcing them included (docs/adr/0020): so a seat given costs one round
 * trip under the lock, and its events are written with it or not at all.
 */
describe('SeatBook', () => {
  let db: SpecDatabase;
  let book: SeatBook;
  beforeAll(async () => {
    db = await specDatabase();
    book = new SeatBook(db.publisher);
  });
  afterAll(() => db.drop());

  /** A cohort of a tenant of its own, its one seat held by A and B waiting for it. */
  async function fullCohort() {
    const { tenantId } = userOf('course_manager');
    await givenAgency(db.dataSource, tenantId);
    const cohort = await givenCohort(db.dataSource, tenantId, { capacity: 1, confirmed: 1, waitlisted: 1 });
    const [a, b] = await Promise.all(['A', 'B'].map((n) => givenTrainee(db.dataSource, tenantId, 'AG-SPEC', { name: `교육생 ${n}` })));
    const seated = await givenApplication(db.dataSource, cohort, a);
    const waiting = await givenApplication(db.dataSource, cohort, b, { status: 'waitlisted', confirmedAt: null, waitlistedAt: new Date() });
    return { cohort, seated, waiting };
  }
  const eventsOf = async (cohortId: string): Promise<{ type: string; applicationId: string }[]> =>
    db.dataSource.query(
      `SELECT type, envelope->'payload'->>'applicationId' AS "applicationId" FROM enrollment.outbox
        WHERE envelope->'payload'->>'cohortId' = $1 ORDER BY seq`,
      [cohortId],
    );
  /** A cancellation as the use case makes it: the seat goes back and the waiting list's first takes it. */
  async function cancelFirst(cohortId: string, after: () => Promise<void> = async () => undefined) {
    const today = seoulToday();
    await db.dataSource.transaction(async (tx) => {
      const session = await book.open(tx, (await book.lock(tx, cohortId))!, today);
      const [holder] = await holdersInOrder(tx, cohortId, ['confirmed']);
      book.end(session, holder as SeatHolder, 'cancelled');
      await book.afterRelease(tx, session, today);
      expect(await eventsOf(cohortId)).toEqual([]);
      await book.save(tx, session);
      await after();
    });
  }

  it('writes the events of a session with its seats, in the order they happened, and only at `save`', async () => {
    const { cohort, seated, waiting } = await fullCohort();
    await cancelFirst(cohort.cohortId);
    expect(await eventsOf(cohort.cohortId)).toEqual([
      { type: 'enrollment.application.ended', applicationId: seated.id },
      { type: 'enrollment.seat.released', applicationId: seated.id },
      { type: 'enrollment.seat.confirmed', applicationId: waiting.id },
    ]);
    expect(await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).toMatchObject({
      confirmed: 1,
      waitlisted: 0,
    });
    const [row] = await db.dataSource.query(`SELECT status FROM enrollment.application WHERE id = $1`, [waiting.id]);
    expect(row.status).toBe('confirmed');
  });

  it('leaves neither seats nor events when the transaction that saved them fails', async () => {
    const { cohort, seated } = await fullCohort();
    const failure = new Error('after the save');
    await expect(
      cancelFirst(cohort.cohortId, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await eventsOf(cohort.cohortId)).toEqual([]);
    const [row] = await db.dataSource.query(`SELECT status FROM enrollment.application WHERE id = $1`, [seated.id]);
    expect(row.status).toBe('confirmed');
  });
});
