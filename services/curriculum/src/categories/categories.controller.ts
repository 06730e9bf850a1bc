import { AuthUser, CurrentUser, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { found } from '../shared/not-found';
import { Category } from './category.entity';
import { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';

export type CategoryView = Omit<Category, 'id' | 'tenantId'>;
const view = ({ code, kind, parentCode, nameKo, nameEn, sortOrder }: Category): CategoryView => ({ code, kind, parentCode, nameKo, nameEn, sortOrder });

/** The tenant's category tree: competency fields and their subfields, in display order. */
@ApiTags('categories')
@ApiBearerAuth()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@CurrentUser() user: AuthUser): Promise<CategoryView[]> {
    const rows = await this.dataSource.getRepository(Category).find({ where: { tenantId: user.tenantId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(view);
  }

  @Post()
  @Roles(...PLANNERS)
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateCategoryDto): Promise<CategoryView> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.find(Category, { where: { tenantId: user.tenantId } });
      if (existing.some((c) => c.code === body.code)) throw invalidInput([{ field: 'code', messages: ['이미 있는 분류 코드입니다 / this category code exists'] }]);
      if (body.kind === 'subfield') {
        if (!existing.some((c) => c.kind === 'field' && c.code === body.parentCode)) {
          throw invalidInput([{ field: 'parentCode', messages: ['세부분야는 있는 분야 아래에 둡니다 / a subfield needs an existing field as its parent'] }]);
        }
      } else if (body.parentCode) {
        throw invalidInput([{ field: 'parentCode', messages: ['분야에는 상위 분야가 없습니다 / a field has no parent'] }]);
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
  async update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateCategoryDto): Promise<CategoryView> {
    const repo = this.dataSource.getRepository(Category);
    const category = found(await repo.findOne({ where: { tenantId: user.tenantId, code } }), ['분류', 'Category']);
    Object.assign(category, body);
    await repo.save(category);
    return view(category);
  }
}
