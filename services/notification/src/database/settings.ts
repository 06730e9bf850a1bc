import { DatabaseSettings, requestKeysMigration } from '@baeum/service-kit';
import { NotificationEnv } from '../config/env';
import { Contact } from '../contacts/contact.entity';
import { TraineeLink } from '../contacts/trainee-link.entity';
import { Delivery } from '../deliveries/delivery.entity';
import { HeldNotice } from '../notices/held-notice.entity';
import { InboxItem } from '../inbox/inbox-item.entity';
import { Message } from '../mail/message.entity';
import { NotificationPreference } from '../preferences/preference.entity';
import { TextMessage } from '../texts/text-message.entity';
import { Init1765000000000 } from './migrations/1765000000000-init';
import { ContactsAndDeliveries1765900000001 } from './migrations/1765900000001-contacts-and-deliveries';
import { TraineeLinks1765960000001 } from './migrations/1765960000001-trainee-links';
import { Inbox1765970000000 } from './migrations/1765970000000-inbox';
import { TextMessagesAndPreferences1765990000000 } from './migrations/1765990000000-text-messages-and-preferences';
import { HeldNotices1766200000000 } from './migrations/1766200000000-held-notices';

export const notificationDatabase = (env: NotificationEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'notification',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: [Message, Contact, Delivery, TraineeLink, InboxItem, NotificationPreference, TextMessage, HeldNotice],
  migrations: [
    Init1765000000000,
    ContactsAndDeliveries1765900000001,
    TraineeLinks1765960000001,
    Inbox1765970000000,
    TextMessagesAndPreferences1765990000000,
    HeldNotices1766200000000,
    requestKeysMigration('notification'),
  ],
});
