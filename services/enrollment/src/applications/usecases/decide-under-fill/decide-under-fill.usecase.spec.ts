import { addDays, seoulToday } from '@baeum/calendar';
import { Application } from '../../application.entity';
import { Cohort } from '../../../cohorts/cohort.entity';
import {
  givenAgency,
  givenApplication,
  givenCohort,
  givenTrainee,
  refusal,
  SpecDatabase,
  specDatabase,
  userOf,
} from '../../../database/spec-database';
import { SeatBook } from '../../../seats/seat-book';
import { MergeCohortUseCase } from '../merge-cohort/merge-cohort.usecase';
import { DecideUnderFillUseCase } from './decide-under-fill.usecase';

describe('DecideUnderFillUseCase', () => {
  let db: SpecDatabase;
  let useCase: DecideUnderFillUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    const seats = new SeatBook(db.publisher);
    useCase = new DecideUnderFillUseCase(db.dataSource, seats, new MergeCohortUseCase(seats), db.publisher);
  });
  afterAll(() => db.drop());

  const underFilled = { minimumFill: 5, underFilled: true } as const;

  /** The decisions announced for a cohort, oldest first. */
  const decided = async (cohortId: string): Promise<unknown[]> =>
    (
      (await db.dataSource.query(
        `SELECT envelope->'payload' AS payload FROM enrollment.outbox
          WHERE type = 'enrollment.under_fill.decided' AND key = $1 ORDER BY seq`,
        [cohortId],
      )) as { payload: unknown }[]
    ).map((r) => r.payload);

  it('records an extension and announces it, so the cohort no longer awaits one and a second decision is refused', async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, underFilled);
    const applicationCloses = addDays(seoulToday(), 5);

    expect(await useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'extend', applicationCloses })).toEqual({
      cohortId: cohort.cohortId,
      decision: 'extend',
      moved: 0,
    });
    expect((await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).underFillDecision).toBe('extend');
    expect(await decided(cohort.cohortId)).toEqual([
      {
        cohortId: cohort.cohortId,
        decision: 'extend',
        reason: '최소 인원 미달 / below its minimum fill',
        applicationCloses,
        minimumFillCutoff: applicationCloses,
      },
    ]);
    expect(await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'cancel' }))).toMatchObject({
      status: 409,
      code: 'UNDER_FILL.NOT_AWAITING',
    });
    expect(await decided(cohort.cohortId)).toHaveLength(1);
  });

  it('refuses an extension curriculum would refuse, and changes nothing', async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, underFilled);
    const afterStart = addDays(cohort.startDate, 1);

    expect(
      await refusal(
        useCase.execute({
          actor: user,
          cohortId: cohort.cohortId,
          decision: 'extend',
          applicationCloses: afterStart,
          minimumFillCutoff: afterStart,
        }),
      ),
    ).toMatchObject({
      status: 400,
      errors: [
        { field: 'applicationCloses', code: 'COHORT.APPLICATION_CLOSES_AFTER_START' },
        { field: 'minimumFillCutoff', code: 'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START' },
      ],
    });
    expect(
      await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'extend', applicationCloses: '2027-02-30' })),
    ).toMatchObject({ status: 400, errors: [{ field: 'applicationCloses', code: 'VALIDATION.DATE' }, { field: 'minimumFillCutoff' }] });
    expect((await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).underFillDecision).toBeNull();
    expect(await decided(cohort.cohortId)).toEqual([]);
  });

  it('refuses an extension that keeps the cut-off, which would leave the decision recorded for good', async () => {
    const user = userOf('course_manager');
    const cutoff = addDays(seoulToday(), -1);
    const cohort = await givenCohort(db.dataSource, user.tenantId, { ...underFilled, minimumFillCutoff: cutoff });
    expect(
      await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'extend', applicationCloses: cutoff })),
    ).toMatchObject({ status: 409, code: 'UNDER_FILL.CUTOFF_UNCHANGED' });
  });

  it("announces a cancellation with the course manager's note as the reason", async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, underFilled);
    await useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'cancel', note: '  신청 부족  ' });
    expect(await decided(cohort.cohortId)).toEqual([{ cohortId: cohort.cohortId, decision: 'cancel', reason: '신청 부족' }]);
    expect((await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).underFillDecision).toBe('cancel');
  });

  it('merging moves the trainees into the target cohort of the same course', async () => {
    const user = userOf('course_manager');
    const source = await givenCohort(db.dataSource, user.tenantId, { ...underFilled, confirmed: 1, unreservedConfirmed: 1 });
    const target = await givenCohort(db.dataSource, user.tenantId);
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    const app = await givenApplication(db.dataSource, source, trainee);

    const result = await useCase.execute({ actor: user, cohortId: source.cohortId, decision: 'merge', targetCohortId: target.cohortId });

    expect(result.moved).toBe(1);
    expect(await db.dataSource.manager.findOneByOrFail(Application, { id: app.id })).toMatchObject({
      status: 'cancelled',
      endReason: 'merged',
    });
    expect(await db.dataSource.manager.findBy(Application, { cohortId: target.cohortId })).toMatchObject([
      { traineeId: trainee.id, status: 'confirmed' },
    ]);
    expect(await decided(source.cohortId)).toEqual([
      expect.objectContaining({ decision: 'merge', targetCohortId: target.cohortId, moved: 1 }),
    ]);
    // The trainee is told (by the notification service) where they moved, naming the course.
    const [ended] = await db.dataSource.query(
      `SELECT envelope->'payload' AS payload FROM enrollment.outbox WHERE type = 'enrollment.application.ended' AND key = $1`,
      [source.cohortId],
    );
    expect(ended.payload).toMatchObject({
      applicationId: app.id,
      traineeId: trainee.id,
      reason: 'merged',
      heldSeat: true,
      targetCohortId: target.cohortId,
      targetStartDate: target.startDate,
      targetEndDate: target.endDate,
      startDate: source.startDate,
      endDate: source.endDate,
      ...(source.courseNameKo ? { courseNameKo: source.courseNameKo } : {}),
    });
  });

  it('moves no one and announces nothing when the merge target is not of the same course', async () => {
    const user = userOf('course_manager');
    const source = await givenCohort(db.dataSource, user.tenantId, underFilled);
    const target = await givenCohort(db.dataSource, user.tenantId, { courseCode: 'C-OTHER' });
    expect(
      await refusal(useCase.execute({ actor: user, cohortId: source.cohortId, decision: 'merge', targetCohortId: target.cohortId })),
    ).toMatchObject({ status: 409, code: 'UNDER_FILL.OTHER_COURSE' });
    expect((await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: source.cohortId })).underFillDecision).toBeNull();
    expect(await decided(source.cohortId)).toEqual([]);
  });

  it('answers 409 for a cohort not awaiting a decision', async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId);
    expect(await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'cancel' }))).toMatchObject({
      status: 409,
      code: 'UNDER_FILL.NOT_AWAITING',
    });
  });

  it("answers 404 for another institute's cohort", async () => {
    const cohort = await givenCohort(db.dataSource, userOf('course_manager').tenantId, underFilled);
    expect(
      await refusal(useCase.execute({ actor: userOf('course_manager'), cohortId: cohort.cohortId, decision: 'cancel' })),
    ).toMatchObject({
      status: 404,
      code: 'ENROLLMENT_COHORT.NOT_FOUND',
    });
  });
});
