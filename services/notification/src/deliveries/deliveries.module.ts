import { Global, Module } from '@nestjs/common';
import { MAILER, Mailer } from '../mail/mailer';
import { TEXT_MESSAGE_PROVIDER, TextMessageProvider } from '../texts/text-message-provider';
import { DELIVERY_CHANNELS } from './channel';
import { DeliveriesQueries } from './deliveries.queries';
import { DeliveryLogController } from './delivery-log.controller';
import { DeliverySender } from './delivery-sender';
import { EmailChannel } from './email.channel';
import { SmsChannel } from './sms.channel';
import { EnqueueDeliveriesUseCase } from './usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { SendDueDeliveriesUseCase } from './usecases/send-due-deliveries/send-due-deliveries.usecase';

/**
 * The delivery pipeline: consumers record what is due (exactly once per event, person and channel),
 * the sender sends it with retries. Channels: e-mail and text messages
 * (the in-app inbox is written with the event, by EnqueueDeliveriesUseCase).
 */
@Global()
@Module({
  controllers: [DeliveryLogController],
  providers: [
    {
      provide: DELIVERY_CHANNELS,
      inject: [MAILER, TEXT_MESSAGE_PROVIDER],
      useFactory: (mailer: Mailer, texts: TextMessageProvider) => [new EmailChannel(mailer), new SmsChannel(texts)],
    },
    DeliveriesQueries,
    EnqueueDeliveriesUseCase,
    SendDueDeliveriesUseCase,
    DeliverySender,
  ],
  exports: [DeliveriesQueries, EnqueueDeliveriesUseCase],
})
export class DeliveriesModule {}
