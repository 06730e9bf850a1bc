import { specUser, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { surveysOf } from '../../surveys.queries';
import { CreateSurveyUseCase } from './create-survey.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = (): CreateSurveyUseCase => new CreateSurveyUseCase(db.dataSource);

const staff = () => specUser('course_manager');
const survey = { titleKo: '2030 수요조사', titleEn: '2030 demand survey', opensOn: '2030-01-02', closesOn: '2030-01-31' };

describe('CreateSurveyUseCase', () => {
  it('opens a survey with no answers yet, closed before its first day', async () => {
    const user = staff();
    const view = await useCase().execute(user, survey);
    expect(view).toMatchObject({ ...survey, courseId: null, responses: 0, open: false, generated: false });
    expect((await surveysOf(db.dataSource.manager, user.tenantId)).map((s) => s.id)).toEqual([view.id]);
  });

  it('names every problem at once: a day that does not exist, and a course the tenant does not have', async () => {
    const user = staff();
    await expect(useCase().execute(user, { ...survey, closesOn: '2030-02-30', courseId: randomUUID() })).rejects.toMatchObject({
      status: 400,
      response: {
        errors: [
          expect.objectContaining({ field: 'closesOn', code: 'VALIDATION.DATE' }),
          expect.objectContaining({ field: 'courseId', code: 'COURSE.NOT_FOUND' }),
        ],
      },
    });
    expect(await surveysOf(db.dataSource.manager, user.tenantId)).toEqual([]);
  });

  it('refuses a survey that closes before it opens, naming closesOn', async () => {
    await expect(useCase().execute(staff(), { ...survey, closesOn: '2030-01-01' })).rejects.toMatchObject({
      response: { errors: [expect.objectContaining({ field: 'closesOn', code: 'DEMAND_SURVEY.CLOSES_BEFORE_OPENS' })] },
    });
  });
});
