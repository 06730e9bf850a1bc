import { Module } from '@nestjs/common';
import { InstructorsController } from './instructors.controller';
import { SaveInstructorUseCase } from './usecases/save-instructor/save-instructor.usecase';

/** Instructors. An instructor's schedule and rating from surveys are cohorts' (they read a cohort's instructors). */
@Module({
  controllers: [InstructorsController],
  providers: [SaveInstructorUseCase],
})
export class InstructorsModule {}
