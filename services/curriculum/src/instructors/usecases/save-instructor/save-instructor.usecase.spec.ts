import { specUser, useSpecDatabase } from '@baeum/testing';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { instructorById } from '../../instructors.queries';
import { SaveInstructorUseCase } from './save-instructor.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = (): SaveInstructorUseCase => new SaveInstructorUseCase(db.dataSource);

const staff = () => specUser('course_manager');

describe('SaveInstructorUseCase', () => {
  it('adds an instructor without a rating, contact details shown to the staff who added them', async () => {
    const user = staff();
    const view = await useCase().create(user, { name: '박강사', kind: 'external', email: 'park@example.com' });
    expect(view).toMatchObject({
      name: '박강사',
      kind: 'external',
      affiliation: null,
      specialties: [],
      email: 'park@example.com',
      phone: null,
      rating: null,
      ratingCount: 0,
    });
    expect(await instructorById(db.dataSource.manager, user.tenantId, view.id)).toMatchObject({ ratingSum: 0, name: '박강사' });
  });

  it('changes only what is given, and answers 404 for another tenant’s instructor', async () => {
    const user = staff();
    const { id } = await useCase().create(user, { name: '박강사', kind: 'internal', affiliation: '인재개발원' });
    expect(await useCase().update(user, id, { specialties: ['리더십'], affiliation: undefined })).toMatchObject({
      specialties: ['리더십'],
      affiliation: '인재개발원',
    });
    await expect(useCase().update(staff(), id, { name: '다른' })).rejects.toMatchObject({
      status: 404,
      response: { code: 'INSTRUCTOR.NOT_FOUND' },
    });
  });
});
