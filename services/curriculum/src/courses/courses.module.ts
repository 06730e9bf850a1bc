import { Module } from '@nestjs/common';
import { CoursesController } from './courses.controller';
import { CarryCatalogForwardUseCase } from './usecases/carry-catalog-forward/carry-catalog-forward.usecase';
import { SaveCourseUseCase } from './usecases/save-course/save-course.usecase';

/** The course catalog. A course's page, which shows its plans and cohorts, is cohorts' (cohorts/course-detail.controller.ts). */
@Module({
  controllers: [CoursesController],
  providers: [SaveCourseUseCase, CarryCatalogForwardUseCase],
})
export class CoursesModule {}
