import { addDays, seoulToday } from '@baeum/calendar';
import { Application } from '../applications/application.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Completions } from './completions';
import {
  givenAgency,
  givenApplication,
  givenCohort,
  givenTrainee,
  refusal,
  SpecDatabase,
  specDatabase,
  userOf,
} from '../database/spec-database';
import { SeatBook } from '../seats/seat-book';
import { CompleteCohortUseCase } from './usecases/complete-cohort/complete-cohort.usecase';
import { RevokeCertificateUseCase } from './usecases/revoke-certificate/revoke-certificate.usecase';

/** Certificates on a real PostgreSQL: one per completion however many requests race, and revocation once. */
describe('certificates', () => {
  let db: SpecDatabase;
  let completions: Completions;
  beforeAll(async () => {
    db = await specDatabase();
    completions = new Completions(db.publisher);
  });
  afterAll(() => db.drop());

  /** A confirmed trainee of a cohort of the tenant whose training ended yesterday. */
  async function given() {
    const user = userOf('course_manager');
    const yesterday = addDays(seoulToday(), -1);
    const cohort = await givenCohort(db.dataSource, user.tenantId, {
      startDate: addDays(yesterday, -2),
      endDate: yesterday,
      applicationCloses: addDays(yesterday, -3),
      cancellationCloses: addDays(yesterday, -3),
      completionMinAttendancePercent: 0,
    });
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    const app = await givenApplication(db.dataSource, cohort, trainee);
    return { user, cohort, app };
  }

  const stored = (id: string) => db.dataSource.manager.findOneByOrFail(Application, { id });
  const completedEvents = async (applicationId: string): Promise<number> => {
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM enrollment.outbox WHERE type = 'enrollment.trainee.completed' AND envelope::text LIKE $1`,
      [`%${applicationId}%`],
    );
    return count;
  };

  it('issues exactly one certificate when 20 requests complete the same trainee at once', async () => {
    const { cohort, app } = await given();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        db.dataSource.transaction(async (tx) => {
          const mine = { ...app };
          const completed = await completions.complete(tx, cohort as Cohort, mine, 100, cohort.endDate);
          return { completed, certificateNo: mine.certificateNo };
        }),
      ),
    );
    expect(outcomes.filter((o) => o.completed)).toHaveLength(1);
    const issued = await stored(app.id);
    expect(issued.certificateNo).toMatch(/^\d{4}-\d{6}$/);
    // Every request, winner or not, answers with the one certificate.
    expect(new Set(outcomes.map((o) => o.certificateNo))).toEqual(new Set([issued.certificateNo]));
    expect(await completedEvents(app.id)).toBe(1);
  });

  it('issues exactly one certificate when 20 completion requests for the cohort race', async () => {
    const { user, cohort, app } = await given();
    const useCase = new CompleteCohortUseCase(db.dataSource, new SeatBook(db.publisher), completions, db.publisher);
    const results = await Promise.all(Array.from({ length: 20 }, () => useCase.execute(user, cohort.cohortId)));
    expect(results.flat().filter((r) => r.completed)).toHaveLength(1);
    expect((await stored(app.id)).certificateNo).not.toBeNull();
    expect(await completedEvents(app.id)).toBe(1);
  });

  it('revokes a certificate once, with its reason, and answers 409 the second time', async () => {
    const { user, cohort, app } = await given();
    await db.dataSource.transaction((tx) => completions.complete(tx, cohort as Cohort, app, 100, cohort.endDate));
    const useCase = new RevokeCertificateUseCase(db.dataSource, db.publisher);
    const revoked = await useCase.execute(user, app.id, '  출석 기록 오류  ');
    expect(revoked.certificateRevokedAt).toBeInstanceOf(Date);
    expect(revoked.certificateRevokeReason).toBe('출석 기록 오류');
    expect(revoked.certificateRevokedBy).toBe(user.userId);
    expect(await refusal(useCase.execute(user, app.id, '다시'))).toMatchObject({
      status: 409,
      code: 'CERTIFICATE.ALREADY_REVOKED',
    });
    expect((await stored(app.id)).certificateRevokeReason).toBe('출석 기록 오류');
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM enrollment.outbox WHERE type = 'enrollment.certificate.revoked' AND envelope::text LIKE $1`,
      [`%${app.id}%`],
    );
    expect(count).toBe(1);
  });

  it('revokes once when staff race: one succeeds, the others are told it is revoked already', async () => {
    const { user, cohort, app } = await given();
    await db.dataSource.transaction((tx) => completions.complete(tx, cohort as Cohort, app, 100, cohort.endDate));
    const useCase = new RevokeCertificateUseCase(db.dataSource, db.publisher);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => useCase.execute(user, app.id, `사유 ${i}`)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect(await refusal(Promise.reject(o.reason))).toMatchObject({ status: 409, code: 'CERTIFICATE.ALREADY_REVOKED' });
  });

  it('answers 404 for a trainee not completed, and for another institute', async () => {
    const { user, app } = await given();
    const useCase = new RevokeCertificateUseCase(db.dataSource, db.publisher);
    expect(await refusal(useCase.execute(user, app.id, '사유'))).toMatchObject({ status: 404, code: 'CERTIFICATE.NOT_FOUND' });
    expect(await refusal(useCase.execute(userOf('admin'), app.id, '사유'))).toMatchObject({ status: 404, code: 'APPLICATION.NOT_FOUND' });
  });
});
