import { EventPublisher } from '@baeum/messaging';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { AuthUser } from '@baeum/service-kit';
import { Cohort } from './cohort.entity';
import { ChangeCohortUseCase } from './usecases/change-cohort/change-cohort.usecase';
import { ScheduleCohortUseCase } from './usecases/schedule-cohort/schedule-cohort.usecase';
import { CurriculumEnv } from '../config/env';
import { curriculumDatabase } from '../database/settings';
import { BudgetLineQueries } from '../budget-lines/budget-lines.queries';
import { givenBudgetLine, givenCourse } from '../database/spec-database';

/**
 * Scheduling and changing a cohort check its budget line against curriculum's replica, in the use
 * case's own transaction, against a real PostgreSQL (a database of this spec's own). Each test has
 * a tenant of its own.
 */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const publisher = new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });
const schedule = () => new ScheduleCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));
const change = () => new ChangeCohortUseCase(db.dataSource, publisher, new BudgetLineQueries(db.dataSource));

/** A tenant with a course charged to NEWCOMER and the lines finance published, as the consumer keeps them. */
async function tenantWith(
  lines: { code: string; fiscalYear: number; chargeable?: boolean }[],
): Promise<{ manager: AuthUser; courseId: string }> {
  const manager = specUser('course_manager');
  const { id: courseId } = await givenCourse(db.dataSource, manager.tenantId);
  for (const line of lines) await givenBudgetLine(db.dataSource, manager.tenantId, line);
  return { manager, courseId };
}

const cohortBody = (courseId: string, extra: Record<string, unknown> = {}) => ({
  courseId,
  startDate: '2027-03-02',
  endDate: '2027-03-05',
  capacity: 20,
  estimatedCost: 1_000_000,
  ...extra,
});

const unknownLine = (budgetLineCode: string, fiscalYear: number) => ({
  status: 400,
  response: {
    errors: [
      expect.objectContaining({ field: 'budgetLineCode', code: 'COHORT.BUDGET_LINE_UNKNOWN', params: { budgetLineCode, fiscalYear } }),
    ],
  },
});

const cohortsOf = (tenantId: string) => db.dataSource.getRepository(Cohort).countBy({ tenantId });

describe('a cohort’s budget line, checked against the replica', () => {
  it('schedules a cohort on a chargeable line of the year it starts in, the course’s line when none is given', async () => {
    const { manager, courseId } = await tenantWith([{ code: 'NEWCOMER', fiscalYear: 2027 }]);
    await expect(schedule().execute(manager, cohortBody(courseId))).resolves.toMatchObject({ budgetLineCode: 'NEWCOMER' });
  });

  const refusedLines =
    'refuses a line the replica does not have in that year, one that is not chargeable, or another tenant’s, and writes nothing';
  it(refusedLines, async () => {
    const { manager, courseId } = await tenantWith([
      { code: 'NEWCOMER', fiscalYear: 2026 },
      { code: 'REVENUE', fiscalYear: 2027, chargeable: false },
    ]);
    const other = await tenantWith([{ code: 'ELSEWHERE', fiscalYear: 2027 }]);
    await expect(schedule().execute(manager, cohortBody(courseId))).rejects.toMatchObject(unknownLine('NEWCOMER', 2027));
    await expect(schedule().execute(manager, cohortBody(courseId, { budgetLineCode: 'REVENUE' }))).rejects.toMatchObject(
      unknownLine('REVENUE', 2027),
    );
    await expect(schedule().execute(manager, cohortBody(courseId, { budgetLineCode: 'ELSEWHERE' }))).rejects.toMatchObject(
      unknownLine('ELSEWHERE', 2027),
    );
    expect(other.manager.tenantId).not.toBe(manager.tenantId);
    expect(await cohortsOf(manager.tenantId)).toBe(0);
  });

  it('checks a change of line or of fiscal year, and lets other changes through', async () => {
    const { manager, courseId } = await tenantWith([
      { code: 'NEWCOMER', fiscalYear: 2027 },
      { code: 'ICT', fiscalYear: 2027 },
    ]);
    const cohort = await schedule().execute(manager, cohortBody(courseId));
    await expect(change().execute(manager, cohort.id, { budgetLineCode: 'NOPE', reason: '변경' })).rejects.toMatchObject(
      unknownLine('NOPE', 2027),
    );
    await expect(
      change().execute(manager, cohort.id, { startDate: '2028-03-06', endDate: '2028-03-09', reason: '연기' }),
    ).rejects.toMatchObject(unknownLine('NEWCOMER', 2028));
    await expect(change().execute(manager, cohort.id, { budgetLineCode: 'ICT', reason: '변경' })).resolves.toMatchObject({
      budgetLineCode: 'ICT',
    });
    await expect(change().execute(manager, cohort.id, { capacity: 25, reason: '증원' })).resolves.toMatchObject({ capacity: 25 });
  });
});
