import { addDays, seoulToday, trainingDays } from '@baeum/calendar';
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
import { Attendance } from '../../attendance.entity';
import { RecordAttendanceUseCase } from './record-attendance.usecase';

describe('RecordAttendanceUseCase', () => {
  let db: SpecDatabase;
  let useCase: RecordAttendanceUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new RecordAttendanceUseCase(db.dataSource);
  });
  afterAll(() => db.drop());

  /** A cohort in training (a week back to a week ahead) with one confirmed trainee; a training day gone by and one to come. */
  async function given() {
    const user = userOf('course_manager');
    const today = seoulToday();
    const cohort = await givenCohort(db.dataSource, user.tenantId, {
      startDate: addDays(today, -7),
      endDate: addDays(today, 7),
      applicationCloses: addDays(today, -8),
      cancellationCloses: addDays(today, -8),
    });
    await givenAgency(db.dataSource, user.tenantId);
    const app = await givenApplication(db.dataSource, cohort, await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC'));
    const days = trainingDays(cohort.startDate, cohort.endDate);
    return { user, cohort, app, past: days.find((d) => d < today)!, future: days.find((d) => d > today)! };
  }

  it('stores a mark for a training day that has come', async () => {
    const { user, cohort, app, past } = await given();
    await useCase.execute({ actor: user, cohortId: cohort.cohortId, entries: [{ applicationId: app.id, day: past, mark: 'late' }] });
    expect(await db.dataSource.manager.findBy(Attendance, { applicationId: app.id })).toMatchObject([
      { day: past, mark: 'late', recordedBy: user.userId },
    ]);
  });

  it('clears a day given no mark', async () => {
    const { user, cohort, app, past } = await given();
    await useCase.execute({ actor: user, cohortId: cohort.cohortId, entries: [{ applicationId: app.id, day: past, mark: 'present' }] });
    await useCase.execute({ actor: user, cohortId: cohort.cohortId, entries: [{ applicationId: app.id, day: past, mark: null }] });
    expect(await db.dataSource.manager.findBy(Attendance, { applicationId: app.id })).toEqual([]);
  });

  it('refuses, naming the entry, a trainee not confirmed in the cohort', async () => {
    const { user, cohort, past } = await given();
    const other = await given();
    expect(
      await refusal(
        useCase.execute({ actor: user, cohortId: cohort.cohortId, entries: [{ applicationId: other.app.id, day: past, mark: 'present' }] }),
      ),
    ).toMatchObject({ status: 400, errors: [{ field: 'entries[0].applicationId', code: 'ATTENDANCE.NOT_ON_ROSTER' }] });
  });

  it('refuses a mark for a day that has not come, and stores nothing', async () => {
    const { user, cohort, app, past, future } = await given();
    const entries = [
      { applicationId: app.id, day: past, mark: 'present' as const },
      { applicationId: app.id, day: future, mark: 'present' as const },
    ];
    expect(await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, entries }))).toMatchObject({
      status: 400,
      errors: [{ field: 'entries[1].day', code: 'ATTENDANCE.DAY_NOT_COME' }],
    });
    expect(await db.dataSource.manager.findBy(Attendance, { applicationId: app.id })).toEqual([]);
  });

  it("answers 404 for another institute's cohort", async () => {
    const { cohort } = await given();
    expect(await refusal(useCase.execute({ actor: userOf('course_manager'), cohortId: cohort.cohortId, entries: [] }))).toMatchObject({
      status: 404,
      code: 'ENROLLMENT_COHORT.NOT_FOUND',
    });
  });
});
