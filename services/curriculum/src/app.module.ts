import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { BudgetLinesModule } from './budget-lines/budget-lines.module';
import { CategoriesController } from './categories/categories.controller';
import { SaveCategoryUseCase } from './categories/usecases/save-category/save-category.usecase';
import { CohortsController } from './cohorts/cohorts.controller';
import { FillChangedConsumer } from './cohorts/consumers/fill-changed.consumer';
import { UnderFillDecidedConsumer } from './cohorts/consumers/under-fill-decided.consumer';
import { ChangeCohortUseCase } from './cohorts/usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from './cohorts/usecases/close-cohort/close-cohort.usecase';
import { ScheduleCohortUseCase } from './cohorts/usecases/schedule-cohort/schedule-cohort.usecase';
import { CurriculumEnv } from './config/env';
import { CoursesController } from './courses/courses.controller';
import { CarryCatalogForwardUseCase } from './courses/usecases/carry-catalog-forward/carry-catalog-forward.usecase';
import { SaveCourseUseCase } from './courses/usecases/save-course/save-course.usecase';
import { curriculumDatabase } from './database/settings';
import { SurveySubmittedConsumer } from './instructors/consumers/survey-submitted.consumer';
import { InstructorsController } from './instructors/instructors.controller';
import { SaveInstructorUseCase } from './instructors/usecases/save-instructor/save-instructor.usecase';
import { PlansController } from './plans/plans.controller';
import { ApprovePlanVersionUseCase } from './plans/usecases/approve-plan-version/approve-plan-version.usecase';
import { CreatePlanVersionUseCase } from './plans/usecases/create-plan-version/create-plan-version.usecase';
import { ImportPlanUseCase } from './plans/usecases/import-plan/import-plan.usecase';
import { SavePlanLineUseCase } from './plans/usecases/save-plan-line/save-plan-line.usecase';
import { RoomsController } from './rooms/rooms.controller';
import { SaveRoomUseCase } from './rooms/usecases/save-room/save-room.usecase';
import { SettingsController } from './settings/settings.controller';
import { UpdateSettingsUseCase } from './settings/usecases/update-settings/update-settings.usecase';
import { SurveysController } from './surveys/surveys.controller';
import { AnswerSurveyUseCase } from './surveys/usecases/answer-survey/answer-survey.usecase';
import { CreateSurveyUseCase } from './surveys/usecases/create-survey/create-survey.usecase';

@Module({})
export class CurriculumModule {
  static forRoot(env: CurriculumEnv, logger: Logger): DynamicModule {
    return {
      module: CurriculumModule,
      imports: [
        BudgetLinesModule,
        ServiceKitModule.forRoot({ service: 'curriculum', env, logger }),
        TypeOrmModule.forRoot(dataSourceOptions(curriculumDatabase(env))),
        MessagingModule.forService({
          service: 'curriculum',
          handlers: [FillChangedConsumer, SurveySubmittedConsumer, UnderFillDecidedConsumer, ...BudgetLinesModule.consumers],
        }),
      ],
      controllers: [
        CategoriesController,
        CoursesController,
        PlansController,
        CohortsController,
        RoomsController,
        InstructorsController,
        SettingsController,
        SurveysController,
      ],
      providers: [
        ScheduleCohortUseCase,
        ChangeCohortUseCase,
        CloseCohortUseCase,
        SaveCourseUseCase,
        CarryCatalogForwardUseCase,
        CreatePlanVersionUseCase,
        ApprovePlanVersionUseCase,
        SavePlanLineUseCase,
        ImportPlanUseCase,
        SaveCategoryUseCase,
        SaveRoomUseCase,
        SaveInstructorUseCase,
        UpdateSettingsUseCase,
        CreateSurveyUseCase,
        AnswerSurveyUseCase,
      ],
    };
  }
}
