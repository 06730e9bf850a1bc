import type { AgencyTrainingReportView, TrainingResultsView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { platformImportsOf } from '../elearning/elearning.queries';
import { PlanFigure } from '../plans/plan-figure.entity';
import { surveyResults } from '../surveys/surveys.queries';
import { RESULTS_2021_FILE, RESULTS_2021_IMPORTER } from './results-2021';
import { EducationType, Figures, PlanColumn, resultsTable } from './results-table';

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`];

/**
 * Each course code's category (education type and field), from the catalog replica or else from
 * its cohorts: one per code, so every completion of a course counts in one place.
 */
const COURSE_TYPES = `
  SELECT DISTINCT ON (code) code, education_type, field_code FROM (
    SELECT code, education_type, field_code, 1 AS source FROM enrollment.course WHERE tenant_id = $1
    UNION ALL
    SELECT course_code, education_type, field_code, 2 FROM enrollment.cohort_seats WHERE tenant_id = $1 AND course_code IS NOT NULL
  ) known ORDER BY code, source`;

/** Every completion of the year: completed applications, and imported records that completed none here. */
const COMPLETIONS = `
  SELECT c.course_code AS code FROM enrollment.application a JOIN enrollment.cohort_seats c USING (cohort_id)
   WHERE a.tenant_id = $1 AND a.completion_status = 'completed' AND a.completed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT course_code FROM enrollment.completion_record WHERE tenant_id = $1 AND application_id IS NULL AND completed_on BETWEEN $2 AND $3`;

async function planColumn(tx: EntityManager, tenantId: string, year: number, kind: 'original' | 'changed'): Promise<PlanColumn | null> {
  const latest = await tx.findOne(PlanFigure, { where: { tenantId, fiscalYear: year, kind }, order: { versionNo: 'DESC' } });
  if (!latest) return null;
  const figures = await tx.find(PlanFigure, { where: { planVersionId: latest.planVersionId } });
  return Object.fromEntries(figures.map((f) => [f.educationType, { courses: f.courses, trainees: f.trainees }]));
}

/** 교육훈련 실적: plan (original and changed) against actual and satisfaction, per education type and per field. */
export async function resultsReport(tx: EntityManager, tenantId: string, year: number): Promise<TrainingResultsView> {
  const [from, to] = yearRange(year);
  // One pass: per field; a course has one field, so courses per type are the sum over its fields.
  const byField: { education_type: EducationType; field_code: string | null; courses: number; trainees: number }[] = await tx.query(
    `WITH course_types AS (${COURSE_TYPES}), done AS (${COMPLETIONS})
     SELECT COALESCE(t.education_type, 'general') AS education_type, t.field_code, ` +
      `count(DISTINCT d.code)::int AS courses, count(*)::int AS trainees
       FROM done d LEFT JOIN course_types t ON t.code = d.code GROUP BY 1, 2 ORDER BY 1, 2`,
    [tenantId, from, to],
  );
  const surveys = await surveyResults(tx, tenantId, year);
  const actualOf = (t: EducationType): Figures =>
    byField
      .filter((r) => r.education_type === t)
      .reduce((sum, r) => ({ courses: sum.courses + r.courses, trainees: sum.trainees + r.trainees }), { courses: 0, trainees: 0 });
  const table = resultsTable({
    planOriginal: await planColumn(tx, tenantId, year, 'original'),
    planChanged: await planColumn(tx, tenantId, year, 'changed'),
    actual: { general: actualOf('general'), e_learning: actualOf('e_learning') },
    satisfaction: Object.fromEntries(surveys.educationTypes.map((t) => [t.educationType, t.scoreHundredths])),
  });
  return {
    year,
    ...table,
    importing: year === 2021 ? await results2021Import(tx, tenantId) : null,
    byField: byField.map((f) => ({
      educationType: f.education_type,
      fieldCode: f.field_code,
      courses: f.courses,
      trainees: f.trainees,
      satisfaction: surveys.categories.find((c) => c.educationType === f.education_type && c.fieldCode === f.field_code)?.score ?? null,
    })),
  };
}

/** One agency's year (cohorts ending in it): its staff's applications and completions per course, at any institute, and its quotas. */
export async function agencyReport(
  tx: EntityManager,
  tenantId: string,
  agencyCode: string,
  year: number,
): Promise<AgencyTrainingReportView> {
  const [from, to] = yearRange(year);
  const courses: {
    course_code: string | null;
    course_name_ko: string | null;
    course_name_en: string | null;
    education_type: EducationType;
    host_tenant_id: string;
    applied: number;
    confirmed: number;
    waitlisted: number;
    cancelled: number;
    completed: number;
    not_completed: number;
  }[] = await tx.query(
    `SELECT c.course_code, c.course_name_ko, c.course_name_en, c.education_type, a.tenant_id AS host_tenant_id,
            count(*)::int AS applied,
            count(*) FILTER (WHERE a.status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE a.status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE a.status IN ('cancelled', 'rejected'))::int AS cancelled,
            count(*) FILTER (WHERE a.completion_status = 'completed')::int AS completed,
            count(*) FILTER (WHERE a.completion_status = 'not_completed')::int AS not_completed
       FROM enrollment.application a JOIN enrollment.cohort_seats c USING (cohort_id)
      WHERE a.trainee_tenant_id = $1 AND a.agency_code = $2 AND c.end_date BETWEEN $3 AND $4
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 4, 2`,
    [tenantId, agencyCode, from, to],
  );
  const imported: { course_code: string; completed: number }[] = await tx.query(
    `SELECT course_code, count(*)::int AS completed FROM enrollment.completion_record
      WHERE tenant_id = $1 AND agency_code = $2 AND application_id IS NULL AND completed_on BETWEEN $3 AND $4 GROUP BY 1 ORDER BY 1`,
    [tenantId, agencyCode, from, to],
  );
  // Dates read by a raw query arrive as instants (the driver's midnight of the date).
  const quotas: {
    cohort_id: string;
    course_code: string | null;
    course_name_ko: string | null;
    course_name_en: string | null;
    start_date: Date;
    end_date: Date;
    status: string;
    seats: number;
    confirmed: number;
  }[] = await tx.query(
    `SELECT c.cohort_id, c.course_code, c.course_name_ko, c.course_name_en, c.start_date, c.end_date, c.status, q.seats, q.confirmed
       FROM enrollment.cohort_agency_quota q JOIN enrollment.cohort_seats c USING (cohort_id)
      WHERE c.tenant_id = $1 AND q.agency_code = $2 AND c.end_date BETWEEN $3 AND $4 ORDER BY c.start_date`,
    [tenantId, agencyCode, from, to],
  );
  const sum = (key: 'applied' | 'confirmed' | 'completed' | 'not_completed') => courses.reduce((total, c) => total + c[key], 0);
  return {
    year,
    agencyCode,
    totals: {
      applied: sum('applied'),
      confirmed: sum('confirmed'),
      completed: sum('completed') + imported.reduce((t, r) => t + r.completed, 0),
      notCompleted: sum('not_completed'),
    },
    courses: courses.map((c) => ({
      courseCode: c.course_code,
      courseNameKo: c.course_name_ko,
      courseNameEn: c.course_name_en,
      educationType: c.education_type,
      hostTenantId: c.host_tenant_id,
      applied: c.applied,
      confirmed: c.confirmed,
      waitlisted: c.waitlisted,
      cancelled: c.cancelled,
      completed: c.completed,
      notCompleted: c.not_completed,
    })),
    importedCompletions: imported.map((r) => ({ courseCode: r.course_code, completed: r.completed })),
    quotas: quotas.map((q) => ({
      cohortId: q.cohort_id,
      courseCode: q.course_code,
      courseNameKo: q.course_name_ko,
      courseNameEn: q.course_name_en,
      startDate: q.start_date,
      endDate: q.end_date,
      status: q.status,
      seats: q.seats,
      confirmed: q.confirmed,
    })),
  };
}

/**
 * The demo's 2021 import while it is not finished: how far it has read (in whole percent, below 100
 * until it is done); null when there is none or it is done.
 */
export async function results2021Import(
  tx: EntityManager,
  tenantId: string,
): Promise<{ status: 'waiting' | 'running' | 'failed'; percent: number; rowsRead: number } | null> {
  const imports = await platformImportsOf(tx, tenantId, RESULTS_2021_FILE, RESULTS_2021_IMPORTER);
  if (imports.length === 0 || imports.some((i) => i.status === 'finished')) return null;
  const latest = imports[0];
  const percent = Math.min(99, Math.floor((100 * Number(latest.bytesRead)) / Math.max(1, Number(latest.totalBytes))));
  return {
    status: latest.status === 'created' ? 'waiting' : latest.status === 'failed' ? 'failed' : 'running',
    percent,
    rowsRead: latest.rowsRead,
  };
}
