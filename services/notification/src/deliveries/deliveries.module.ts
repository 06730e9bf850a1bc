import { Global, Module } from '@nestjs/common';
import { MAILER, Mailer } from '../mail/mailer';
import { DELIVERY_CHANNELS } from './channel';
import { DeliveriesQueries } from './deliveries.queries';
import { DeliveryLogController } from './delivery-log.controller';
import { DeliverySender } from './delivery-sender';
import { EmailChannel } from './email.channel';
import { EnqueueDeliveriesUseCase } from './usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { SendDueDeliveriesUseCase } from './usecases/send-due-deliveries/send-due-deliveries.usecase';

/**
 * The delivery pipeline: consumers record what is due (exactly once per event, person and channel),
 * the sender sends it with retries. Channels: e-mail (SMS and the in-app inbox would be added here).
 */
@Global()
@Module({
  controllers: [DeliveryLogController],
  providers: [
    { provide: DELIVERY_CHANNELS, inject: [MAILER], useFactory: (mailer: Mailer) => [new EmailChannel(mailer)] },
    DeliveriesQueries,
    EnqueueDeliveriesUseCase,
    SendDueDeliveriesUseCase,
    DeliverySender,
  ],
  exports: [DeliveriesQueries, EnqueueDeliveriesUseCase],
})
export class DeliveriesModule {}
