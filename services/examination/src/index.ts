import { ServiceDefinition } from '@baeum/service-kit';
import { DataSource } from 'typeorm';
import { ExaminationModule } from './app.module';
import { ExaminationEnv } from './config/env';
import { examinationDatabase } from './database/settings';
import { seedExamination } from './seed/demo-seed';

export const examinationService: ServiceDefinition<ExaminationEnv> = {
  service: 'examination',
  title: 'Baeum examination — 채용시험·역량평가',
  envClass: ExaminationEnv,
  database: examinationDatabase,
  module: (env, logger) => ExaminationModule.forRoot(env, logger),
  seed: (app) => seedExamination(app.get(DataSource)),
};
