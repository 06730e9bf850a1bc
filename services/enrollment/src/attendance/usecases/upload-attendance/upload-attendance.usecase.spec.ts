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
import { SHEET_HEAD } from '../../attendance-sheet';
import { Attendance } from '../../attendance.entity';
import { UploadAttendanceUseCase } from './upload-attendance.usecase';

describe('UploadAttendanceUseCase', () => {
  let db: SpecDatabase;
  let useCase: UploadAttendanceUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new UploadAttendanceUseCase(db.dataSource);
  });
  afterAll(() => db.drop());

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
    return { user, cohort, app, past: trainingDays(cohort.startDate, cohort.endDate).find((d) => d < today)! };
  }

  it('records the marks of the sheet and answers how many', async () => {
    const { user, cohort, app, past } = await given();
    const rows = [
      [...SHEET_HEAD, past],
      [app.id, app.traineeName, app.agencyCode, '결석'],
    ];
    expect(await useCase.execute({ actor: user, cohortId: cohort.cohortId, rows })).toEqual({ recorded: 1 });
    expect(await db.dataSource.manager.findBy(Attendance, { applicationId: app.id })).toMatchObject([{ day: past, mark: 'absent' }]);
  });

  it('takes nothing from a sheet with a bad row', async () => {
    const { user, cohort, app, past } = await given();
    const rows = [
      [...SHEET_HEAD, past],
      [app.id, app.traineeName, app.agencyCode, '출석'],
      ['not-an-application', '', '', '출석'],
    ];
    expect(await refusal(useCase.execute({ actor: user, cohortId: cohort.cohortId, rows }))).toMatchObject({
      status: 400,
      errors: [{ field: 'line 3', code: 'ATTENDANCE.NOT_ON_ROSTER' }],
    });
    expect(await db.dataSource.manager.findBy(Attendance, { applicationId: app.id })).toEqual([]);
  });
});
