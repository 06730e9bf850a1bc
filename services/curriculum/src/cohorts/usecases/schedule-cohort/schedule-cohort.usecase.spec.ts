import { CohortScheduledV1, EventContract, validatePayload } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { BadRequestException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetLineQueries } from '../../../budget-lines/budget-lines.queries';
import { Course } from '../../../courses/course.entity';
import { Cohort } from '../../cohort.entity';
import { ScheduleCohortUseCase } from './schedule-cohort.usecase';

const TENANT = '5e0a0000-0000-4000-8000-000000000001';
const OTHER_TENANT = '5e0a0000-0000-4000-8000-000000000002';
const course: Course = {
  id: 'c0c0c0c0-0000-4000-8000-000000000001',
  tenantId: TENANT,
  fiscalYear: 2027,
  code: 'NEWCOMER',
  nameKo: '신임자 과정',
  nameEn: 'Newcomer course',
  descriptionKo: '',
  descriptionEn: '',
  educationType: 'general',
  fieldCode: 'basic_competency',
  subfieldCode: 'new_appointment',
  deliveryMode: 'blended_course',
  hours: 105,
  targetGrades: [],
  targetPositions: [],
  openToOtherProvinces: false,
  yearStatus: 'improved',
  replacesCourseId: null,
  budgetLineCode: 'NEWCOMER',
  completionMinAttendancePercent: 80,
  completionRequiresAssessment: false,
  generated: false,
  sourceNote: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};
const manager: AuthUser = {
  userId: 'a0000000-0000-4000-8000-000000000001',
  tenantId: TENANT,
  role: 'course_manager',
  agencyCode: null,
  name: '김교육',
};

/**
 * A fake of the service's own storage: courses by id, no rooms or instructors, no tenant
 * settings, inserted cohorts and published events.
 */
function fakes(courses: Course[]) {
  const inserted: Cohort[] = [];
  const published: { type: string; tenantId: string; payload: unknown }[] = [];
  const tx = {
    findOne: async (entity: unknown, { where }: { where: Partial<Course> }) =>
      entity === Course ? (courses.find((c) => c.id === where.id && c.tenantId === where.tenantId) ?? null) : null,
    query: async (sql: string) => (sql.includes('MAX(cohort_no)') ? [{ next: 1 }] : []),
    insert: async (_entity: unknown, row: Cohort) => void inserted.push(row),
  } as unknown as EntityManager;
  const dataSource = { transaction: async <T>(work: (m: EntityManager) => Promise<T>) => work(tx) } as unknown as DataSource;
  const publisher = {
    publish: async <P>(_tx: EntityManager, contract: EventContract<P>, tenantId: string, payload: P) =>
      void published.push({ type: contract.type, tenantId, payload }),
  } as unknown as EventPublisher;
  // Every line is chargeable here; the check against the replica has its own spec (schedule-cohort.budget-line.spec.ts).
  const budgetLines = { isChargeable: async () => true } as unknown as BudgetLineQueries;
  return { useCase: new ScheduleCohortUseCase(dataSource, publisher, budgetLines), inserted, published };
}

const command = {
  courseId: course.id,
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: 12_000_000,
  budgetLineCode: 'NEWCOMER',
};

describe('ScheduleCohortUseCase', () => {
  it('stores the cohort and announces its whole snapshot, the cost as integer won', async () => {
    const { useCase, inserted, published } = fakes([course]);
    const view = await useCase.execute(manager, command);
    expect(inserted).toHaveLength(1);
    expect(inserted[0].estimatedCost).toBe(12_000_000n);
    expect(view).toMatchObject({
      courseCode: 'NEWCOMER',
      cohortNo: 1,
      capacity: 30,
      estimatedCost: '12000000',
      status: 'scheduled',
      deliveryMode: 'blended_course',
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
    });
    expect(published).toEqual([
      {
        type: CohortScheduledV1.type,
        tenantId: TENANT,
        payload: expect.objectContaining({ cohortId: view.id, estimatedCost: '12000000', capacity: 30 }),
      },
    ]);
    const payload = published[0].payload as Record<string, unknown>;
    expect(validatePayload(CohortScheduledV1, payload)).toEqual([]);
    // Every field of the snapshot is filled; only a room is absent, as this cohort has none.
    const missing = Object.keys(CohortScheduledV1.fields).filter((f) => payload[f] === undefined);
    expect(missing).toEqual(['roomName']);
    expect(payload).toMatchObject({
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

  it("takes the course's budget line when none is given", async () => {
    const { useCase, inserted } = fakes([course]);
    const { budgetLineCode: _omitted, ...withoutLine } = command;
    await useCase.execute(manager, withoutLine);
    expect(inserted[0].budgetLineCode).toBe('NEWCOMER');
  });

  it('refuses an end date before the start date, naming the field, and writes nothing', async () => {
    const { useCase, inserted, published } = fakes([course]);
    const error = await useCase.execute(manager, { ...command, endDate: '2027-03-01' }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.getResponse().errors[0]).toMatchObject({
      field: 'endDate',
      code: 'COHORT.END_BEFORE_START',
      params: { startDate: '2027-03-02', endDate: '2027-03-01' },
    });
    expect(inserted).toHaveLength(0);
    expect(published).toHaveLength(0);
  });

  it("does not schedule another tenant's course", async () => {
    const { useCase, inserted } = fakes([{ ...course, tenantId: OTHER_TENANT }]);
    const error = await useCase.execute(manager, command).catch((e) => e);
    expect(error.getResponse().errors[0]).toMatchObject({ field: 'courseId', code: 'COURSE.NOT_FOUND' });
    expect(inserted).toHaveLength(0);
  });
});

describe('ScheduleCohortUseCase, a cohort wholly in the past', () => {
  const past = { ...command, startDate: '2024-05-13', endDate: '2024-05-14' };

  it('is refused without a reason, beside pastReason, and nothing is stored or announced', async () => {
    const { useCase, inserted, published } = fakes([course]);
    const refusal = await useCase.execute(manager, past).catch((e: BadRequestException) => e.getResponse());
    expect(refusal).toMatchObject({
      errors: [{ field: 'pastReason', code: 'COHORT.IN_THE_PAST', params: { endDate: '2024-05-14' } }],
    });
    expect(await useCase.execute(manager, { ...past, pastReason: '   ' }).catch(() => 'refused')).toBe('refused');
    expect([inserted, published]).toEqual([[], []]);
  });

  it('is recorded with its reason, which the cohort keeps', async () => {
    const { useCase, inserted } = fakes([course]);
    const view = await useCase.execute(manager, { ...past, pastReason: ' 교육 종료 후 실적 입력 ' });
    expect(inserted[0].lateEntryReason).toBe('교육 종료 후 실적 입력');
    expect(view.lateEntryReason).toBe('교육 종료 후 실적 입력');
  });

  it('needs no reason when the cohort ends today or later', async () => {
    const { useCase, inserted } = fakes([course]);
    await useCase.execute(manager, command);
    expect(inserted[0].lateEntryReason).toBeNull();
  });
});
