import type { EventContract, EventEnvelope } from '@baeum/contracts';
import { EventPublisher, KafkajsTransport, KafkaTransport, messagingTablesUp, OutboxRelay } from '@baeum/messaging';
import { createLogger, runInContext } from '@baeum/service-kit';
import { infra, ServiceStack } from '@baeum/testing';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * The services whose events a notification test feeds in, without running them: each gets its
 * schema and outbox in one database of the run, relayed to the run's topics as that service relays
 * it. Events are published into those outboxes as the service would publish them, and a message can
 * be sent again as a redelivery would bring it.
 */
export class EventSources {
  private constructor(
    private readonly stack: ServiceStack,
    private readonly source: DataSource,
    private readonly transport: KafkaTransport,
    private readonly relays: OutboxRelay[],
    private readonly producer: Producer,
    private readonly publishers: Map<string, EventPublisher>,
  ) {}

  static async start(stack: ServiceStack, services: string[], clientId: string): Promise<EventSources> {
    const logger = createLogger(clientId, 'warn');
    // The gateway's database of this run holds them all (the gateway itself does not run in these tests).
    const url = Object.assign(new URL(infra().pgUrl), { pathname: `/${stack.databaseName('gateway')}` }).toString();
    const source = new DataSource({ type: 'postgres', url, extra: { max: 4 } });
    await source.initialize();
    const transport = new KafkajsTransport(infra().kafkaBrokers.split(','), clientId, logger, stack.topicPrefix);
    await transport.connectProducer();
    const relays: OutboxRelay[] = [];
    const publishers = new Map<string, EventPublisher>();
    for (const service of services) {
      await source.query(`CREATE SCHEMA ${service}`);
      for (const sql of messagingTablesUp(service)) await source.query(sql);
      const relay = new OutboxRelay(source, transport, { service, schema: service, batchSize: 100, pollMs: 200 }, logger);
      relay.start();
      relays.push(relay);
      publishers.set(service, new EventPublisher({ service, schema: service, serialiseWriters: false }));
    }
    const kafka = new Kafka({ clientId, brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    return new EventSources(stack, source, transport, relays, producer, publishers);
  }

  /**
   * One event, committed in the service's outbox as the service would (one of the sources, or a service
   * running in the test whose own relay publishes it); with a correlation id when a fault waits for it.
   */
  publish<P>(
    service: string,
    contract: EventContract<P>,
    tenantId: string,
    payload: P,
    correlationId: string = randomUUID(),
  ): Promise<EventEnvelope<P>> {
    const publisher = this.publishers.get(service) ?? new EventPublisher({ service, schema: service, serialiseWriters: false });
    return runInContext({ correlationId, causationId: null }, () =>
      this.source.transaction((tx) => publisher.publish(tx, contract, tenantId, payload)),
    );
  }

  /** The same message again, on its topic with its key, as a redelivery brings it. */
  async redeliver<P>(contract: EventContract<P>, event: EventEnvelope<P>, key: string = contract.keyOf(event.payload)): Promise<void> {
    await this.producer.send({ topic: this.stack.topic(contract.topic), messages: [{ key, value: JSON.stringify(event) }] });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    for (const relay of this.relays) await relay.stop();
    await this.transport.close();
    await this.source.destroy();
  }
}
