import { CreateCourseDto } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { SaveCategoryUseCase } from '../../../categories/usecases/save-category/save-category.usecase';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { courseYears, coursesOfYear } from '../../courses.queries';
import { SaveCourseUseCase } from '../save-course/save-course.usecase';
import { CarryCatalogForwardUseCase } from './carry-catalog-forward.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const publisher = () => new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });
const carry = () => new CarryCatalogForwardUseCase(db.dataSource, publisher());

const course = (code: string, extra: Partial<CreateCourseDto> = {}): CreateCourseDto => ({
  fiscalYear: 2022,
  code,
  nameKo: `${code} 과정`,
  nameEn: `${code} course`,
  educationType: 'general',
  fieldCode: 'basic',
  deliveryMode: 'face_to_face',
  hours: 21,
  ...extra,
});

/** A planner's tenant with a field and two 2022 courses, the second merging a 2021 one. */
async function catalog2022(): Promise<AuthUser> {
  const user = specUser('planner');
  await new SaveCategoryUseCase(db.dataSource).create(user, { code: 'basic', kind: 'field', nameKo: '기본역량', nameEn: 'Basic' });
  const save = new SaveCourseUseCase(db.dataSource, publisher());
  const old = await save.create(user, course('OLD', { fiscalYear: 2021 }));
  await save.create(user, course('LEAD', { budgetLineCode: 'LEAD', targetGrades: [5, 6] }));
  await save.create(user, course('MERGED', { yearStatus: 'merged', replacesCourseId: old.id }));
  return user;
}

const publishedCourseEvents = async (tenantId: string, fiscalYear: number): Promise<number> => {
  const [row] = await db.dataSource.query(
    `SELECT count(*)::int AS n FROM curriculum.outbox
      WHERE type = 'curriculum.course.published' AND envelope->>'tenantId' = $1
        AND (envelope->'payload'->>'fiscalYear')::int = $2`,
    [tenantId, fiscalYear],
  );
  return row.n;
};

describe('CarryCatalogForwardUseCase', () => {
  it("copies a year's catalog into a later year, every course continued, and tells the catalog's readers", async () => {
    const user = await catalog2022();
    expect(await carry().execute(user, { fromYear: 2022, toYear: 2026 })).toEqual({ fiscalYear: 2026, courses: 2 });
    const copies = await coursesOfYear(db.dataSource.manager, user.tenantId, 2026);
    expect(copies.map((c) => [c.code, c.yearStatus, c.replacesCourseId])).toEqual([
      ['LEAD', 'continued', null],
      ['MERGED', 'continued', null],
    ]);
    expect(copies[0]).toMatchObject({ budgetLineCode: 'LEAD', targetGrades: [5, 6], hours: 21, nameKo: 'LEAD 과정' });
    expect(await courseYears(db.dataSource.manager, user.tenantId)).toEqual([2026, 2022, 2021]);
    expect(await publishedCourseEvents(user.tenantId, 2026)).toBe(2);
    // The earlier year is untouched.
    expect((await coursesOfYear(db.dataSource.manager, user.tenantId, 2022)).map((c) => c.yearStatus)).toEqual(['new', 'merged']);
  });

  it('refuses a year that has a catalog already (409, beside toYear), adding nothing', async () => {
    const user = await catalog2022();
    await carry().execute(user, { fromYear: 2022, toYear: 2026 });
    await expect(carry().execute(user, { fromYear: 2021, toYear: 2026 })).rejects.toMatchObject({
      status: 409,
      response: { code: 'COURSE_YEAR.EXISTS', field: 'toYear' },
    });
    expect(await coursesOfYear(db.dataSource.manager, user.tenantId, 2026)).toHaveLength(2);
  });

  it('refuses to carry backwards or from an empty year, naming the field', async () => {
    const user = await catalog2022();
    await expect(carry().execute(user, { fromYear: 2022, toYear: 2022 })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'toYear', code: 'COURSE_YEAR.NOT_LATER' })] },
    });
    await expect(carry().execute(user, { fromYear: 2019, toYear: 2026 })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'fromYear', code: 'COURSE_YEAR.EMPTY' })] },
    });
    expect(await courseYears(db.dataSource.manager, user.tenantId)).toEqual([2022, 2021]);
  });

  it('makes one copy when two planners carry into the same year at once', async () => {
    const user = await catalog2022();
    const outcomes = await Promise.allSettled([
      carry().execute(user, { fromYear: 2022, toYear: 2027 }),
      carry().execute(user, { fromYear: 2022, toYear: 2027 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
    expect(await coursesOfYear(db.dataSource.manager, user.tenantId, 2027)).toHaveLength(2);
    expect(await publishedCourseEvents(user.tenantId, 2027)).toBe(2);
  });

  it("keeps tenants apart: another tenant's catalog is not carried", async () => {
    await catalog2022();
    await expect(carry().execute(specUser('planner'), { fromYear: 2022, toYear: 2026 })).rejects.toMatchObject({ status: 400 });
  });
});
