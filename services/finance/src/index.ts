import { ServiceDefinition } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { DataSource } from 'typeorm';
import { FinanceModule } from './app.module';
import { FinanceEnv } from './config/env';
import { financeDatabase } from './database/settings';
import { Ledger } from './ledger/ledger';
import { seedFinance } from './seed/demo-seed';

export const financeService: ServiceDefinition<FinanceEnv> = {
  service: 'finance',
  title: 'Baeum finance — 예산·원인행위·집행',
  envClass: FinanceEnv,
  database: financeDatabase,
  module: (env, logger) => FinanceModule.forRoot(env, logger),
  seed: (app, env) => seedFinance(app.get(DataSource), app.get(Ledger), app.get(EventPublisher), { execution: env.SEED_DEMO_EXECUTION }),
};
