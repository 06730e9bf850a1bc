import 'reflect-metadata';
import { createApiDocument, createLogger, loadEnv } from '@baeum/service-kit';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { GatewayModule } from '../app.module';
import { GatewayEnv } from '../config/env';
import { gatewayService } from '../index';

/**
 * Writes the gateway's OpenAPI document without starting anything: Nest's preview mode reads the
 * controllers and their types but connects to no database, broker or service. The web's typed
 * client is generated from this file (`npm run api:client`), and a test fails when it is stale.
 *
 *   node dist/services/gateway/src/openapi/export-openapi.js <out.json>
 */
async function exportDocument(out: string): Promise<void> {
  const placeholder = 'http://unused.invalid';
  const env = loadEnv(GatewayEnv, {
    PORT: '0',
    DATABASE_URL: 'postgres://unused/unused',
    MESSAGING_TRANSPORT: 'embedded',
    REDIS_URL: 'memory',
    JWT_SECRET: 'document-only-secret-never-used-to-sign',
    CURRICULUM_URL: placeholder,
    ENROLLMENT_URL: placeholder,
    EXAMINATION_URL: placeholder,
    FINANCE_URL: placeholder,
    NOTIFICATION_URL: placeholder,
  });
  const app = await NestFactory.create(GatewayModule.forRoot(env, createLogger('gateway', env.LOG_LEVEL)), {
    preview: true,
    logger: false,
  });
  const document = createApiDocument(app, gatewayService.title);
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: export-openapi <out.json>\n');
  process.exit(2);
}
exportDocument(out).catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
