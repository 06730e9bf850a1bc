import { specUser, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { answersOf } from '../../surveys.queries';
import { CreateSurveyUseCase } from '../create-survey/create-survey.usecase';
import { AnswerSurveyUseCase } from './answer-survey.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const create = (): CreateSurveyUseCase => new CreateSurveyUseCase(db.dataSource);
const useCase = (): AnswerSurveyUseCase => new AnswerSurveyUseCase(db.dataSource);

const trainee = (tenantId = randomUUID()) => specUser('trainee', { tenantId, agencyCode: 'A01' });
const answer = { hardDueToChildcare: true, wantsChildcareFriendly: true, earliestStart: '09:30', latestEnd: '16:00' };

/** A survey of a new tenant, open today (Seoul) unless other days are given. */
async function openSurvey(days: { opensOn: string; closesOn: string } = { opensOn: '2000-01-01', closesOn: '2999-12-31' }) {
  const tenantId = randomUUID();
  const staff = specUser('course_manager', { tenantId });
  return { tenantId, survey: await create().execute(staff, { titleKo: '수요조사', titleEn: 'Survey', ...days }) };
}

describe('AnswerSurveyUseCase', () => {
  it('stores one answer with every weekday when none are given', async () => {
    const { tenantId, survey } = await openSurvey();
    const user = trainee(tenantId);
    const { id } = await useCase().execute(user, survey.id, { ...answer, comment: '  ' });
    const [stored] = await answersOf(db.dataSource.manager, tenantId, survey.id);
    expect(stored).toMatchObject({
      id,
      respondentId: user.userId,
      agencyCode: 'A01',
      preferredDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      comment: null,
    });
  });

  it('refuses a second answer of the same trainee with 409', async () => {
    const { tenantId, survey } = await openSurvey();
    const user = trainee(tenantId);
    await useCase().execute(user, survey.id, answer);
    await expect(useCase().execute(user, survey.id, answer)).rejects.toMatchObject({
      status: 409,
      response: { code: 'DEMAND_SURVEY.ALREADY_ANSWERED' },
    });
  });

  it('refuses an answer outside the survey days with 409, and hours that end before they start with 400', async () => {
    const past = await openSurvey({ opensOn: '2001-01-01', closesOn: '2001-01-31' });
    await expect(useCase().execute(trainee(past.tenantId), past.survey.id, answer)).rejects.toMatchObject({
      status: 409,
      response: { code: 'DEMAND_SURVEY.CLOSED' },
    });
    const { tenantId, survey } = await openSurvey();
    await expect(useCase().execute(trainee(tenantId), survey.id, { ...answer, latestEnd: '09:00' })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'latestEnd', code: 'DEMAND_SURVEY.HOURS_REVERSED' })] },
    });
  });

  it('answers 404 for another tenant’s survey', async () => {
    const { survey } = await openSurvey();
    await expect(useCase().execute(trainee(), survey.id, answer)).rejects.toMatchObject({
      status: 404,
      response: { code: 'DEMAND_SURVEY.NOT_FOUND' },
    });
  });
});
