import { CategoryView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { Category } from './category.entity';

export const toCategoryView = ({ code, kind, parentCode, nameKo, nameEn, sortOrder }: Category): CategoryView => ({
  code,
  kind,
  parentCode,
  nameKo,
  nameEn,
  sortOrder,
});

/** The tenant's category tree in display order. */
export const categoriesOf = (m: EntityManager, tenantId: string): Promise<Category[]> =>
  m.find(Category, { where: { tenantId }, order: { sortOrder: 'ASC', code: 'ASC' } });

export const categoryByCode = (m: EntityManager, tenantId: string, code: string): Promise<Category | null> =>
  m.findOne(Category, { where: { tenantId, code } });
