import { BudgetLineQueries } from '../../budget-lines/budget-lines.queries';
import { addDays, seoulToday } from '@baeum/calendar';
import { UnderFillDecidedV1 } from '@baeum/contracts';
import { ConsumerRuntime, EventPublisher, InboundMessage } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { eventEnvelope, specDatabase, SpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { curriculumDatabase } from '../../database/settings';
import { givenBudgetLine, givenCourse } from '../../database/spec-database';
import { Cohort } from '../cohort.entity';
import { ChangeCohortUseCase } from '../usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from '../usecases/close-cohort/close-cohort.usecase';
import { ScheduleCohortUseCase } from '../usecases/schedule-cohort/schedule-cohort.usecase';
import { UnderFillDecidedConsumer } from './under-fill-decided.consumer';

describe('UnderFillDecidedConsumer', () => {
  let db: SpecDatabase;
  let runtime: ConsumerRuntime;
  let schedule: ScheduleCohortUseCase;
  const deadLetters: string[] = [];
  const warnings: string[] = [];
  const logger = {
    debug() {},
    info() {},
    error() {},
    warn: (_o: unknown, message: string) => void warnings.push(message),
  } as unknown as Logger;

  beforeAll(async () => {
    db = await specDatabase(curriculumDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as Parameters<typeof curriculumDatabase>[0]));
    const publisher = new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });
    const budgetLines = new BudgetLineQueries(db.dataSource);
    schedule = new ScheduleCohortUseCase(db.dataSource, publisher, budgetLines);
    runtime = new ConsumerRuntime(
      db.dataSource,
      'curriculum',
      'curriculum',
      [
        new UnderFillDecidedConsumer(
          new ChangeCohortUseCase(db.dataSource, publisher, budgetLines),
          new CloseCohortUseCase(db.dataSource, publisher),
          logger,
        ),
      ],
      { attempts: 2, initialBackoffMs: 10, maxBackoffMs: 10 },
      logger,
    );
  });
  afterAll(() => db.drop());

  /** A course and a scheduled cohort of a tenant of its own, starting in three weeks. */
  async function givenCohort(): Promise<{ tenantId: string; cohortId: string; startDate: string }> {
    const tenantId = randomUUID();
    const course = await givenCourse(db.dataSource, tenantId, { budgetLineCode: 'SPEC', hours: 21 });
    const manager: AuthUser = { userId: randomUUID(), tenantId, role: 'course_manager', agencyCode: null, name: '김교육' };
    const startDate = addDays(seoulToday(), 21);
    // Finance's line, as curriculum's replica holds it, for the year the cohort starts in.
    await givenBudgetLine(db.dataSource, tenantId, { code: 'SPEC', fiscalYear: Number(startDate.slice(0, 4)) });
    const cohort = await schedule.execute(manager, {
      courseId: course.id,
      startDate,
      endDate: addDays(startDate, 2),
      capacity: 20,
      minimumFill: 5,
      estimatedCost: 1_000_000,
    });
    return { tenantId, cohortId: cohort.id, startDate };
  }

  /** Delivers one decision the way either transport does. */
  async function deliver(tenantId: string, payload: UnderFillDecidedV1, id: string = randomUUID()): Promise<string> {
    const envelope = eventEnvelope(UnderFillDecidedV1, tenantId, payload, id);
    const message: InboundMessage = {
      topic: UnderFillDecidedV1.topic,
      key: payload.cohortId,
      value: JSON.stringify(envelope),
      position: id,
    };
    await runtime.process([message], { deadLetter: async (_m, error) => void deadLetters.push(error) });
    return id;
  }

  const cohortOf = (id: string) => db.dataSource.manager.findOneByOrFail(Cohort, { id });
  const announced = async (cohortId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> =>
    db.dataSource.query(`SELECT type, envelope->'payload' AS payload FROM curriculum.outbox WHERE key = $1 AND type <> $2 ORDER BY seq`, [
      cohortId,
      'curriculum.cohort.scheduled',
    ]);

  it('extends with the change-cohort use case: new windows, announced with the reason, once however often delivered', async () => {
    const { tenantId, cohortId } = await givenCohort();
    const applicationCloses = addDays(seoulToday(), 7);
    const minimumFillCutoff = addDays(seoulToday(), 8);
    const payload = { cohortId, decision: 'extend' as const, reason: '신청 부족 / too few', applicationCloses, minimumFillCutoff };

    const id = await deliver(tenantId, payload);
    await deliver(tenantId, payload, id);

    expect(await cohortOf(cohortId)).toMatchObject({ status: 'scheduled', applicationCloses, minimumFillCutoff });
    expect(await announced(cohortId)).toEqual([
      {
        type: 'curriculum.cohort.changed',
        payload: expect.objectContaining({
          applicationCloses,
          minimumFillCutoff,
          reason: '신청 부족 / too few',
          changedFields: expect.arrayContaining(['applicationCloses', 'minimumFillCutoff']),
        }),
      },
    ]);
    expect(deadLetters).toEqual([]);
  });

  it.each(['merge', 'cancel'] as const)('%s cancels the cohort with the cancel use case, announced with the reason', async (decision) => {
    const { tenantId, cohortId } = await givenCohort();
    await deliver(tenantId, {
      cohortId,
      decision,
      reason: '최소 인원 미달 / below its minimum fill',
      ...(decision === 'merge' ? { targetCohortId: randomUUID(), moved: 3 } : {}),
    });

    expect(await cohortOf(cohortId)).toMatchObject({ status: 'cancelled', statusReason: '최소 인원 미달 / below its minimum fill' });
    expect(await announced(cohortId)).toEqual([
      {
        type: 'curriculum.cohort.cancelled',
        payload: expect.objectContaining({ cohortId, reason: '최소 인원 미달 / below its minimum fill' }),
      },
    ]);
    expect(deadLetters).toEqual([]);
  });

  it('records what it cannot carry out (the cohort cancelled meanwhile) and goes on, neither failing nor dead-lettering', async () => {
    const { tenantId, cohortId, startDate } = await givenCohort();
    await deliver(tenantId, { cohortId, decision: 'cancel', reason: 'first' });

    const second = await deliver(tenantId, { cohortId, decision: 'extend', reason: 'late', applicationCloses: addDays(startDate, -1) });

    expect(await cohortOf(cohortId)).toMatchObject({ status: 'cancelled', statusReason: 'first' });
    expect((await announced(cohortId)).map((e) => e.type)).toEqual(['curriculum.cohort.cancelled']);
    expect(deadLetters).toEqual([]);
    expect(warnings).toContain('curriculum cannot follow the under-fill decision; recorded and skipped');
    // Handled: the inbox has it, so a redelivery does nothing either.
    expect(await db.dataSource.query(`SELECT 1 FROM curriculum.inbox WHERE event_id = $1`, [second])).toHaveLength(1);
  });
});
