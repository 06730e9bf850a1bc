import { MessagingModule } from '@baeum/messaging';
import { keyedDatabaseModule, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { NotificationEnv } from './config/env';
import { notificationDatabase } from './database/settings';
import { CatcherModule } from './catcher/catcher.module';
import { ContactsModule } from './contacts/contacts.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { InboxModule } from './inbox/inbox.module';
import { MailModule } from './mail/mail.module';
import { NoticesModule } from './notices/notices.module';
import { PreferencesModule } from './preferences/preferences.module';
import { TextsModule } from './texts/texts.module';

@Module({})
export class NotificationModule {
  static forRoot(env: NotificationEnv, logger: Logger): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'notification', env, logger }),
        keyedDatabaseModule(notificationDatabase(env)),
        MailModule,
        TextsModule,
        ContactsModule,
        InboxModule,
        PreferencesModule,
        DeliveriesModule,
        NoticesModule,
        CatcherModule,
        MessagingModule.forService({
          service: 'notification',
          handlers: [...MailModule.consumers, ...NoticesModule.consumers],
        }),
      ],
    };
  }
}
