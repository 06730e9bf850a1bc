import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { enrollmentService } from './index';

void runMain(async () => {
  const applied = await migrateService(enrollmentService, process.env);
  process.stdout.write(`enrollment: ${applied.length} migration(s) applied\n`);
});
