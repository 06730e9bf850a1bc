import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { InboxController } from './inbox.controller';
import { NotificationPreferencesController } from './notification-preferences.controller';

/** Each signed-in person's in-app inbox and notification preferences, passed on to the notification service. */
@Module({ controllers: [InboxController, NotificationPreferencesController], providers: [ServiceClients] })
export class InboxGatewayModule {}
