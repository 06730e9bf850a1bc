import { DemandSurveyView, MyDemandSurveyResponseView } from '@baeum/api';
import { seoulToday } from '@baeum/calendar';
import type { EntityManager } from 'typeorm';
import { Course } from '../courses/course.entity';
import { found } from '../shared/errors';
import { DemandSurvey, DemandSurveyResponse } from './demand-survey.entity';

/** A survey with how many have answered and whether it is open today (Seoul). */
export async function toSurveyView(m: EntityManager, { tenantId: _t, createdAt: _c, ...survey }: DemandSurvey): Promise<DemandSurveyView> {
  const responses = await m.count(DemandSurveyResponse, { where: { surveyId: survey.id } });
  const today = seoulToday();
  return { ...survey, responses, open: today >= survey.opensOn && today <= survey.closesOn };
}

export const surveysOf = (m: EntityManager, tenantId: string): Promise<DemandSurvey[]> =>
  m.find(DemandSurvey, { where: { tenantId }, order: { opensOn: 'DESC' } });

/** The tenant's survey, or 404 (another tenant's answers the same as a missing one). */
export async function surveyOf(m: EntityManager, tenantId: string, id: string): Promise<DemandSurvey> {
  return found(await m.findOne(DemandSurvey, { where: { id, tenantId } }), 'DEMAND_SURVEY.NOT_FOUND', ['수요조사', 'Survey']);
}

export const answersOf = (m: EntityManager, tenantId: string, surveyId: string): Promise<DemandSurveyResponse[]> =>
  m.find(DemandSurveyResponse, { where: { surveyId, tenantId } });

/** The caller's own answer, if they gave one. */
export async function myAnswer(m: EntityManager, tenantId: string, surveyId: string, userId: string): Promise<MyDemandSurveyResponseView> {
  const response = await m.findOne(DemandSurveyResponse, { where: { surveyId, respondentId: userId, tenantId } });
  if (!response) return { response: null };
  const { tenantId: _t, respondentId: _r, survey: _s, submittedAt, ...own } = response;
  return { response: { ...own, submittedAt: submittedAt.toISOString() } };
}

export const courseExists = (m: EntityManager, tenantId: string, id: string): Promise<boolean> =>
  m.exists(Course, { where: { id, tenantId } });

/** Stores an answer unless the respondent has answered this survey already; says whether it was stored. */
export async function insertAnswerOnce(m: EntityManager, response: DemandSurveyResponse): Promise<boolean> {
  const inserted = await m.createQueryBuilder().insert().into(DemandSurveyResponse).values(response).orIgnore().returning('id').execute();
  return Boolean(inserted.raw?.length);
}
