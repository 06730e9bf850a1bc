import { CategoryView, CreateCategoryDto, UpdateCategoryDto } from '@baeum/api';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { found } from '../../../shared/errors';
import { categoriesOf, categoryByCode, toCategoryView } from '../../categories.queries';
import { Category } from '../../category.entity';

/** A new node of the category tree: its code, kind (field or subfield), parent, names and place. */
export type CreateCategoryCommand = CreateCategoryDto;
/** A node's names and place; its code and kind stay. */
export type UpdateCategoryCommand = UpdateCategoryDto;

/** Adds a field or subfield to the tenant's category tree, or renames or moves one. */
@Injectable()
export class SaveCategoryUseCase {
  constructor(private readonly dataSource: DataSource) {}

  create(user: AuthUser, command: CreateCategoryCommand): Promise<CategoryView> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await categoriesOf(tx, user.tenantId);
      if (existing.some((c) => c.code === command.code))
        throw invalidInput([
          fieldError('code', 'CATEGORY.CODE_TAKEN', { code: command.code }, '이미 있는 분류 코드입니다 / this category code exists'),
        ]);
      if (command.kind === 'subfield') {
        if (!existing.some((c) => c.kind === 'field' && c.code === command.parentCode)) {
          throw invalidInput([
            fieldError(
              'parentCode',
              'CATEGORY.PARENT_NOT_A_FIELD',
              command.parentCode ? { parentCode: command.parentCode } : undefined,
              '세부분야는 있는 분야 아래에 둡니다 / a subfield needs an existing field as its parent',
            ),
          ]);
        }
      } else if (command.parentCode) {
        throw invalidInput([
          fieldError('parentCode', 'CATEGORY.FIELD_HAS_PARENT', undefined, '분야에는 상위 분야가 없습니다 / a field has no parent'),
        ]);
      }
      const category: Category = {
        id: randomUUID(),
        tenantId: user.tenantId,
        code: command.code,
        kind: command.kind,
        parentCode: command.kind === 'subfield' ? command.parentCode! : null,
        nameKo: command.nameKo,
        nameEn: command.nameEn,
        sortOrder: command.sortOrder ?? Math.max(0, ...existing.map((c) => c.sortOrder)) + 1,
      };
      await tx.insert(Category, category);
      return toCategoryView(category);
    });
  }

  async update(user: AuthUser, code: string, command: UpdateCategoryCommand): Promise<CategoryView> {
    const m = this.dataSource.manager;
    const category = found(await categoryByCode(m, user.tenantId, code), 'CATEGORY.NOT_FOUND', ['분류', 'Category'], { code });
    Object.assign(category, command);
    await m.save(Category, category);
    return toCategoryView(category);
  }
}
