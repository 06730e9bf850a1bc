import type { SatisfactionResultsView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { SurveyReceipt, SurveyResponse } from './survey.entities';
import { fromHundredths } from './survey-items';

export interface ScoreRow {
  responses: number;
  /** Mean of the responses' scores (each the mean of its items), 2 decimals. */
  score: number | null;
}

/** Mean of each response's item mean, in hundredths (half up), per group of `groupBy`. */
const RESPONSE_MEAN = `round(avg(score_sum::numeric / score_count) * 100)::int`;

/** Survey results of a tenant's year: per course (with each item), per category, per education type and per instructor. */
export async function surveyResults(tx: EntityManager, tenantId: string, year: number): Promise<SatisfactionResultsView> {
  const params = [tenantId, year];
  const where = `tenant_id = $1 AND fiscal_year = $2`;
  const courses: { course_code: string; education_type: string; field_code: string | null; responses: number; h: number }[] =
    await tx.query(
      `SELECT course_code, education_type, field_code, count(*)::int AS responses, ${RESPONSE_MEAN} AS h ` +
        `FROM enrollment.survey_response WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 2, 1`,
      params,
    );
  const items: { course_code: string; item: string; h: number }[] = await tx.query(
    `SELECT course_code, i->>'itemCode' AS item, round(avg((i->>'score')::numeric) * 100)::int AS h ` +
      `FROM enrollment.survey_response, jsonb_array_elements(item_scores) i WHERE ${where} GROUP BY 1, 2`,
    params,
  );
  const categories: { education_type: string; field_code: string | null; responses: number; h: number }[] = await tx.query(
    `SELECT education_type, field_code, count(*)::int AS responses, ${RESPONSE_MEAN} AS h FROM enrollment.survey_response ` +
      `WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  const types: { education_type: 'general' | 'e_learning'; responses: number; h: number }[] = await tx.query(
    `SELECT education_type, count(*)::int AS responses, ${RESPONSE_MEAN} AS h FROM enrollment.survey_response WHERE ${where} GROUP BY 1`,
    params,
  );
  const instructors: { instructor_id: string; name: string | null; responses: number; h: number }[] = await tx.query(
    `SELECT s.instructor_id, n.name, count(*)::int AS responses, round(avg(s.score) * 100)::int AS h
       FROM (SELECT i->>'instructorId' AS instructor_id, (i->>'score')::numeric AS score ` +
      `FROM enrollment.survey_response, jsonb_array_elements(instructor_scores) i WHERE ${where}) s
       LEFT JOIN (SELECT DISTINCT ON (i->>'instructorId') i->>'instructorId' AS instructor_id, i->>'name' AS name ` +
      `FROM enrollment.cohort_seats, jsonb_array_elements(instructors) i WHERE tenant_id = $1) n USING (instructor_id)
      GROUP BY 1, 2 ORDER BY 2`,
    params,
  );
  const names: { course_code: string; name_ko: string; name_en: string | null }[] = await tx.query(
    `SELECT DISTINCT ON (course_code) course_code, course_name_ko AS name_ko, course_name_en AS name_en FROM enrollment.cohort_seats ` +
      `WHERE tenant_id = $1 AND course_code IS NOT NULL ORDER BY course_code, end_date DESC`,
    [tenantId],
  );
  const nameOf = new Map(names.map((n) => [n.course_code, n]));
  return {
    year,
    courses: courses.map((c) => ({
      courseCode: c.course_code,
      courseNameKo: nameOf.get(c.course_code)?.name_ko ?? c.course_code,
      courseNameEn: nameOf.get(c.course_code)?.name_en ?? null,
      educationType: c.education_type,
      fieldCode: c.field_code,
      responses: c.responses,
      score: fromHundredths(c.h),
      items: Object.fromEntries(items.filter((i) => i.course_code === c.course_code).map((i) => [i.item, fromHundredths(i.h)])),
    })),
    categories: categories.map((c) => ({
      educationType: c.education_type,
      fieldCode: c.field_code,
      responses: c.responses,
      score: fromHundredths(c.h),
    })),
    educationTypes: types.map((t) => ({ educationType: t.education_type, responses: t.responses, scoreHundredths: t.h })),
    instructors: instructors.map((i) => ({
      instructorId: i.instructor_id,
      name: i.name,
      responses: i.responses,
      score: fromHundredths(i.h),
    })),
  };
}

/** Cohorts the trainee completed and has not answered the survey of, latest end first. */
export async function cohortsOwingSurvey(tx: EntityManager, traineeId: string): Promise<Cohort[]> {
  const completed = await tx.find(Application, { where: { traineeId, completionStatus: 'completed' } });
  const answered = new Set((await tx.find(SurveyReceipt, { where: { traineeId } })).map((r) => r.cohortId));
  const due = completed.filter((a) => !answered.has(a.cohortId));
  return tx.find(Cohort, { where: { cohortId: In(due.map((a) => a.cohortId)) }, order: { endDate: 'DESC' } });
}

/** The cohort, when the trainee completed it; null otherwise. */
export async function completedCohortOf(tx: EntityManager, traineeId: string, cohortId: string): Promise<Cohort | null> {
  const completed = await tx.findOne(Application, { where: { traineeId, cohortId, completionStatus: 'completed' } });
  return completed && (await tx.findOne(Cohort, { where: { cohortId } }));
}

export const hasAnswered = async (tx: EntityManager, traineeId: string, cohortId: string): Promise<boolean> =>
  !!(await tx.findOne(SurveyReceipt, { where: { cohortId, traineeId } }));

/** The response and the trainee's receipt (which keeps them from answering twice, and not who answered what). */
export async function storeResponse(tx: EntityManager, traineeId: string, response: SurveyResponse): Promise<void> {
  await tx.insert(SurveyReceipt, { cohortId: response.cohortId, traineeId });
  await tx.insert(SurveyResponse, response);
}

/** Stores responses not stored yet (by id): a batch stored twice stays stored once. */
export async function insertResponses(tx: EntityManager, responses: SurveyResponse[]): Promise<void> {
  await tx.createQueryBuilder().insert().into(SurveyResponse).values(responses).orIgnore().execute();
}
