import { EventPublisher } from '@baeum/messaging';
import { ServiceDefinition } from '@baeum/service-kit';
import { DataSource } from 'typeorm';
import { CurriculumModule } from './app.module';
import { CurriculumEnv } from './config/env';
import { curriculumDatabase } from './database/settings';
import { seedCurriculum } from './seed/demo-seed';

export const curriculumService: ServiceDefinition<CurriculumEnv> = {
  service: 'curriculum',
  title: 'Baeum curriculum — 교육계획·과정·기수',
  envClass: CurriculumEnv,
  database: curriculumDatabase,
  module: (env, logger) => CurriculumModule.forRoot(env, logger),
  seed: (app) => seedCurriculum(app.get(DataSource), app.get(EventPublisher)),
};
