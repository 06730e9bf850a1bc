import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { financeService } from './index';

void runMain(async () => {
  const applied = await migrateService(financeService, process.env);
  process.stdout.write(`finance: ${applied.length} migration(s) applied\n`);
});
