import { ServiceDefinition } from '@baeum/service-kit';
import { NotificationModule } from './app.module';
import { NotificationEnv } from './config/env';
import { notificationDatabase } from './database/settings';

export const notificationService: ServiceDefinition<NotificationEnv> = {
  service: 'notification',
  title: 'Baeum notification — 메일·문자 발송',
  envClass: NotificationEnv,
  database: notificationDatabase,
  module: (env, logger) => NotificationModule.forRoot(env, logger),
};
