import { ServiceDefinition } from '@baeum/service-kit';
import { DataSource } from 'typeorm';
import { EnrollmentModule } from './app.module';
import { EnrollmentEnv } from './config/env';
import { enrollmentDatabase } from './database/settings';
import { seedEnrollment } from './seed/demo-seed';

export const enrollmentService: ServiceDefinition<EnrollmentEnv> = {
  service: 'enrollment',
  title: 'Baeum enrollment — 수강신청·좌석·수료',
  envClass: EnrollmentEnv,
  database: enrollmentDatabase,
  module: (env, logger) => EnrollmentModule.forRoot(env, logger),
  seed: (app) => seedEnrollment(app.get(DataSource)),
};
