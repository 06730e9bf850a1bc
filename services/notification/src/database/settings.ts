import { DatabaseSettings } from '@baeum/service-kit';
import { NotificationEnv } from '../config/env';
import { Message } from '../mail/message.entity';
import { Init1765000000000 } from './migrations/1765000000000-init';

export const notificationDatabase = (env: NotificationEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'notification',
  poolSize: env.DB_POOL_SIZE,
  entities: [Message],
  migrations: [Init1765000000000],
});
