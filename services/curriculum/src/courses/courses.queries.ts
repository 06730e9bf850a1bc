import type { CourseQuery } from '@baeum/api';
import { Brackets, type EntityManager } from 'typeorm';
import { Course } from './course.entity';

/** A year's catalog (the latest year when none is asked), searched and filtered, by code; at most 1,000. */
export async function coursesOf(m: EntityManager, tenantId: string, query: CourseQuery): Promise<Course[]> {
  const repo = m.getRepository(Course);
  const fiscalYear = query.fiscalYear ?? (await repo.maximum('fiscalYear', { tenantId }));
  if (fiscalYear === null) return [];
  const qb = repo.createQueryBuilder('c').where('c.tenant_id = :tenantId AND c.fiscal_year = :fiscalYear', { tenantId, fiscalYear });
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    qb.andWhere(
      new Brackets((w) => w.where('c.code ILIKE :like', { like }).orWhere('c.name_ko ILIKE :like').orWhere('c.name_en ILIKE :like')),
    );
  }
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
