import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { InboxController } from './inbox.controller';

/** Each signed-in person's in-app inbox, passed on to the notification service. */
@Module({ controllers: [InboxController], providers: [ServiceClients] })
export class InboxGatewayModule {}
