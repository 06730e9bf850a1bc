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
import { RunSelectionUseCase } from '../../../seats/usecases/run-selection/run-selection.usecase';
import { SelectCohortUseCase } from './select-cohort.usecase';

describe('SelectCohortUseCase', () => {
  let db: SpecDatabase;
  let useCase: SelectCohortUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    const seats = new SeatBook(db.publisher);
    useCase = new SelectCohortUseCase(db.dataSource, seats, new RunSelectionUseCase(seats));
  });
  afterAll(() => db.drop());

  const manager = () => userOf('course_manager');

  it('seats the approved applications of the cohort and marks its selection done', async () => {
    const user = manager();
    const cohort = await givenCohort(db.dataSource, user.tenantId, { approval: 'agency' });
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    const app = await givenApplication(db.dataSource, cohort, trainee, { status: 'approved', confirmedAt: null });

    await useCase.execute({ actor: user, cohortId: cohort.cohortId });

    expect((await db.dataSource.manager.findOneByOrFail(Application, { id: app.id })).status).toBe('confirmed');
    expect(await db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: cohort.cohortId })).toMatchObject({
      selectionDone: true,
      confirmed: 1,
    });
  });

  it("answers 404 for another institute's cohort", async () => {
    const cohort = await givenCohort(db.dataSource, manager().tenantId);
    expect(await refusal(useCase.execute({ actor: manager(), cohortId: cohort.cohortId }))).toMatchObject({
      status: 404,
      code: 'ENROLLMENT_COHORT.NOT_FOUND',
    });
  });

  it('answers 409 for a cohort no longer scheduled', async () => {
    const user = manager();
    const cohort = await givenCohort(db.dataSource, user.tenantId, { status: 'cancelled' });
    expect(await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId }))).toMatchObject({
      status: 409,
      code: 'ENROLLMENT_COHORT.NOT_SCHEDULED',
    });
  });
});
