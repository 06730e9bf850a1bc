import { EventContract } from '@baeum/contracts';
import { HealthRegistry, LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { Global, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { MessagingModule } from './messaging.module';
import { EventPublisher } from './outbox';
import { EventHandler } from './types';

/** What a service gives every module (its kit and database), as stand-ins: nothing here connects. */
@Global()
@Module({
  providers: [
    { provide: SERVICE_ENV, useValue: { MESSAGING_TRANSPORT: 'embedded' } },
    { provide: LOGGER, useValue: {} },
    { provide: DataSource, useValue: {} },
    HealthRegistry,
  ],
  exports: [SERVICE_ENV, LOGGER, DataSource, HealthRegistry],
})
class ServiceStandIns {}

/** A feature's use case, which publishes (so its module needs the messaging module's publisher back). */
@Injectable()
class CancelThing {
  constructor(readonly publisher: EventPublisher) {}
}

@Module({ providers: [CancelThing], exports: [CancelThing] })
class ThingsModule {}

/** A handler of the feature that calls its use case. */
@Injectable()
class ThingCancelledConsumer implements EventHandler<unknown> {
  readonly contract = { type: 'spec.thing.cancelled' } as unknown as EventContract<unknown>;
  constructor(readonly cancel: CancelThing) {}
  async handle(): Promise<void> {}
}

describe('MessagingModule.forService', () => {
  it('gives the handlers what the imported feature modules export, without making them global', async () => {
    const app = await Test.createTestingModule({
      imports: [
        ServiceStandIns,
        ThingsModule,
        MessagingModule.forService({ service: 'spec', imports: [ThingsModule], handlers: [ThingCancelledConsumer] }),
      ],
    }).compile();
    const handler = app.get(ThingCancelledConsumer, { strict: false });
    expect(handler.cancel).toBeInstanceOf(CancelThing);
    expect(handler.cancel.publisher).toBe(app.get(EventPublisher, { strict: false }));
    await app.close();
  });

  it('cannot build a handler whose feature module is not imported', async () => {
    const building = Test.createTestingModule({
      imports: [ServiceStandIns, ThingsModule, MessagingModule.forService({ service: 'spec', handlers: [ThingCancelledConsumer] })],
    }).compile();
    await expect(building).rejects.toThrow(/CancelThing/);
  });
});
