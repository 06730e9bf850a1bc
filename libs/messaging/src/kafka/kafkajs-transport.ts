import { consumerLag, eventsPublished } from '@baeum/service-kit';
import { Admin, Consumer, IHeaders, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { ConsumerRuntime } from '../consumer-runtime';
import type { InboundMessage } from '../types';
import { CONSUMER_RESTART_DELAY_MS, ConsumerSettings, deadLetterOf, KafkaTransport, MessageHeaders, OutgoingMessage } from './transport';

function kafkaLogLevel(logger: Logger) {
  return logger.isLevelEnabled('debug') ? logLevel.INFO : logLevel.WARN;
}

/** kafkajs behind the transport's surface (ADR 0003). */
export class KafkajsTransport implements KafkaTransport {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private consumer?: Consumer;
  private admin?: Admin;
  private closing = false;

  /** `topicPrefix` goes before every topic on the wire; callers keep using the contracts' names. */
  constructor(
    brokers: string[],
    private readonly clientId: string,
    private readonly logger: Logger,
    private readonly topicPrefix = '',
  ) {
    this.kafka = new Kafka({
      clientId,
      brokers,
      logLevel: kafkaLogLevel(logger),
      logCreator:
        () =>
        ({ level, log }) => {
          const { message, ...extra } = log;
          this.logger[level <= logLevel.ERROR ? 'error' : 'warn']({ kafka: extra }, String(message));
        },
      retry: { retries: 8, initialRetryTime: 200 },
    });
  }

  async connectProducer(): Promise<void> {
    // Idempotent, with acks from all in-sync replicas (min.insync.replicas 2 of 3 in a cluster): a send
    // retried after a lost answer or a leader's failover is not written twice, and one request in
    // flight keeps each partition in send order. A relay that crashes between send and commit still
    // sends its batch again as a new producer; consumers' inboxes absorb those duplicates.
    // The default partitioner hashes keys as Java clients do, so every client agrees on partitions.
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
    this.admin = this.kafka.admin();
    await this.admin.connect();
  }

  /** Sends in order; resolves only when every message is acknowledged by all in-sync replicas. */
  async send(messages: OutgoingMessage[], service: string): Promise<void> {
    if (!this.producer) throw new Error('producer not connected');
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic: this.topicPrefix + topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers as IHeaders | undefined })),
      })),
    });
    for (const [topic, list] of byTopic) eventsPublished().inc({ service, topic }, list.length);
  }

  /**
   * Consumes `runtime.topics` as consumer group `group`. Offsets are committed only after the
   * runtime has finished every message of the batch (effect committed or dead-lettered).
   */
  async startConsumer(settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void> {
    const { service, group } = settings;
    const topics = runtime.topics;
    if (topics.length === 0) return;
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout: settings.sessionTimeoutMs,
      heartbeatInterval: Math.floor(settings.sessionTimeoutMs / 10),
      maxWaitTimeInMs: 250,
    });
    this.consumer = consumer;
    // kafkajs restarts a consumer only after a retriable failure; after any other (no broker reachable
    // during a restart, say) it stays disconnected and the service would silently stop consuming.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closing) return;
      this.logger.error({ err: payload.error, group }, 'consumer stopped after a failure; starting it again');
      const restart = () => {
        if (this.closing) return;
        this.startConsumer(settings, runtime).catch((error) => {
          this.logger.error({ err: error, group }, 'consumer could not be started again; trying later');
          setTimeout(restart, CONSUMER_RESTART_DELAY_MS).unref();
        });
      };
      setTimeout(restart, CONSUMER_RESTART_DELAY_MS).unref();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: topics.map((t) => this.topicPrefix + t), fromBeginning: true });
    const lag = consumerLag();
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 6,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (batch.messages.length === 0 || !isRunning() || isStale()) return;
        const topic = batch.topic.slice(this.topicPrefix.length);
        const inbound: InboundMessage[] = batch.messages.map((m) => ({
          topic,
          key: m.key?.toString() ?? '',
          value: m.value,
          position: `${batch.partition}/${m.offset}`,
        }));
        const headersAt = new Map(batch.messages.map((m) => [`${batch.partition}/${m.offset}`, m.headers ?? {}]));
        await runtime.process(inbound, {
          onWait: heartbeat,
          deadLetter: (message, error, attempts) =>
            this.send([deadLetterOf(message, headersAt.get(message.position) as MessageHeaders, error, attempts, settings)], service),
        });
        const last = batch.messages[batch.messages.length - 1].offset;
        // Resolving moves the fetch position; committing makes it survive a restart or rebalance.
        resolveOffset(last);
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
        lag.set({ group, topic, partition: String(batch.partition) }, Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(last) - 1n)));
        await heartbeat();
      },
    });
  }

  async describe(): Promise<void> {
    if (!this.admin) throw new Error('not connected');
    await this.admin.describeCluster();
  }

  /** Drains: the consumer finishes its current batch first, then the producer closes. */
  async stopConsumer(): Promise<void> {
    this.closing = true;
    await this.consumer?.disconnect();
  }

  async close(): Promise<void> {
    await this.stopConsumer();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }
}
