import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { examinationService } from './index';

void runMain(async () => {
  const applied = await migrateService(examinationService, process.env);
  process.stdout.write(`examination: ${applied.length} migration(s) applied\n`);
});
