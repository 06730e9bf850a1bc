import { Module } from '@nestjs/common';
import { CategoriesController } from './categories.controller';
import { SaveCategoryUseCase } from './usecases/save-category/save-category.usecase';

/** Course categories; the lowest feature. */
@Module({
  controllers: [CategoriesController],
  providers: [SaveCategoryUseCase],
})
export class CategoriesModule {}
