import 'reflect-metadata';
import { migrateService, runMain } from '@baeum/service-kit';
import { gatewayService } from './index';

void runMain(async () => {
  const applied = await migrateService(gatewayService, process.env);
  process.stdout.write(`gateway: ${applied.length} migration(s) applied\n`);
});
