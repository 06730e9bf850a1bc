import { addDays, seoulToday } from '@baeum/calendar';
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
import { Completions } from '../../completions';
import { CompleteCohortUseCase } from './complete-cohort.usecase';

/** 수료 처리 on a real PostgreSQL: each run is announced, so that curriculum ends the cohort (one action, everywhere). */
describe('CompleteCohortUseCase', () => {
  let db: SpecDatabase;
  let useCase: CompleteCohortUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new CompleteCohortUseCase(db.dataSource, new SeatBook(db.publisher), new Completions(db.publisher), db.publisher);
  });
  afterAll(() => db.drop());

  /** Two confirmed trainees of a cohort whose training ended yesterday: one attended enough, one has no marks. */
  async function given(rule = 0) {
    const user = userOf('course_manager');
    const yesterday = addDays(seoulToday(), -1);
    const cohort = await givenCohort(db.dataSource, user.tenantId, {
      startDate: addDays(yesterday, -2),
      endDate: yesterday,
      applicationCloses: addDays(yesterday, -3),
      cancellationCloses: addDays(yesterday, -3),
      completionMinAttendancePercent: rule,
    });
    await givenAgency(db.dataSource, user.tenantId);
    for (const _ of [1, 2]) await givenApplication(db.dataSource, cohort, await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC'));
    return { user, cohort };
  }

  const decided = (cohortId: string): Promise<{ payload: Record<string, unknown> }[]> =>
    db.dataSource.query(`SELECT envelope->'payload' AS payload FROM enrollment.outbox WHERE type = $1 AND key = $2 ORDER BY seq`, [
      'enrollment.cohort_completion.decided',
      cohortId,
    ]);

  it('announces the run with its counts while the cohort is not yet ended in curriculum', async () => {
    const { user, cohort } = await given();
    const results = await useCase.execute(user, cohort.cohortId);
    expect(results.filter((r) => r.completed)).toHaveLength(2);
    expect((await decided(cohort.cohortId)).map((e) => e.payload)).toEqual([
      { cohortId: cohort.cohortId, endDate: cohort.endDate, completed: 2, notCompleted: 0 },
    ]);
  });

  it('announces nothing once curriculum has ended the cohort (its cohort.completed came back)', async () => {
    const { user, cohort } = await given(80);
    await db.dataSource.manager.update(Cohort, { cohortId: cohort.cohortId }, { status: 'completed' });
    const results = await useCase.execute(user, cohort.cohortId);
    expect(results.filter((r) => !r.completed)).toHaveLength(2);
    expect(await decided(cohort.cohortId)).toEqual([]);
  });

  it('refuses before the last day of training, announcing nothing', async () => {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, { startDate: seoulToday(), endDate: addDays(seoulToday(), 2) });
    expect(await refusal(useCase.execute(user, cohort.cohortId))).toMatchObject({ status: 409, code: 'COMPLETION.TRAINING_NOT_ENDED' });
    expect(await decided(cohort.cohortId)).toEqual([]);
  });
});
