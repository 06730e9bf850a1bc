import { deadLetterTopic } from '@baeum/contracts';
import { BaseEnv, HealthRegistry, LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { BeforeApplicationShutdown, DynamicModule, Inject, Module, ModuleMetadata, OnApplicationBootstrap, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ConsumerRuntime } from './consumer-runtime';
import { EmbeddedLogConsumer } from './embedded/embedded-log-consumer';
import { createKafkaTransport } from './kafka/create-transport';
import type { KafkaTransport } from './kafka/transport';
import { OutboxRelay } from './kafka/outbox-relay';
import { EventPublisher } from './outbox';
import { DEFAULT_RETRY, EventHandler, RetryPolicy } from './types';

export interface MessagingOptions {
  /** Service name: also its consumer group id and its database schema. */
  service: string;
  handlers: Type<EventHandler>[];
  /**
   * The modules whose exports the handlers inject (the features that own them): the handlers are
   * provided here, in the messaging module's scope, which sees only these and the global modules.
   */
  imports?: NonNullable<ModuleMetadata['imports']>;
  retry?: RetryPolicy;
}

const OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * Wires the outbox, the relay and the consumer for one service. Services see only
 * `EventPublisher` and their `EventHandler`s; which transport runs is configuration.
 */
@Module({})
export class MessagingModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private kafka?: KafkaTransport;
  private relay?: OutboxRelay;
  private embedded?: EmbeddedLogConsumer;

  constructor(
    @Inject(OPTIONS) private readonly options: MessagingOptions,
    @Inject(SERVICE_ENV) private readonly env: BaseEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly health: HealthRegistry,
    private readonly moduleRef: ModuleRef,
  ) {}

  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: OPTIONS, useValue: options },
        ...options.handlers,
        {
          provide: EventPublisher,
          inject: [SERVICE_ENV],
          useFactory: (env: BaseEnv) =>
            new EventPublisher({
              service: options.service,
              schema: options.service,
              serialiseWriters: env.MESSAGING_TRANSPORT === 'embedded',
            }),
        },
      ],
      exports: [EventPublisher],
    };
  }

  async onApplicationBootstrap() {
    const { service } = this.options;
    const handlers = this.options.handlers.map((type) => this.moduleRef.get(type, { strict: false }));
    const logger = this.logger.child({ component: 'messaging' });
    const runtime = new ConsumerRuntime(this.dataSource, service, service, handlers, this.options.retry ?? DEFAULT_RETRY, logger);
    if (this.env.MESSAGING_TRANSPORT === 'embedded') {
      this.embedded = new EmbeddedLogConsumer(
        this.dataSource,
        runtime,
        { group: service, schema: service, batchSize: 200, pollMs: 50 },
        logger,
      );
      this.embedded.start();
      return;
    }
    this.kafka = createKafkaTransport(
      this.env.KAFKA_CLIENT,
      this.env.KAFKA_BROKERS!.split(','),
      `baeum-${service}`,
      logger,
      this.env.KAFKA_TOPIC_PREFIX,
    );
    await this.kafka.connectProducer();
    this.health.register('kafka', () => this.kafka!.describe());
    this.relay = new OutboxRelay(this.dataSource, this.kafka, { service, schema: service, batchSize: 500, pollMs: 1000 }, logger);
    this.relay.start();
    await this.kafka.startConsumer(
      {
        service,
        group: this.env.KAFKA_GROUP_ID ?? service,
        deadLetterTopic: deadLetterTopic(service),
        sessionTimeoutMs: this.env.KAFKA_SESSION_TIMEOUT_MS,
      },
      runtime,
    );
  }

  /** Graceful shutdown: finish the batch in hand, publish nothing half-way, then close. */
  async beforeApplicationShutdown() {
    await this.embedded?.stop();
    await this.kafka?.stopConsumer();
    await this.relay?.stop();
    await this.kafka?.close();
  }
}
