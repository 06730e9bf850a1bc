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
import { TraineeDirectory } from '../../../trainees/trainee-directory';
import { Application } from '../../application.entity';
import { AddCohortTraineeUseCase } from './add-cohort-trainee.usecase';

/** 교육생 직접 추가 on a real PostgreSQL: confirmed within the cohort's seats, recorded, and refused with a code otherwise. */
describe('AddCohortTraineeUseCase', () => {
  let db: SpecDatabase;
  let useCase: AddCohortTraineeUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new AddCohortTraineeUseCase(db.dataSource, new TraineeDirectory(db.publisher), new SeatBook(db.publisher));
  });
  afterAll(() => db.drop());

  const manager = () => userOf('course_manager', { name: '김운영' });
  const stored = (id: string) => db.dataSource.manager.findOneByOrFail(Application, { id });
  const cohortOf = (id: string) => db.dataSource.manager.findOneByOrFail(Cohort, { cohortId: id });
  const applicationsOf = (cohortId: string) => db.dataSource.manager.findBy(Application, { cohortId });
  /** The refusal with its parameters, which `refusal` leaves out. */
  const refusedWith = async (call: Promise<unknown>) => {
    const seen = await call.then(
      () => undefined,
      (error: { getStatus(): number; getResponse(): { code: string; params?: object } }) => error,
    );
    if (!seen) throw new Error('expected a refusal, and the call succeeded');
    return { status: seen.getStatus(), code: seen.getResponse().code, params: seen.getResponse().params };
  };

  it('confirms a walk-in after applications closed, with who added them, an audit entry, a notice and the seat event', async () => {
    const user = manager();
    await givenAgency(db.dataSource, user.tenantId);
    // Training started yesterday; applications closed days ago, and the cohort wants approvals.
    const cohort = await givenCohort(db.dataSource, user.tenantId, {
      startDate: addDays(seoulToday(), -1),
      endDate: addDays(seoulToday(), 1),
      applicationCloses: addDays(seoulToday(), -5),
      cancellationCloses: addDays(seoulToday(), -5),
      approval: 'agency_and_institute',
    });
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { name: '박현장' });

    const app = await useCase.execute({ actor: user, cohortId: cohort.cohortId, traineeId: trainee.id, reason: '  전화 추천  ' });

    expect(await stored(app.id)).toMatchObject({
      status: 'confirmed',
      via: 'staff',
      nominatedBy: user.userId,
      instituteApprovedBy: user.userId,
      awaiting: null,
      traineeName: '박현장',
    });
    expect(await cohortOf(cohort.cohortId)).toMatchObject({ confirmed: 1 });
    const [audit] = await db.dataSource.query(
      `SELECT actor_id, actor_name, actor_role, action, subject_type, after FROM enrollment.audit_log WHERE subject_id = $1`,
      [app.id],
    );
    expect(audit).toMatchObject({
      actor_id: user.userId,
      actor_name: '김운영',
      actor_role: 'course_manager',
      action: 'application.added_by_staff',
      subject_type: 'application',
      after: { cohortId: cohort.cohortId, traineeId: trainee.id, status: 'confirmed', reason: '전화 추천' },
    });
    const events = await db.dataSource.query(
      `SELECT envelope->'payload'->>'via' AS via, envelope->'payload'->>'traineeId' AS "traineeId",
              envelope->'payload'->>'startDate' AS "startDate"
         FROM enrollment.outbox WHERE type = 'enrollment.seat.confirmed' AND key = $1`,
      [cohort.cohortId],
    );
    // Seat events of v1 know no staff route: announced as the institute's nomination. The one event is
    // what tells the trainee (the notification service), naming the cohort by its dates.
    expect(events).toEqual([{ via: 'nomination', traineeId: trainee.id, startDate: cohort.startDate }]);
  });

  it('refuses a full cohort with ENROLLMENT_COHORT.FULL and adds nothing', async () => {
    const user = manager();
    await givenAgency(db.dataSource, user.tenantId);
    const cohort = await givenCohort(db.dataSource, user.tenantId, { capacity: 1, confirmed: 1 });
    await givenApplication(db.dataSource, cohort, await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC'));
    const walkIn = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');

    expect(await refusedWith(useCase.execute({ actor: user, cohortId: cohort.cohortId, traineeId: walkIn.id }))).toMatchObject({
      status: 409,
      code: 'ENROLLMENT_COHORT.FULL',
      params: { capacity: 1, confirmed: 1 },
    });
    expect(await applicationsOf(cohort.cohortId)).toHaveLength(1);
  });

  it('never seats more than the capacity when staff add at the same moment', async () => {
    const user = manager();
    await givenAgency(db.dataSource, user.tenantId);
    const cohort = await givenCohort(db.dataSource, user.tenantId, { capacity: 3 });
    const trainees = await Promise.all(Array.from({ length: 6 }, () => givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC')));
    const outcomes = await Promise.allSettled(
      trainees.map((t) => useCase.execute({ actor: user, cohortId: cohort.cohortId, traineeId: t.id })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    for (const o of outcomes.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect(await refusal(Promise.reject(o.reason))).toMatchObject({ status: 409, code: 'ENROLLMENT_COHORT.FULL' });
    expect(await cohortOf(cohort.cohortId)).toMatchObject({ confirmed: 3 });
    expect((await applicationsOf(cohort.cohortId)).map((a) => a.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('refuses a trainee already in the cohort with APPLICATION.ALREADY_IN_COHORT', async () => {
    const user = manager();
    await givenAgency(db.dataSource, user.tenantId);
    const cohort = await givenCohort(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    const held = await givenApplication(db.dataSource, cohort, trainee, { status: 'waitlisted', confirmedAt: null });

    expect(await refusedWith(useCase.execute({ actor: user, cohortId: cohort.cohortId, traineeId: trainee.id }))).toMatchObject({
      status: 409,
      code: 'APPLICATION.ALREADY_IN_COHORT',
      params: { applicationId: held.id, status: 'waitlisted' },
    });
  });

  it("answers 404 for an unknown trainee, another institute's trainee or cohort; 409 for a cohort cancelled or over", async () => {
    const user = manager();
    await givenAgency(db.dataSource, user.tenantId);
    const cohort = await givenCohort(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    const other = manager();
    const theirs = await givenTrainee(db.dataSource, other.tenantId, 'AG-SPEC');
    const theirCohort = await givenCohort(db.dataSource, other.tenantId);
    const add = (cohortId: string, traineeId: string) => refusedWith(useCase.execute({ actor: user, cohortId, traineeId }));

    expect(await add(cohort.cohortId, '00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, code: 'TRAINEE.NOT_FOUND' });
    expect(await add(cohort.cohortId, theirs.id)).toMatchObject({ status: 404, code: 'TRAINEE.NOT_FOUND' });
    expect(await add(theirCohort.cohortId, trainee.id)).toMatchObject({ status: 404, code: 'ENROLLMENT_COHORT.NOT_FOUND' });
    const cancelled = await givenCohort(db.dataSource, user.tenantId, { status: 'cancelled' });
    expect(await add(cancelled.cohortId, trainee.id)).toMatchObject({ status: 409, code: 'ENROLLMENT_COHORT.NOT_SCHEDULED' });
    const over = await givenCohort(db.dataSource, user.tenantId, {
      startDate: addDays(seoulToday(), -3),
      endDate: addDays(seoulToday(), -1),
      applicationCloses: addDays(seoulToday(), -4),
      cancellationCloses: addDays(seoulToday(), -4),
    });
    expect(await add(over.cohortId, trainee.id)).toMatchObject({
      status: 409,
      code: 'ENROLLMENT_COHORT.TRAINING_ENDED',
      params: { endDate: over.endDate },
    });
    expect(await applicationsOf(cohort.cohortId)).toEqual([]);
  });
});
