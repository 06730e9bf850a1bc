import { CategoryView, CreateCategoryDto, INSTITUTE_USERS, UpdateCategoryDto } from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { found } from '../shared/not-found';
import { Category } from './category.entity';

const view = ({ code, kind, parentCode, nameKo, nameEn, sortOrder }: Category): CategoryView => ({
  code,
  kind,
  parentCode,
  nameKo,
  nameEn,
  sortOrder,
});

/** The tenant's category tree: competency fields and their subfields, in display order. */
@ApiTags('categories')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('categories')
export class CategoriesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [CategoryView] })
  async list(@CurrentUser() user: AuthUser): Promise<CategoryView[]> {
    const rows = await this.dataSource
      .getRepository(Category)
      .find({ where: { tenantId: user.tenantId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(view);
  }

  @Post()
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ type: CategoryView })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateCategoryDto): Promise<CategoryView> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.find(Category, { where: { tenantId: user.tenantId } });
      if (existing.some((c) => c.code === body.code))
        throw invalidInput([
          fieldError('code', 'CATEGORY.CODE_TAKEN', { code: body.code }, '이미 있는 분류 코드입니다 / this category code exists'),
        ]);
      if (body.kind === 'subfield') {
        if (!existing.some((c) => c.kind === 'field' && c.code === body.parentCode)) {
          throw invalidInput([
            fieldError(
              'parentCode',
              'CATEGORY.PARENT_NOT_A_FIELD',
              body.parentCode ? { parentCode: body.parentCode } : undefined,
              '세부분야는 있는 분야 아래에 둡니다 / a subfield needs an existing field as its parent',
            ),
          ]);
        }
      } else if (body.parentCode) {
        throw invalidInput([
          fieldError('parentCode', 'CATEGORY.FIELD_HAS_PARENT', undefined, '분야에는 상위 분야가 없습니다 / a field has no parent'),
        ]);
      }
      const category: Category = {
        id: randomUUID(),
        tenantId: user.tenantId,
        code: body.code,
        kind: body.kind,
        parentCode: body.kind === 'subfield' ? body.parentCode! : null,
        nameKo: body.nameKo,
        nameEn: body.nameEn,
        sortOrder: body.sortOrder ?? Math.max(0, ...existing.map((c) => c.sortOrder)) + 1,
      };
      await tx.insert(Category, category);
      return view(category);
    });
  }

  @Patch(':code')
  @Roles(...PLANNERS)
  @ApiOkResponse({ type: CategoryView })
  async update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateCategoryDto): Promise<CategoryView> {
    const repo = this.dataSource.getRepository(Category);
    const category = found(await repo.findOne({ where: { tenantId: user.tenantId, code } }), 'CATEGORY.NOT_FOUND', ['분류', 'Category'], {
      code,
    });
    Object.assign(category, body);
    await repo.save(category);
    return view(category);
  }
}
