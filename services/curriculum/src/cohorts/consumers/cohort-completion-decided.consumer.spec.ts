import { BudgetLineQueries } from '../../budget-lines/budget-lines.queries';
import { addDays, seoulToday } from '@baeum/calendar';
import { CohortCompletionDecidedV1 } from '@baeum/contracts';
import { ConsumerRuntime, EventPublisher, InboundMessage } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { eventEnvelope, specDatabase, SpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { curriculumDatabase } from '../../database/settings';
import { givenBudgetLine, givenCourse } from '../../database/spec-database';
import { Cohort } from '../cohort.entity';
import { CloseCohortUseCase } from '../usecases/close-cohort/close-cohort.usecase';
import { ScheduleCohortUseCase } from '../usecases/schedule-cohort/schedule-cohort.usecase';
import { CohortCompletionDecidedConsumer } from './cohort-completion-decided.consumer';

describe('CohortCompletionDecidedConsumer', () => {
  let db: SpecDatabase;
  let runtime: ConsumerRuntime;
  let schedule: ScheduleCohortUseCase;
  let close: CloseCohortUseCase;
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
    schedule = new ScheduleCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));
    close = new CloseCohortUseCase(db.dataSource, publisher);
    runtime = new ConsumerRuntime(
      db.dataSource,
      'curriculum',
      'curriculum',
      [new CohortCompletionDecidedConsumer(close, logger)],
      { attempts: 2, initialBackoffMs: 10, maxBackoffMs: 10 },
      logger,
    );
  });
  afterAll(() => db.drop());

  /** A scheduled cohort of a tenant of its own; `endsIn` days from today is its last day. */
  async function givenCohort(endsIn: number): Promise<{ tenantId: string; cohortId: string; manager: AuthUser; endDate: string }> {
    const tenantId = randomUUID();
    const course = await givenCourse(db.dataSource, tenantId, { budgetLineCode: 'SPEC', hours: 21 });
    const manager: AuthUser = { userId: randomUUID(), tenantId, role: 'course_manager', agencyCode: null, name: '김교육' };
    const startDate = addDays(seoulToday(), 21);
    await givenBudgetLine(db.dataSource, tenantId, { code: 'SPEC', fiscalYear: Number(startDate.slice(0, 4)) });
    const cohort = await schedule.execute(manager, {
      courseId: course.id,
      startDate,
      endDate: addDays(startDate, 2),
      capacity: 20,
      estimatedCost: 1_000_000,
    });
    // Its training days moved to where the case needs them, as time would have moved them.
    const endDate = addDays(seoulToday(), endsIn);
    await db.dataSource.manager.update(Cohort, { id: cohort.id }, { startDate: addDays(endDate, -2), endDate });
    return { tenantId, cohortId: cohort.id, manager, endDate };
  }

  /** Delivers one run of 수료 처리 the way either transport does. */
  async function deliver(tenantId: string, payload: CohortCompletionDecidedV1, id: string = randomUUID()): Promise<string> {
    const envelope = eventEnvelope(CohortCompletionDecidedV1, tenantId, payload, id);
    const message: InboundMessage = {
      topic: CohortCompletionDecidedV1.topic,
      key: payload.cohortId,
      value: JSON.stringify(envelope),
      position: id,
    };
    await runtime.process([message], { deadLetter: async (_m, error) => void deadLetters.push(error) });
    return id;
  }

  const cohortOf = (id: string) => db.dataSource.manager.findOneByOrFail(Cohort, { id });
  const announced = async (cohortId: string): Promise<string[]> =>
    (
      await db.dataSource.query(`SELECT type FROM curriculum.outbox WHERE key = $1 AND type <> $2 ORDER BY seq`, [
        cohortId,
        'curriculum.cohort.scheduled',
      ])
    ).map((r: { type: string }) => r.type);

  it('ends the cohort (교육 종료) once, however often completion is run or delivered', async () => {
    const { tenantId, cohortId, endDate } = await givenCohort(0);
    const id = await deliver(tenantId, { cohortId, endDate, completed: 3, notCompleted: 1 });
    await deliver(tenantId, { cohortId, endDate, completed: 3, notCompleted: 1 }, id);
    // A second run after attendance corrections.
    await deliver(tenantId, { cohortId, endDate, completed: 1, notCompleted: 0 });

    expect(await cohortOf(cohortId)).toMatchObject({ status: 'completed' });
    expect(await announced(cohortId)).toEqual(['curriculum.cohort.completed']);
    expect(deadLetters).toEqual([]);
  });

  it('leaves a cohort its route already ended as it is', async () => {
    const { tenantId, cohortId, manager, endDate } = await givenCohort(-1);
    await close.complete(manager, cohortId);
    warnings.length = 0;
    await deliver(tenantId, { cohortId, endDate, completed: 2, notCompleted: 0 });
    expect(await announced(cohortId)).toEqual(['curriculum.cohort.completed']);
    expect(warnings).toEqual([]);
  });

  it('records what it cannot carry out (cancelled meanwhile, or its last day moved later) and goes on', async () => {
    const cancelled = await givenCohort(-1);
    await close.cancel(cancelled.manager, cancelled.cohortId, '폐강 / cancelled');
    const later = await givenCohort(3);
    warnings.length = 0;
    const handled = [
      await deliver(cancelled.tenantId, { cohortId: cancelled.cohortId, endDate: cancelled.endDate, completed: 0, notCompleted: 0 }),
      await deliver(later.tenantId, { cohortId: later.cohortId, endDate: addDays(seoulToday(), -1), completed: 1, notCompleted: 0 }),
    ];

    expect(await cohortOf(cancelled.cohortId)).toMatchObject({ status: 'cancelled' });
    expect(await cohortOf(later.cohortId)).toMatchObject({ status: 'scheduled' });
    expect(await announced(later.cohortId)).toEqual([]);
    expect(warnings).toEqual([
      'curriculum cannot end the cohort after its completion; recorded and skipped',
      'curriculum cannot end the cohort after its completion; recorded and skipped',
    ]);
    expect(deadLetters).toEqual([]);
    for (const id of handled) expect(await db.dataSource.query(`SELECT 1 FROM curriculum.inbox WHERE event_id = $1`, [id])).toHaveLength(1);
  });
});
