import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { curriculumService } from './index';

void runMain(async () => {
  const applied = await migrateService(curriculumService, process.env);
  process.stdout.write(`curriculum: ${applied.length} migration(s) applied\n`);
});
