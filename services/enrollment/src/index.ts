import { EventPublisher } from '@baeum/messaging';
import { DemoTenants } from '@baeum/source-data';
import { LOGGER, ServiceDefinition } from '@baeum/service-kit';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { EnrollmentModule } from './app.module';
import { EnrollmentEnv } from './config/env';
import { enrollmentDatabase } from './database/settings';
import { ImportResults2021UseCase } from './reports/usecases/import-results-2021/import-results-2021.usecase';
import { seedEnrollment } from './seed/demo-seed';

export const enrollmentService: ServiceDefinition<EnrollmentEnv> = {
  service: 'enrollment',
  title: 'Baeum enrollment — 수강신청·좌석·수료',
  envClass: EnrollmentEnv,
  database: enrollmentDatabase,
  module: (env, logger) => EnrollmentModule.forRoot(env, logger),
  seed: async (app, env) => {
    await seedEnrollment(app.get(DataSource), app.get(EventPublisher));
    if (!env.DEMO_RESULTS_2021) return;
    // In the background: the service answers while the 2021 completions stream in (the report shows how far).
    const logger = app.get<Logger>(LOGGER);
    const useCase = app.get(ImportResults2021UseCase);
    const command = { tenantId: DemoTenants.seoul.id, scale: env.DEMO_RESULTS_2021_SCALE };
    const job = await useCase.begin(command.tenantId);
    if (job)
      void useCase
        .finish(command, job)
        .catch((error: unknown) => logger.warn({ err: error }, 'the 2021 completions import stopped; the next start takes it up'));
  },
};
