import { type AgencyApplicationsQuery, type CohortCatalogQuery, searchWords } from '@baeum/api';
import { type AuthUser, EntityRows } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyQuota } from '../cohorts/agency-quota.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { ACTIVE_STATUSES, Application } from './application.entity';

/** Reads and writes of applications (and the cohorts they are read with). */

/** `%…%` for ILIKE, with the pattern's own wildcards escaped. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/** Cohorts taking applications today that a user of `tenantId` may apply for, by start date (at most 300). */
export function openCohorts(tx: EntityManager, tenantId: string, today: string, query: CohortCatalogQuery): Promise<Cohort[]> {
  const qb = tx
    .getRepository(Cohort)
    .createQueryBuilder('c')
    .where(`c.status = 'scheduled' AND c.application_closes >= :today`, { today })
    .andWhere('(c.tenant_id = :tenant OR c.open_to_other_provinces)', { tenant: tenantId })
    .orderBy('c.start_date')
    .addOrderBy('c.course_code')
    .take(300);
  if (query.educationType) qb.andWhere('c.education_type = :type', { type: query.educationType });
  if (query.courseId) qb.andWhere('c.course_id = :courseId', { courseId: query.courseId });
  // Every word of the search in the course's name or code (descriptions are curriculum's: the gateway adds those).
  searchWords(query.q).forEach((word, i) =>
    qb.andWhere(`(c.course_name_ko ILIKE :w${i} OR c.course_name_en ILIKE :w${i} OR c.course_code ILIKE :w${i})`, {
      [`w${i}`]: contains(word),
    }),
  );
  return qb.getMany();
}

export const agencyQuotasIn = (tx: EntityManager, cohortIds: string[], agencyCode: string): Promise<AgencyQuota[]> =>
  tx.find(AgencyQuota, { where: { cohortId: In(cohortIds), agencyCode } });

/** A trainee's applications for the given cohorts, oldest first. */
export const applicationsOfTraineeIn = (tx: EntityManager, traineeId: string, cohortIds: string[]): Promise<Application[]> =>
  tx.find(Application, { where: { traineeId, cohortId: In(cohortIds) }, order: { appliedAt: 'ASC' } });

/** A trainee's latest 500 applications, newest first. */
export const applicationsOfTrainee = (tx: EntityManager, traineeId: string): Promise<Application[]> =>
  tx.find(Application, { where: { traineeId }, order: { appliedAt: 'DESC' }, take: 500 });

export const cohortById = (tx: EntityManager, cohortId: string): Promise<Cohort | null> => tx.findOne(Cohort, { where: { cohortId } });

export async function cohortsByIds(tx: EntityManager, cohortIds: string[]): Promise<Map<string, Cohort>> {
  return new Map((await tx.find(Cohort, { where: { cohortId: In([...new Set(cohortIds)]) } })).map((c) => [c.cohortId, c]));
}

/** The cohorts whose satisfaction survey the trainee has answered (the receipts the survey keeps). */
export async function surveyedCohorts(tx: EntityManager, traineeId: string): Promise<Set<string>> {
  const rows: { cohort_id: string }[] = await tx.query(`SELECT cohort_id FROM enrollment.survey_receipt WHERE trainee_id = $1`, [
    traineeId,
  ]);
  return new Set(rows.map((r) => r.cohort_id));
}

/** 명단: the host institute's cohort, its applications in seat order (confirmed, waitlisted, approved, pending, ended), and its quotas. */
export async function cohortRoster(tx: EntityManager, tenantId: string, cohortId: string) {
  const cohort = await tx.findOne(Cohort, { where: { cohortId, tenantId } });
  if (!cohort) return null;
  const apps = await tx
    .getRepository(Application)
    .createQueryBuilder('a')
    .where('a.cohort_id = :cohortId', { cohortId })
    .orderBy(`CASE a.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'approved' THEN 2 WHEN 'pending' THEN 3 ELSE 4 END`)
    .addOrderBy('COALESCE(a.rank, 2147483647)')
    .addOrderBy('a.applied_at')
    .getMany();
  const quotas = (await tx.find(AgencyQuota, { where: { cohortId }, order: { agencyCode: 'ASC' } })).map(
    ({ agencyCode, seats, confirmed }) => ({ agencyCode, seats, confirmed }),
  );
  return { cohort, apps, quotas };
}

/** The cohort's active applications in seat order (rank, then time): those a merge moves. */
export const activeApplicationsInOrder = (tx: EntityManager, cohortId: string): Promise<Application[]> =>
  tx
    .getRepository(Application)
    .createQueryBuilder('a')
    .where('a.cohort_id = :id AND a.status IN (:...active)', { id: cohortId, active: ACTIVE_STATUSES })
    .orderBy('COALESCE(a.rank, 2147483647)')
    .addOrderBy('a.applied_at')
    .getMany();

/** Trainees holding an active application for the cohort. */
export async function activeTraineesOf(tx: EntityManager, cohortId: string): Promise<Set<string>> {
  return new Set(
    (await tx.find(Application, { where: { cohortId } })).filter((a) => ACTIVE_STATUSES.includes(a.status)).map((a) => a.traineeId),
  );
}

export const insertApplication = (tx: EntityManager, app: Application) => EntityRows.of(tx, Application).insert(tx, app);

/** The trainee's active application (pending, approved, waitlisted or confirmed) for the cohort, if any. */
export const activeApplicationOf = (tx: EntityManager, cohortId: string, traineeId: string): Promise<Application | null> =>
  tx
    .getRepository(Application)
    .createQueryBuilder('a')
    .where('a.cohort_id = :cohortId AND a.trainee_id = :traineeId AND a.status IN (:...active)', {
      cohortId,
      traineeId,
      active: ACTIVE_STATUSES,
    })
    .getOne();

export const recordAssessment = (tx: EntityManager, applicationId: string, passed: boolean) =>
  tx.update(Application, applicationId, { assessmentPassed: passed });

/** An agency admin's own agency's applications at every institute, newest first (at most 1,000). */
export const agencyApplications = (tx: EntityManager, user: AuthUser, query: AgencyApplicationsQuery): Promise<Application[]> =>
  tx.getRepository(Application).find({
    where: {
      traineeTenantId: user.tenantId,
      agencyCode: user.agencyCode!,
      ...(query.cohortId ? { cohortId: query.cohortId } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    order: { appliedAt: 'DESC' },
    take: 1000,
  });

/** The agency's quotas in its institute's scheduled cohorts not yet over, by start date, each with its cohort. */
export const agencyOpenQuotas = (tx: EntityManager, user: AuthUser, today: string) =>
  tx
    .getRepository(AgencyQuota)
    .createQueryBuilder('q')
    .innerJoinAndMapOne('q.cohort', Cohort, 'c', 'c.cohort_id = q.cohort_id')
    .where(`q.agency_code = :agency AND c.tenant_id = :tenant AND c.status = 'scheduled' AND c.end_date >= :today`, {
      agency: user.agencyCode,
      tenant: user.tenantId,
      today,
    })
    .orderBy('c.start_date')
    .getMany() as Promise<(AgencyQuota & { cohort: Cohort })[]>;

/** The agency's applications per cohort and status. */
export const agencyApplicationCounts = (
  tx: EntityManager,
  agencyCode: string,
  cohortIds: string[],
): Promise<{ cohort_id: string; status: string; n: number }[]> =>
  tx.query(
    `SELECT cohort_id, status, count(*)::int AS n FROM enrollment.application WHERE agency_code = $1 AND cohort_id = ANY($2) GROUP BY 1, 2`,
    [agencyCode, cohortIds],
  );

/**
 * Which cohorts `cohortAndHeld` reads ($1 the cohort, $2 the trainee, $3 the active statuses): the
 * keys gathered first, so the read is by the cohort's primary key however many cohorts there are
 * (an `OR` with the held cohorts' subquery reads every cohort of every year, to filter them).
 */
export const COHORT_AND_HELD = `WHERE cohort_seats.cohort_id = ANY(array_append(ARRAY(SELECT a.cohort_id FROM enrollment.application a
  WHERE a.trainee_id = $2 AND a.status = ANY($3::text[])), $1::uuid))`;

/** The cohort applied for and every cohort the trainee holds an active application for, in one read. */
export const cohortAndHeld = (tx: EntityManager, cohortId: string, traineeId: string): Promise<Cohort[]> =>
  EntityRows.of(tx, Cohort).select(tx, COHORT_AND_HELD, [cohortId, traineeId, ACTIVE_STATUSES]);

export const applicationById = (tx: EntityManager, applicationId: string): Promise<Application | null> =>
  tx.findOne(Application, { where: { id: applicationId } });

/** Writes an approval step's outcome: who approved when, the rank, and what the application awaits now. */
export const recordApproval = (
  tx: EntityManager,
  app: Pick<
    Application,
    'id' | 'awaiting' | 'status' | 'rank' | 'agencyApprovedBy' | 'agencyApprovedAt' | 'instituteApprovedBy' | 'instituteApprovedAt'
  >,
) =>
  tx.update(Application, app.id, {
    awaiting: app.awaiting,
    status: app.status,
    rank: app.rank,
    agencyApprovedBy: app.agencyApprovedBy,
    agencyApprovedAt: app.agencyApprovedAt,
    instituteApprovedBy: app.instituteApprovedBy,
    instituteApprovedAt: app.instituteApprovedAt,
  });
