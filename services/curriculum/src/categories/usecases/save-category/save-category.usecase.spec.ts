import { specUser, useSpecDatabase } from '@baeum/testing';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { categoriesOf } from '../../categories.queries';
import { SaveCategoryUseCase } from './save-category.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = (): SaveCategoryUseCase => new SaveCategoryUseCase(db.dataSource);

const planner = () => specUser('planner');
const field = { code: 'basic', kind: 'field' as const, nameKo: '기본역량', nameEn: 'Basic competency' };

describe('SaveCategoryUseCase', () => {
  it('adds a field at the end of the tree and a subfield under it', async () => {
    const user = planner();
    expect(await useCase().create(user, field)).toEqual({ ...field, parentCode: null, sortOrder: 1 });
    const sub = await useCase().create(user, {
      code: 'values',
      kind: 'subfield',
      parentCode: 'basic',
      nameKo: '핵심가치',
      nameEn: 'Values',
    });
    expect(sub).toMatchObject({ parentCode: 'basic', sortOrder: 2 });
    expect((await categoriesOf(db.dataSource.manager, user.tenantId)).map((c) => c.code)).toEqual(['basic', 'values']);
  });

  it('refuses a code the tenant already has, naming the field', async () => {
    const user = planner();
    await useCase().create(user, field);
    await expect(useCase().create(user, field)).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'code', code: 'CATEGORY.CODE_TAKEN' })] },
    });
  });

  it('keeps tenants apart: the same code is free in another tenant', async () => {
    await useCase().create(planner(), field);
    await expect(useCase().create(planner(), field)).resolves.toMatchObject({ code: 'basic' });
  });

  it('refuses a subfield without an existing field above it, and a field with a parent', async () => {
    const user = planner();
    await expect(
      useCase().create(user, { code: 'x', kind: 'subfield', parentCode: 'nope', nameKo: '가', nameEn: 'A' }),
    ).rejects.toMatchObject({
      response: { errors: [expect.objectContaining({ field: 'parentCode', code: 'CATEGORY.PARENT_NOT_A_FIELD' })] },
    });
    await expect(useCase().create(user, { ...field, parentCode: 'basic' })).rejects.toMatchObject({
      response: { errors: [expect.objectContaining({ field: 'parentCode', code: 'CATEGORY.FIELD_HAS_PARENT' })] },
    });
    expect(await categoriesOf(db.dataSource.manager, user.tenantId)).toEqual([]);
  });

  it('renames a category, and answers 404 for one the tenant does not have', async () => {
    const user = planner();
    await useCase().create(user, field);
    expect(await useCase().update(user, 'basic', { nameKo: '기본 역량', sortOrder: 7 })).toMatchObject({
      nameKo: '기본 역량',
      sortOrder: 7,
    });
    await expect(useCase().update(planner(), 'basic', { nameKo: '다른' })).rejects.toMatchObject({
      status: 404,
      response: { code: 'CATEGORY.NOT_FOUND' },
    });
  });
});
