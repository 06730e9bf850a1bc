import { CategoryView, CreateCategoryDto, UpdateCategoryDto, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PLANNERS } from '../shared/roles';
import { categoriesOf, toCategoryView } from './categories.queries';
import { SaveCategoryUseCase } from './usecases/save-category/save-category.usecase';

/** The tenant's category tree: competency fields and their subfields, in display order. */
@ApiTags('categories')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor
// assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('categories')
export class CategoriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly saveCategory: SaveCategoryUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [CategoryView] })
  async list(@CurrentUser() user: AuthUser): Promise<CategoryView[]> {
    return (await categoriesOf(this.dataSource.manager, user.tenantId)).map(toCategoryView);
  }

  @Post()
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ type: CategoryView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCategoryDto): Promise<CategoryView> {
    return this.saveCategory.create(user, body);
  }

  @Patch(':code')
  @Roles(...PLANNERS)
  @ApiOkResponse({ type: CategoryView })
  update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateCategoryDto): Promise<CategoryView> {
    return this.saveCategory.update(user, code, body);
  }
}
