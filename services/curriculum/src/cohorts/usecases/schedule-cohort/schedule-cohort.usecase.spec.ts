import { CohortScheduledV1, validatePayload } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { BadRequestException } from '@nestjs/common';
import { BudgetLineQueries } from '../../../budget-lines/budget-lines.queries';
import { CurriculumEnv } from '../../../config/env';
import { Course } from '../../../courses/course.entity';
import { givenBudgetLine, givenCourse } from '../../../database/spec-database';
import { curriculumDatabase } from '../../../database/settings';
import { Cohort } from '../../cohort.entity';
import { ScheduleCohortUseCase } from './schedule-cohort.usecase';

/**
 * 기수 편성 against a real PostgreSQL (a database of this spec's own): the cohort row, its number and
 * its announcement in the outbox, written in one transaction. Each test has a tenant of its own.
 */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const publisher = new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });
const useCase = () => new ScheduleCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));

/** A course manager of a tenant of their own, with a blended course and its chargeable line of 2027 and 2024. */
async function given(): Promise<{ manager: AuthUser; course: Course }> {
  const manager = specUser('course_manager');
  const course = await givenCourse(db.dataSource, manager.tenantId, { deliveryMode: 'blended_course', hours: 105 });
  for (const fiscalYear of [2024, 2027]) await givenBudgetLine(db.dataSource, manager.tenantId, { code: 'NEWCOMER', fiscalYear });
  return { manager, course };
}

const commandFor = (course: Course, extra: Record<string, unknown> = {}) => ({
  courseId: course.id,
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: 12_000_000,
  budgetLineCode: 'NEWCOMER',
  ...extra,
});

const cohortsOf = (tenantId: string) => db.dataSource.getRepository(Cohort).find({ where: { tenantId }, order: { createdAt: 'ASC' } });

/** What the tenant's transactions wrote to the outbox, oldest first. */
const announced = async (tenantId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> =>
  db.dataSource.query(`SELECT type, envelope->'payload' AS payload FROM curriculum.outbox WHERE envelope->>'tenantId' = $1 ORDER BY seq`, [
    tenantId,
  ]);

describe('ScheduleCohortUseCase', () => {
  it('stores the cohort with its estimated cost in integer won', async () => {
    const { manager, course } = await given();
    const view = await useCase().execute(manager, commandFor(course));
    const [stored] = await cohortsOf(manager.tenantId);
    expect(stored).toMatchObject({ id: view.id, courseId: course.id, status: 'scheduled', estimatedCost: 12_000_000n });
    expect(view).toMatchObject({
      courseCode: course.code,
      cohortNo: 1,
      capacity: 30,
      estimatedCost: '12000000',
      status: 'scheduled',
      deliveryMode: 'blended_course',
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
    });
  });

  it('announces the whole snapshot in the same transaction, every field filled but the absent room', async () => {
    const { manager, course } = await given();
    const view = await useCase().execute(manager, commandFor(course));
    const events = await announced(manager.tenantId);
    expect(events.map((e) => e.type)).toEqual([CohortScheduledV1.type]);
    const { payload } = events[0];
    expect(validatePayload(CohortScheduledV1, payload)).toEqual([]);
    expect(Object.keys(CohortScheduledV1.fields).filter((f) => payload[f] === undefined)).toEqual(['roomName']);
    expect(payload).toMatchObject({
      cohortId: view.id,
      estimatedCost: '12000000',
      capacity: 30,
      hours: 105,
      applicationCloses: '2027-02-23',
      cancellationCloses: '2027-02-27',
      minimumFill: 0,
      approval: 'none',
      agencyQuotas: [],
      instructors: [],
      subfieldCode: 'new_appointment',
    });
  });

  it('numbers the cohorts of each course from 1', async () => {
    const { manager, course } = await given();
    const other = await givenCourse(db.dataSource, manager.tenantId);
    const first = await useCase().execute(manager, commandFor(course));
    const second = await useCase().execute(manager, commandFor(course, { startDate: '2027-04-05', endDate: '2027-04-09' }));
    const otherFirst = await useCase().execute(manager, commandFor(other));
    expect([first.cohortNo, second.cohortNo, otherFirst.cohortNo]).toEqual([1, 2, 1]);
  });

  it("takes the course's budget line when none is given", async () => {
    const { manager, course } = await given();
    const { budgetLineCode: _omitted, ...withoutLine } = commandFor(course);
    await useCase().execute(manager, withoutLine);
    expect((await cohortsOf(manager.tenantId)).map((c) => c.budgetLineCode)).toEqual(['NEWCOMER']);
  });

  it('refuses an end date before the start date, naming the field, and writes nothing', async () => {
    const { manager, course } = await given();
    const error = await useCase()
      .execute(manager, commandFor(course, { endDate: '2027-03-01' }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.getResponse().errors[0]).toMatchObject({
      field: 'endDate',
      code: 'COHORT.END_BEFORE_START',
      params: { startDate: '2027-03-02', endDate: '2027-03-01' },
    });
    expect([await cohortsOf(manager.tenantId), await announced(manager.tenantId)]).toEqual([[], []]);
  });

  it("does not schedule another tenant's course", async () => {
    const { course } = await given();
    const stranger = specUser('course_manager');
    const error = await useCase()
      .execute(stranger, commandFor(course))
      .catch((e) => e);
    expect(error.getResponse().errors[0]).toMatchObject({ field: 'courseId', code: 'COURSE.NOT_FOUND' });
    expect(await cohortsOf(course.tenantId)).toEqual([]);
  });
});

describe('ScheduleCohortUseCase, a cohort wholly in the past', () => {
  const past = { startDate: '2024-05-13', endDate: '2024-05-14' };

  it('is refused without a reason, beside pastReason, and nothing is stored or announced', async () => {
    const { manager, course } = await given();
    const refusal = await useCase()
      .execute(manager, commandFor(course, past))
      .catch((e: BadRequestException) => e.getResponse());
    expect(refusal).toMatchObject({
      errors: [{ field: 'pastReason', code: 'COHORT.IN_THE_PAST', params: { endDate: '2024-05-14' } }],
    });
    expect([await cohortsOf(manager.tenantId), await announced(manager.tenantId)]).toEqual([[], []]);
  });

  it('is refused with a blank reason', async () => {
    const { manager, course } = await given();
    const refusal = await useCase()
      .execute(manager, commandFor(course, { ...past, pastReason: '   ' }))
      .catch((e: BadRequestException) => e.getResponse());
    expect(refusal).toMatchObject({ errors: [{ field: 'pastReason', code: 'COHORT.IN_THE_PAST' }] });
  });

  it('is recorded with its reason, which the cohort keeps', async () => {
    const { manager, course } = await given();
    const view = await useCase().execute(manager, commandFor(course, { ...past, pastReason: ' 교육 종료 후 실적 입력 ' }));
    expect((await cohortsOf(manager.tenantId)).map((c) => c.lateEntryReason)).toEqual(['교육 종료 후 실적 입력']);
    expect(view.lateEntryReason).toBe('교육 종료 후 실적 입력');
  });

  it('needs no reason when the cohort ends today or later', async () => {
    const { manager, course } = await given();
    await useCase().execute(manager, commandFor(course));
    expect((await cohortsOf(manager.tenantId)).map((c) => c.lateEntryReason)).toEqual([null]);
  });
});
