import { EventEnvelope, InstituteSettingsChangedV1 } from '@baeum/contracts';
import { randomUUID } from 'node:crypto';
import { attendanceSheet, writeMarks } from '../../../attendance/attendance.queries';
import {
  givenAgency,
  givenApplication,
  givenCohort,
  givenTrainee,
  SpecDatabase,
  specDatabase,
  userOf,
} from '../../../database/spec-database';
import { SettingsChangedConsumer } from '../../../institute-calendar/consumers/settings-changed.consumer';
import { SeatBook } from '../../../seats/seat-book';
import { Completions } from '../../completions';
import { CompleteCohortUseCase } from './complete-cohort.usecase';

/**
 * Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. The
 * institute's holidays, as enrollment keeps them from curriculum's settings, in training days and completion.
 */
describe('CompleteCohortUseCase with the institute’s holidays', () => {
  let db: SpecDatabase;
  let useCase: CompleteCohortUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new CompleteCohortUseCase(db.dataSource, new SeatBook(db.publisher), new Completions(db.publisher), db.publisher);
  });
  afterAll(() => db.drop());

  const holidays = (tenantId: string, changedAt: string, ...dates: string[]) => {
    const event: EventEnvelope<InstituteSettingsChangedV1> = {
      id: randomUUID(),
      type: InstituteSettingsChangedV1.type,
      version: InstituteSettingsChangedV1.version,
      occurredAt: changedAt,
      tenantId,
      source: 'curriculum',
      correlationId: randomUUID(),
      causationId: null,
      payload: { tenantId, distancingEnabled: false, holidays: dates.map((date) => ({ date, name: '기관 휴무일' })), changedAt },
    };
    return db.dataSource.transaction((tx) => new SettingsChangedConsumer().handle(event, tx));
  };
  /** A cohort from Monday 3 to Friday 7 March 2031 (five weekdays) with one confirmed trainee. */
  async function given() {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId, {
      startDate: '2031-03-03',
      endDate: '2031-03-07',
      applicationCloses: '2031-03-02',
      cancellationCloses: '2031-03-02',
    });
    await givenAgency(db.dataSource, user.tenantId);
    const app = await givenApplication(db.dataSource, cohort, await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC'));
    return { user, cohort, app };
  }
  const sheetOf = (tenantId: string, cohortId: string) =>
    db.dataSource.transaction(async (tx) => (await attendanceSheet(tx, tenantId, cohortId))!);

  it('takes the institute’s holiday off the cohort’s attendance days, and gives it back when removed', async () => {
    const { user, cohort } = await given();
    expect((await sheetOf(user.tenantId, cohort.cohortId)).days).toHaveLength(5);
    await holidays(user.tenantId, '2031-02-01T00:00:00.000Z', '2031-03-05', '2031-05-01');
    expect((await sheetOf(user.tenantId, cohort.cohortId)).days).toEqual(['2031-03-03', '2031-03-04', '2031-03-06', '2031-03-07']);
    await holidays(user.tenantId, '2031-02-02T00:00:00.000Z', '2031-05-01');
    expect((await sheetOf(user.tenantId, cohort.cohortId)).days).toHaveLength(5);
  });

  it('measures attendance and completion over the days left: a mark on the holiday does not count', async () => {
    const { user, cohort, app } = await given();
    // Present on Monday to Wednesday (marked before Wednesday became a holiday) and on Friday: 3 of the 4 days left.
    const entries = ['2031-03-03', '2031-03-04', '2031-03-05', '2031-03-07'].map((day) => ({
      applicationId: app.id,
      day,
      mark: 'present' as const,
    }));
    await db.dataSource.transaction((tx) => writeMarks(tx, user.userId, cohort.cohortId, entries));
    await holidays(user.tenantId, '2031-02-01T00:00:00.000Z', '2031-03-05');
    expect((await sheetOf(user.tenantId, cohort.cohortId)).rows).toMatchObject([{ applicationId: app.id, attendancePercent: 75 }]);
    // Training is over once curriculum has completed the cohort.
    await db.dataSource.getRepository('Cohort').update({ cohortId: cohort.cohortId }, { status: 'completed' });
    expect(await useCase.execute(user, cohort.cohortId)).toMatchObject([{ applicationId: app.id, percent: 75, completed: false }]);
  });
});
