import { AgencyChangedV1, EventEnvelope } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { AgencyChangedConsumer } from '../../../agencies/consumers/agency-changed.consumer';
import { BudgetLineQueries } from '../../../budget-lines/budget-lines.queries';
import { CurriculumEnv } from '../../../config/env';
import { Course } from '../../../courses/course.entity';
import { givenBudgetLine, givenCourse } from '../../../database/spec-database';
import { curriculumDatabase } from '../../../database/settings';
import { Cohort } from '../../cohort.entity';
import { loadCohorts } from '../../cohorts.queries';
import { toCohortView } from '../../cohort.view';
import { ScheduleCohortUseCase } from '../schedule-cohort/schedule-cohort.usecase';
import { ChangeCohortUseCase } from './change-cohort.usecase';

/**
 * Changing a cohort's quotas against a real PostgreSQL (a database of this spec's own), each test with a
 * tenant of its own: a deactivated agency, as enrollment announced it, is given no quota.
 */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const publisher = new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });
const schedule = () => new ScheduleCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));
const change = () => new ChangeCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));

async function given(): Promise<{ manager: AuthUser; course: Course }> {
  const manager = specUser('course_manager');
  const course = await givenCourse(db.dataSource, manager.tenantId, {});
  await givenBudgetLine(db.dataSource, manager.tenantId, { code: 'NEWCOMER', fiscalYear: 2027 });
  return { manager, course };
}
const commandFor = (course: Course, agencyQuotas: { agencyCode: string; seats: number }[]) => ({
  courseId: course.id,
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: 12_000_000,
  budgetLineCode: 'NEWCOMER',
  agencyQuotas,
});
/** Enrollment's announcement that the administrator (de)activated the agency. */
/** Each announcement strictly after the one before: two in one millisecond could not be told apart (the later is ignored). */
let lastChangedAt = 0;
const agencyBecomes = (tenantId: string, code: string, active: boolean) => {
  lastChangedAt = Math.max(Date.now(), lastChangedAt + 1);
  const changedAt = new Date(lastChangedAt).toISOString();
  const event: EventEnvelope<AgencyChangedV1> = {
    id: randomUUID(),
    type: AgencyChangedV1.type,
    version: AgencyChangedV1.version,
    occurredAt: changedAt,
    tenantId,
    source: 'enrollment',
    correlationId: randomUUID(),
    causationId: null,
    payload: { code, nameKo: code, active, changedAt },
  };
  return db.dataSource.transaction((tx) => new AgencyChangedConsumer().handle(event, tx));
};
const refusalOf = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { getStatus(): number; getResponse(): { errors: { field: string; code: string; params: unknown }[] } } | null;
  if (!error) throw new Error('expected a refusal');
  return { status: error.getStatus(), errors: error.getResponse().errors.map(({ field, code, params }) => ({ field, code, params })) };
};
const outboxCount = async (tenantId: string) =>
  Number((await db.dataSource.query(`SELECT count(*) FROM curriculum.outbox WHERE envelope->>'tenantId' = $1`, [tenantId]))[0].count);

describe('ChangeCohortUseCase and ScheduleCohortUseCase with a deactivated agency', () => {
  it('refuses a new quota for a deactivated agency, naming the quota’s agency field, and stores nothing', async () => {
    const { manager, course } = await given();
    await agencyBecomes(manager.tenantId, 'MAPO-GU', false);
    const refused = await refusalOf(
      schedule().execute(
        manager,
        commandFor(course, [
          { agencyCode: 'JUNG-GU', seats: 2 },
          { agencyCode: 'MAPO-GU', seats: 3 },
        ]),
      ),
    );
    expect(refused).toEqual({
      status: 400,
      errors: [{ field: 'agencyQuotas.1.agencyCode', code: 'COHORT.QUOTA_AGENCY_INACTIVE', params: { agencyCode: 'MAPO-GU' } }],
    });
    expect(await db.dataSource.getRepository(Cohort).countBy({ tenantId: manager.tenantId })).toBe(0);
    expect(await outboxCount(manager.tenantId)).toBe(0);
  });

  it('keeps a deactivated agency’s quota as it was, marked, and refuses to change it; removing it is allowed', async () => {
    const { manager, course } = await given();
    const scheduled = await schedule().execute(manager, commandFor(course, [{ agencyCode: 'MAPO-GU', seats: 3 }]));
    await agencyBecomes(manager.tenantId, 'MAPO-GU', false);
    const [parts] = await loadCohorts(db.dataSource.manager, manager.tenantId, { ids: [scheduled.id] });
    expect(toCohortView(parts).agencyQuotas).toEqual([{ agencyCode: 'MAPO-GU', seats: 3, agencyActive: false }]);

    const before = await outboxCount(manager.tenantId);
    const refused = await refusalOf(
      change().execute(manager, scheduled.id, { agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 5 }], reason: '배정 변경' }),
    );
    expect(refused.errors).toEqual([
      { field: 'agencyQuotas.0.agencyCode', code: 'COHORT.QUOTA_AGENCY_INACTIVE', params: { agencyCode: 'MAPO-GU' } },
    ]);
    expect(await db.dataSource.getRepository(Cohort).findOneByOrFail({ id: scheduled.id })).toMatchObject({
      agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 3 }],
    });
    expect(await outboxCount(manager.tenantId)).toBe(before);

    // Another change leaves the quota as it was, still marked; then the quota is taken away.
    expect((await change().execute(manager, scheduled.id, { capacity: 25, reason: '정원 조정' })).agencyQuotas).toEqual([
      { agencyCode: 'MAPO-GU', seats: 3, agencyActive: false },
    ]);
    expect((await change().execute(manager, scheduled.id, { agencyQuotas: [], reason: '배정 취소' })).agencyQuotas).toEqual([]);
  });

  it('gives a reactivated agency quotas again', async () => {
    const { manager, course } = await given();
    await agencyBecomes(manager.tenantId, 'MAPO-GU', false);
    await agencyBecomes(manager.tenantId, 'MAPO-GU', true);
    const view = await schedule().execute(manager, commandFor(course, [{ agencyCode: 'MAPO-GU', seats: 3 }]));
    expect(view.agencyQuotas).toEqual([{ agencyCode: 'MAPO-GU', seats: 3, agencyActive: true }]);
  });
});
