import { docsEnabled, ServiceDefinition } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { GatewayModule } from './app.module';
import { GatewayEnv } from './config/env';
import { gatewayDatabase } from './database/settings';
import { seedGateway } from './seed/demo-seed';
import { serveEventDocs } from './web/event-docs';
import { WaitingRoom } from './waiting-room/waiting-room';
import { waitingRoomDoor } from './waiting-room/waiting-room.door';
import { serveWeb } from './web/serve-web';

export { DEMO_PASSWORD } from './seed/demo-seed';

export const gatewayService: ServiceDefinition<GatewayEnv> = {
  service: 'gateway',
  title: 'Baeum gateway — 웹 API',
  envClass: GatewayEnv,
  database: gatewayDatabase,
  module: (env, logger) => GatewayModule.forRoot(env, logger),
  seed: (app) => seedGateway(app.get(DataSource), app.get(EventPublisher)),
  // Most requests are passed on to a service (whose own door limits the work); as many as the
  // gateway keeps connections to them.
  maxInFlight: () => 256,
  configure: (app, env) => {
    (app as NestExpressApplication).set('trust proxy', env.TRUSTED_PROXY_HOPS);
    // Before the body parser and the pipeline: refusing a queued submission must cost little.
    app.use(waitingRoomDoor(app.get(WaitingRoom), app.get(JwtService)));
    if (docsEnabled(env)) serveEventDocs(app);
    serveWeb(app, env.WEB_ROOT);
  },
};
