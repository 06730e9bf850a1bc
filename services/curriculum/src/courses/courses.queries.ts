import { type CourseQuery, searchWords } from '@baeum/api';
import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Course } from './course.entity';

/** `%…%` for ILIKE, the word's own wildcards and backslashes escaped (backslash is ILIKE's escape). */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Keeps the courses in which every word of the search is found, in the code, a name or a
 * description. A substring match, so that a Korean word is found inside a longer one (문서 in
 * 문서를) as PostgreSQL's full-text search would not; the words are bound, never written into SQL.
 */
export function withEveryWord(qb: SelectQueryBuilder<Course>, alias: string, q: string | undefined): SelectQueryBuilder<Course> {
  searchWords(q).forEach((word, i) => {
    const p = `word${i}`;
    qb.andWhere(
      new Brackets((w) =>
        w
          .where(`${alias}.code ILIKE :${p}`, { [p]: containing(word) })
          .orWhere(`${alias}.name_ko ILIKE :${p}`)
          .orWhere(`${alias}.name_en ILIKE :${p}`)
          .orWhere(`${alias}.description_ko ILIKE :${p}`)
          .orWhere(`${alias}.description_en ILIKE :${p}`),
      ),
    );
  });
  return qb;
}

/** A year's catalog (the latest year when none is asked), searched and filtered, by code; at most 1,000. */
export async function coursesOf(m: EntityManager, tenantId: string, query: CourseQuery): Promise<Course[]> {
  const repo = m.getRepository(Course);
  const fiscalYear = query.fiscalYear ?? (await repo.maximum('fiscalYear', { tenantId }));
  if (fiscalYear === null) return [];
  const qb = repo.createQueryBuilder('c').where('c.tenant_id = :tenantId AND c.fiscal_year = :fiscalYear', { tenantId, fiscalYear });
  withEveryWord(qb, 'c', query.q);
  const exact = {
    educationType: 'education_type',
    fieldCode: 'field_code',
    subfieldCode: 'subfield_code',
    deliveryMode: 'delivery_mode',
    yearStatus: 'year_status',
    generated: 'generated',
    openToOtherProvinces: 'open_to_other_provinces',
  } as const;
  for (const [key, column] of Object.entries(exact)) {
    const value = query[key as keyof typeof exact];
    if (value !== undefined) qb.andWhere(`c.${column} = :${key}`, { [key]: value });
  }
  return qb.orderBy('c.code', 'ASC').take(1000).getMany();
}

/** The fiscal years that have a catalog, newest first. */
export async function courseYears(m: EntityManager, tenantId: string): Promise<number[]> {
  const rows: { fiscal_year: number }[] = await m.query(
    `SELECT DISTINCT fiscal_year FROM "curriculum"."course" WHERE tenant_id = $1 ORDER BY fiscal_year DESC`,
    [tenantId],
  );
  return rows.map((r) => r.fiscal_year);
}

/** A course the caller's institute may read: its own, or another's that is open to other provinces. */
export const visibleCourse = (m: EntityManager, tenantId: string, id: string): Promise<Course | null> =>
  m
    .getRepository(Course)
    .createQueryBuilder('c')
    .where('c.id = :id AND (c.tenant_id = :tenantId OR c.open_to_other_provinces)', { id, tenantId })
    .getOne();

/** The ids of the courses (any year) the caller's institute may read in which every word is found; at most 500. */
export async function visibleCourseIds(m: EntityManager, tenantId: string, q: string): Promise<string[]> {
  const qb = m
    .getRepository(Course)
    .createQueryBuilder('c')
    .select('c.id', 'id')
    .where('(c.tenant_id = :tenantId OR c.open_to_other_provinces)', { tenantId });
  const rows: { id: string }[] = await withEveryWord(qb, 'c', q)
    .orderBy('c.fiscal_year', 'DESC')
    .addOrderBy('c.code')
    .limit(500)
    .getRawMany();
  return rows.map((r) => r.id);
}

export const courseById = (m: EntityManager, tenantId: string, id: string): Promise<Course | null> =>
  m.findOne(Course, { where: { id, tenantId } });

/** The courses of later years that replace this one, oldest year first. */
export const coursesReplacing = (m: EntityManager, tenantId: string, id: string): Promise<Course[]> =>
  m.find(Course, { where: { replacesCourseId: id, tenantId }, order: { fiscalYear: 'ASC' } });

/** Every course of a year's catalog, by code (no cap: a whole catalog is copied from it). */
export const coursesOfYear = (m: EntityManager, tenantId: string, fiscalYear: number): Promise<Course[]> =>
  m.find(Course, { where: { tenantId, fiscalYear }, order: { code: 'ASC' } });

/** Whether a year has any course. */
export const hasCatalog = (m: EntityManager, tenantId: string, fiscalYear: number): Promise<boolean> =>
  m.exists(Course, { where: { tenantId, fiscalYear } });

/** Inserts courses in batches, so that a whole catalog is a few statements. */
export async function insertCourses(m: EntityManager, courses: Course[]): Promise<void> {
  for (let i = 0; i < courses.length; i += 200) await m.insert(Course, courses.slice(i, i + 200));
}
