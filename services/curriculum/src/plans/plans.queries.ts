import type { PlanVersionView } from '@baeum/api';
import type { PlanApprovedV1, PlanFigures } from '@baeum/contracts';
import { In, type EntityManager } from 'typeorm';
import { Category } from '../categories/category.entity';
import { Course } from '../courses/course.entity';
import { found } from '../shared/errors';
import { PlanLine } from './plan-line.entity';
import { type Held, type HeldCohorts, noneHeld, type ReportCourse, type ReportVersion } from './plan-reports';
import { PlanVersion } from './plan-version.entity';

export interface PlanTotals {
  courses: number;
  /** General education sessions; e-learning has none. */
  sessions: number;
  trainees: number;
}

export type { PlanVersionView };

/**
 * The budget lines a plan's courses may name: finance's chargeable lines of the plan's fiscal year in
 * curriculum's replica or, while finance has no book for that year yet (a plan is drafted before its
 * budget), of the newest year it has. Undefined while finance has published no line at all.
 */
export async function plannableBudgetLines(
  m: EntityManager,
  tenantId: string,
  fiscalYear: number,
): Promise<{ fiscalYear: number; codes: Set<string> } | undefined> {
  const [year] = (await m.query(
    `SELECT COALESCE(max(fiscal_year) FILTER (WHERE fiscal_year = $2), max(fiscal_year)) AS "fiscalYear"
       FROM curriculum.budget_line WHERE tenant_id = $1`,
    [tenantId, fiscalYear],
  )) as { fiscalYear: number | null }[];
  if (year?.fiscalYear == null) return undefined;
  const rows = (await m.query(`SELECT DISTINCT code FROM curriculum.budget_line WHERE tenant_id = $1 AND fiscal_year = $2 AND chargeable`, [
    tenantId,
    year.fiscalYear,
  ])) as { code: string }[];
  return { fiscalYear: year.fiscalYear, codes: new Set(rows.map((r) => r.code)) };
}

/** A tenant's plan versions with their totals, oldest first. */
export async function planVersions(
  m: EntityManager,
  tenantId: string,
  filter: { fiscalYear?: number; ids?: string[] } = {},
): Promise<PlanVersionView[]> {
  const versions = await m.find(PlanVersion, {
    where: { tenantId, ...(filter.fiscalYear ? { fiscalYear: filter.fiscalYear } : {}), ...(filter.ids ? { id: In(filter.ids) } : {}) },
    order: { fiscalYear: 'ASC', versionNo: 'ASC' },
  });
  if (versions.length === 0) return [];
  const totals: { id: string; courses: number; sessions: number; trainees: number }[] = await m.query(
    `SELECT l.plan_version_id AS id, count(*)::int AS courses,
            COALESCE(sum(CASE WHEN c.education_type = 'general'
                          THEN l.sessions[1] + l.sessions[2] + l.sessions[3] + l.sessions[4] END), 0)::int AS sessions,
            COALESCE(sum(l.trainees[1] + l.trainees[2] + l.trainees[3] + l.trainees[4]), 0)::int AS trainees
       FROM "curriculum"."plan_line" l JOIN "curriculum"."course" c ON c.id = l.course_id
      WHERE l.plan_version_id = ANY($1::uuid[]) GROUP BY l.plan_version_id`,
    [versions.map((v) => v.id)],
  );
  const byId = new Map(totals.map((t) => [t.id, t]));
  return versions.map(({ tenantId: _t, approvedAt, createdAt, ...v }) => ({
    ...v,
    courses: byId.get(v.id)?.courses ?? 0,
    sessions: byId.get(v.id)?.sessions ?? 0,
    trainees: byId.get(v.id)?.trainees ?? 0,
    approvedAt: approvedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
  }));
}

/** What `curriculum.plan.approved` says of a version: its totals, and the same by education type. */
export async function planApprovedPayload(m: EntityManager, tenantId: string, versionId: string): Promise<PlanApprovedV1> {
  const [view] = await planVersions(m, tenantId, { ids: [versionId] });
  const byEducationType: PlanFigures[] = await m.query(
    `SELECT c.education_type AS "educationType", count(*)::int AS courses,
            COALESCE(sum(CASE WHEN c.education_type = 'general'
                          THEN l.sessions[1] + l.sessions[2] + l.sessions[3] + l.sessions[4] ELSE 0 END), 0)::int AS sessions,
            COALESCE(sum(l.trainees[1] + l.trainees[2] + l.trainees[3] + l.trainees[4]), 0)::int AS trainees
       FROM "curriculum"."plan_line" l JOIN "curriculum"."course" c ON c.id = l.course_id
      WHERE l.plan_version_id = $1 GROUP BY c.education_type ORDER BY c.education_type DESC`,
    [versionId],
  );
  const { fiscalYear, kind, versionNo, courses, sessions, trainees } = view;
  return { planVersionId: versionId, fiscalYear, kind, versionNo, courses, sessions, trainees, byEducationType };
}

/** The previous year's versions and this year's latest: the columns of the printed summary table. */
export async function defaultComparison(m: EntityManager, tenantId: string): Promise<string[]> {
  const all = await m.find(PlanVersion, { where: { tenantId }, order: { fiscalYear: 'ASC', versionNo: 'ASC' } });
  if (all.length === 0) return [];
  const year = all[all.length - 1].fiscalYear;
  return [...all.filter((v) => v.fiscalYear === year - 1), all[all.length - 1]].map((v) => v.id);
}

export interface ReportInputs {
  versions: ReportVersion[];
  courses: ReportCourse[];
  categories: Category[];
}

/** What the reports need of the given versions, in the order asked; another tenant's id answers 404. */
export async function reportInputs(m: EntityManager, tenantId: string, versionIds: string[]): Promise<ReportInputs> {
  const versions = await m.find(PlanVersion, { where: { tenantId, id: In(versionIds) } });
  const byId = new Map(versions.map((v) => [v.id, v]));
  for (const id of versionIds) found(byId.get(id), 'PLAN.NOT_FOUND', ['교육훈련계획', 'Plan version'], { versionId: id });
  const lines = await m.find(PlanLine, { where: { tenantId, planVersionId: In(versionIds) }, order: { courseId: 'ASC' } });
  const courseIds = [...new Set(lines.map((l) => l.courseId))];
  const courses = courseIds.length > 0 ? await m.find(Course, { where: { tenantId, id: In(courseIds) } }) : [];
  const categories = await m.find(Category, { where: { tenantId } });
  return {
    versions: versionIds.map((id) => {
      const v = byId.get(id)!;
      return { ...v, lines: lines.filter((l) => l.planVersionId === id) };
    }),
    courses,
    categories,
  };
}

/** The tenant's plan version, or 404 (another tenant's answers the same as a missing one). */
export async function planVersionOf(m: EntityManager, tenantId: string, id: string): Promise<PlanVersion> {
  return found(await m.findOne(PlanVersion, { where: { id, tenantId } }), 'PLAN.NOT_FOUND', ['교육훈련계획', 'Plan version'], {
    versionId: id,
  });
}

/** A year's plan versions, oldest first. */
export const versionsOfYear = (m: EntityManager, tenantId: string, fiscalYear: number): Promise<PlanVersion[]> =>
  m.find(PlanVersion, { where: { tenantId, fiscalYear }, order: { versionNo: 'ASC' } });

/** A version's lines with their courses: general education first, then by course code. */
export async function linesWithCourses(m: EntityManager, tenantId: string, versionId: string) {
  const lines = await m
    .getRepository(PlanLine)
    .createQueryBuilder('l')
    .innerJoinAndSelect('l.course', 'c')
    .where('l.plan_version_id = :versionId AND l.tenant_id = :tenantId', { versionId, tenantId })
    .orderBy('c.educationType', 'DESC')
    .addOrderBy('c.code', 'ASC')
    .getMany();
  return lines.map((l) => ({ course: l.course!, sessions: l.sessions, trainees: l.trainees }));
}

/** The codes of the courses with these ids, by id (the courses a plan's courses replace). */
export async function courseCodes(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const courses = await m.find(Course, { where: { id: In(ids) } });
  return new Map(courses.map((c) => [c.id, c.code]));
}

/** The course's lines in every plan version, with their versions, by year and version. */
export const planLinesOfCourse = (m: EntityManager, tenantId: string, id: string): Promise<PlanLine[]> =>
  m
    .getRepository(PlanLine)
    .createQueryBuilder('l')
    .innerJoinAndSelect('l.planVersion', 'v')
    .where('l.course_id = :id AND l.tenant_id = :tenantId', { id, tenantId })
    .orderBy('v.fiscalYear', 'ASC')
    .addOrderBy('v.versionNo', 'ASC')
    .getMany();

/** Holds the tenant's fiscal year of plans until the transaction ends (one draft at a time). */
export async function lockPlanYear(tx: EntityManager, tenantId: string, fiscalYear: number): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:plan:${tenantId}:${fiscalYear}`]);
}

/** Copies every line of one version into another (a new draft starts from the lines of its basis). */
export async function copyPlanLines(tx: EntityManager, fromVersionId: string, toVersionId: string): Promise<void> {
  await tx.query(
    `INSERT INTO "curriculum"."plan_line" (id, tenant_id, plan_version_id, course_id, sessions, trainees)
     SELECT gen_random_uuid(), tenant_id, $1, course_id, sessions, trainees FROM "curriculum"."plan_line" WHERE plan_version_id = $2`,
    [toVersionId, fromVersionId],
  );
}

/**
 * The cohorts held of the courses in a year (scheduled or completed; cancelled ones were not), by
 * the quarter they start in, with the trainees enrollment last reported confirmed in them and
 * their estimated cost in won.
 */
export async function heldCohorts(m: EntityManager, tenantId: string, fiscalYear: number, courseIds: string[]): Promise<HeldCohorts[]> {
  if (courseIds.length === 0) return [];
  const rows: { course_id: string; quarter: number; cohorts: number; confirmed: number; estimated_cost: string }[] = await m.query(
    `SELECT course_id, extract(quarter FROM start_date)::int - 1 AS quarter, count(*)::int AS cohorts, coalesce(sum(confirmed), 0)::int AS confirmed,
            coalesce(sum(estimated_cost), 0)::text AS estimated_cost
       FROM curriculum.cohort
      WHERE tenant_id = $1 AND course_id = ANY($2::uuid[]) AND status <> 'cancelled'
        AND start_date >= make_date($3, 1, 1) AND start_date < make_date($3 + 1, 1, 1)
      GROUP BY 1, 2`,
    [tenantId, courseIds, fiscalYear],
  );
  return rows.map((r) => ({
    courseId: r.course_id,
    quarter: r.quarter,
    cohorts: r.cohorts,
    confirmed: r.confirmed,
    estimatedCost: Number(r.estimated_cost),
  }));
}

/**
 * What was booked under each course category in a year: the cohorts held of its courses (a field or
 * subfield code; not cancelled) by the quarter they start in, with their confirmed trainees and
 * estimated cost. Null for a category no course of the catalog is under, so that nothing is shown
 * as a booked zero.
 */
export async function heldInCategories(
  m: EntityManager,
  tenantId: string,
  fiscalYear: number,
  categoryCodes: string[],
): Promise<Map<string, Held | null>> {
  const booked = new Map<string, Held | null>();
  if (categoryCodes.length === 0) return booked;
  const rows: { code: string; courses: number; quarter: number | null; cohorts: number; confirmed: number; estimated_cost: string }[] =
    await m.query(
      `SELECT cat.code, count(DISTINCT k.id)::int AS courses,
            extract(quarter FROM h.start_date)::int - 1 AS quarter, count(h.id)::int AS cohorts, coalesce(sum(h.confirmed), 0)::int AS confirmed,
            coalesce(sum(h.estimated_cost), 0)::text AS estimated_cost
       FROM unnest($2::text[]) AS cat(code)
       LEFT JOIN curriculum.course k ON k.tenant_id = $1 AND cat.code IN (k.field_code, k.subfield_code)
       LEFT JOIN curriculum.cohort h ON h.course_id = k.id AND h.status <> 'cancelled'
             AND h.start_date >= make_date($3, 1, 1) AND h.start_date < make_date($3 + 1, 1, 1)
      GROUP BY cat.code, 3`,
      [tenantId, categoryCodes, fiscalYear],
    );
  for (const r of rows) {
    if (r.courses === 0) {
      if (!booked.has(r.code)) booked.set(r.code, null);
      continue;
    }
    const held = booked.get(r.code) ?? noneHeld();
    if (r.quarter !== null) {
      held.cohorts[r.quarter] += r.cohorts;
      held.trainees[r.quarter] += r.confirmed;
      held.estimatedCost[r.quarter] += Number(r.estimated_cost);
    }
    booked.set(r.code, held);
  }
  return booked;
}
