import { addDays, seoulToday } from '@baeum/calendar';
import { Cohort } from '../../../cohorts/cohort.entity';
import {
  givenAgency,
  givenApplication,
  givenCohort,
  givenTrainee,
  SpecDatabase,
  specDatabase,
  userOf,
} from '../../../database/spec-database';
import { SeatBook } from '../../seat-book';
import { CloseWaitlistUseCase } from './close-waitlist.usecase';

describe('CloseWaitlistUseCase', () => {
  let db: SpecDatabase;
  let useCase: CloseWaitlistUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new CloseWaitlistUseCase(db.dataSource, new SeatBook(db.publisher));
  });
  afterAll(() => db.drop());

  const today = seoulToday();

  /** A cohort of its own tenant with one confirmed trainee and two on its waiting list. */
  async function cohortWithWaitlist(overrides: Partial<Cohort>) {
    const { tenantId } = userOf('course_manager');
    await givenAgency(db.dataSource, tenantId);
    const cohort = await givenCohort(db.dataSource, tenantId, { capacity: 1, confirmed: 1, waitlisted: 2, ...overrides });
    const [seated, first, second] = await Promise.all(
      ['A', 'B', 'C'].map((n) => givenTrainee(db.dataSource, tenantId, 'AG-SPEC', { name: `교육생 ${n}`, employeeNo: `E-${n}` })),
    );
    const waitlisted = { status: 'waitlisted' as const, confirmedAt: null, waitlistedAt: new Date() };
    return {
      cohort,
      confirmed: await givenApplication(db.dataSource, cohort, seated),
      waiting: [
        await givenApplication(db.dataSource, cohort, first, waitlisted),
        await givenApplication(db.dataSource, cohort, second, waitlisted),
      ],
    };
  }
  // Read as rows: the application entity belongs to a later feature (docs/architecture.md, enrollment's order).
  const application = async (id: string): Promise<{ status: string; endReason: string | null }> =>
    (await db.dataSource.query(`SELECT status, end_reason AS "endReason" FROM enrollment.application WHERE id = $1`, [id]))[0];
  const cohortRow = (cohortId: string) => db.dataSource.manager.findOneByOrFail(Cohort, { cohortId });
  /** The ends announced for the cohort: the notification service tells each trainee from these. */
  const noticesOf = async (cohortId: string) =>
    (
      (await db.dataSource.query(
        `SELECT envelope->'payload' AS payload FROM enrollment.outbox
          WHERE type = 'enrollment.application.ended' AND envelope->'payload'->>'cohortId' = $1`,
        [cohortId],
      )) as { payload: { traineeId: string; reason: string; heldSeat: boolean; courseNameKo?: string; startDate: string } }[]
    ).map((r) => r.payload);
  const releases = async (cohortId: string) =>
    Number(
      (
        await db.dataSource.query(
          `SELECT count(*)::int AS n FROM enrollment.outbox
            WHERE type = 'enrollment.seat.released' AND envelope->'payload'->>'cohortId' = $1`,
          [cohortId],
        )
      )[0].n,
    );

  it('ends every waiting application of a cohort that has begun, tells each trainee, and leaves the seated alone', async () => {
    const { cohort, confirmed, waiting } = await cohortWithWaitlist({
      startDate: today,
      endDate: addDays(today, 2),
      applicationCloses: addDays(today, -1),
    });
    await useCase.execute(today);
    for (const app of waiting) expect(await application(app.id)).toMatchObject({ status: 'cancelled', endReason: 'waitlist_closed' });
    expect((await application(confirmed.id)).status).toBe('confirmed');
    expect(await cohortRow(cohort.cohortId)).toMatchObject({ confirmed: 1, waitlisted: 0 });
    const notices = await noticesOf(cohort.cohortId);
    expect(notices.map((n) => n.traineeId).sort()).toEqual(waiting.map((a) => a.traineeId).sort());
    expect(notices.every((n) => n.reason === 'waitlist_closed' && !n.heldSeat && n.startDate === cohort.startDate)).toBe(true);
    // No seat was held, so none is released (finance has no meals to give back).
    expect(await releases(cohort.cohortId)).toBe(0);
  });

  it('does it once: run again, nothing more ends and nobody is told twice', async () => {
    const { cohort } = await cohortWithWaitlist({
      startDate: addDays(today, -1),
      endDate: addDays(today, 1),
      applicationCloses: addDays(today, -3),
    });
    await useCase.execute(today);
    expect(await useCase.execute(today)).toBe(0);
    expect(await noticesOf(cohort.cohortId)).toHaveLength(2);
  });

  it('leaves waiting lists of cohorts that begin later, and of cancelled cohorts, alone', async () => {
    const later = await cohortWithWaitlist({ startDate: addDays(today, 1), endDate: addDays(today, 3) });
    const cancelled = await cohortWithWaitlist({ startDate: today, endDate: addDays(today, 2), status: 'cancelled' });
    await useCase.execute(today);
    for (const { waiting } of [later, cancelled]) for (const app of waiting) expect((await application(app.id)).status).toBe('waitlisted');
    expect(await noticesOf(later.cohort.cohortId)).toEqual([]);
  });
});
