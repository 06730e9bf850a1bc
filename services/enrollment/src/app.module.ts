import { MessagingModule } from '@baeum/messaging';
import { keyedDatabaseModule, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AgenciesModule } from './agencies/agencies.module';
import { ApplicationsModule } from './applications/applications.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CompletionModule } from './completion/completion.module';
import { EnrollmentEnv } from './config/env';
import { CoursesModule } from './courses/courses.module';
import { enrollmentDatabase } from './database/settings';
import { ElearningModule } from './elearning/elearning.module';
import { InstituteCalendarModule } from './institute-calendar/institute-calendar.module';
import { PlansModule } from './plans/plans.module';
import { ReportsModule } from './reports/reports.module';
import { SeatsModule } from './seats/seats.module';
import { SurveysModule } from './surveys/surveys.module';
import { TraineesModule } from './trainees/trainees.module';

/*
 * A Nest module per feature, each importing only the features before it (docs/architecture.md,
 * "Inside a service: enrollment's shape"; feature-order.spec.ts). The features are listed in the
 * order their controllers' routes were registered in when they were one module (only GET /agencies,
 * which clashes with no other route, now comes after the agency's applications and nominations).
 */
/** Every event handler of the service's features, run by MessagingModule. */
export const ENROLLMENT_CONSUMERS = [
  ...SeatsModule.consumers,
  ...CoursesModule.consumers,
  ...PlansModule.consumers,
  ...InstituteCalendarModule.consumers,
];

@Module({})
export class EnrollmentModule {
  static forRoot(env: EnrollmentEnv, logger: Logger): DynamicModule {
    return {
      module: EnrollmentModule,
      imports: [
        SeatsModule,
        CohortsModule,
        ApplicationsModule,
        AgenciesModule,
        TraineesModule,
        AttendanceModule,
        CompletionModule,
        SurveysModule,
        ElearningModule,
        ReportsModule,
        CoursesModule,
        PlansModule,
        AuditModule,
        InstituteCalendarModule,
        // After the features, so their routes (and the OpenAPI paths) come before health and metrics, as
        // when the controllers sat in this module.
        ServiceKitModule.forRoot({ service: 'enrollment', env, logger }),
        keyedDatabaseModule(enrollmentDatabase(env)),
        // The seats consumers inject the cohort replica, which SeatsModule exports.
        MessagingModule.forService({
          service: 'enrollment',
          imports: [SeatsModule],
          handlers: ENROLLMENT_CONSUMERS,
        }),
      ],
    };
  }
}
