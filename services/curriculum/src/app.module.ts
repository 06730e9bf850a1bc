import { MessagingModule } from '@baeum/messaging';
import { keyedDatabaseModule, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { BudgetLinesModule } from './budget-lines/budget-lines.module';
import { CategoriesModule } from './categories/categories.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CurriculumEnv } from './config/env';
import { CoursesModule } from './courses/courses.module';
import { curriculumDatabase } from './database/settings';
import { InstructorsModule } from './instructors/instructors.module';
import { PlansModule } from './plans/plans.module';
import { RoomsModule } from './rooms/rooms.module';
import { SettingsModule } from './settings/settings.module';
import { SurveysModule } from './surveys/surveys.module';

/*
 * A Nest module per feature, each importing only the features before it (docs/architecture.md,
 * "Inside a service: curriculum's shape"; feature-order.spec.ts). The features are listed in the
 * order their controllers' routes were registered in when they were one module.
 */
/** Every event handler of the service's features, run by MessagingModule. */
export const CURRICULUM_CONSUMERS = [...BudgetLinesModule.consumers, ...AgenciesModule.consumers, ...CohortsModule.consumers];

@Module({})
export class CurriculumModule {
  static forRoot(env: CurriculumEnv, logger: Logger): DynamicModule {
    return {
      module: CurriculumModule,
      imports: [
        CategoriesModule,
        CoursesModule,
        PlansModule,
        BudgetLinesModule,
        AgenciesModule,
        CohortsModule,
        RoomsModule,
        InstructorsModule,
        SettingsModule,
        SurveysModule,
        AuditModule,
        // After the features, so their routes (and the OpenAPI paths) come before health and metrics.
        ServiceKitModule.forRoot({ service: 'curriculum', env, logger }),
        keyedDatabaseModule(curriculumDatabase(env)),
        // The under-fill decisions' consumer injects the cohorts' use cases, which CohortsModule exports.
        MessagingModule.forService({ service: 'curriculum', imports: [CohortsModule], handlers: CURRICULUM_CONSUMERS }),
      ],
    };
  }
}
