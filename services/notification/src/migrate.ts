import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { notificationService } from './index';

void runMain(async () => {
  const applied = await migrateService(notificationService, process.env);
  process.stdout.write(`notification: ${applied.length} migration(s) applied\n`);
});
