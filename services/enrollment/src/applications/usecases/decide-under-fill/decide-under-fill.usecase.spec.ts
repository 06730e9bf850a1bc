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
    useCase = new DecideUnderFillUseCase(db.dataSource, seats, new MergeCohortUseCase(seats));
  });
  afterAll(() => db.drop());

  const underFilled = { minimumFill: 5, underFilled: true } as const;

  it('records the decision, so the cohort no longer awaits one', async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, underFilled);

    expect(await useCase.execute({ actor: user, cohortId: cohort.cohortId, decision: 'extend' })).toEqual({
      cohortId: cohort.cohortId,
      decision: 'extend',
      moved: 0,
    });
    expect((await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).underFillDecision).toBe('extend');
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
