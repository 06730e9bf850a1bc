import type { ConsumerRuntime } from '../consumer-runtime';
import type { InboundMessage } from '../types';

/** Header values as either client carries them. */
export type MessageHeaders = Record<string, string | Buffer>;

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers?: MessageHeaders;
}

export interface ConsumerSettings {
  service: string;
  /** Explicit consumer group id (never derived by a framework). */
  group: string;
  deadLetterTopic: string;
  sessionTimeoutMs: number;
}

/** Dead-letter headers: the original position and the error travel with the original bytes. */
export const DLQ_HEADERS = {
  error: 'baeum-error',
  topic: 'baeum-original-topic',
  partition: 'baeum-original-partition',
  offset: 'baeum-original-offset',
  group: 'baeum-group',
  attempts: 'baeum-attempts',
  failedAt: 'baeum-failed-at',
} as const;

/** How long a consumer that stopped after a failure waits before it is started again. */
export const CONSUMER_RESTART_DELAY_MS = 2000;

/**
 * What the relay and the consumer need of a Kafka client (ADR 0003, ADR 0018): connect, publish
 * batches acknowledged by every in-sync replica, consume a group committing offsets only after the
 * effect, describe the cluster for health. `KAFKA_CLIENT` picks the client behind it.
 */
export interface KafkaTransport {
  connectProducer(): Promise<void>;
  /** Sends in order; resolves only when every message is acknowledged by all in-sync replicas. */
  send(messages: OutgoingMessage[], service: string): Promise<void>;
  /**
   * Consumes `runtime.topics` as consumer group `group`. Offsets are committed only after the
   * runtime has finished every message before them (effect committed or dead-lettered).
   */
  startConsumer(settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void>;
  describe(): Promise<void>;
  /** Drains: the batches in hand finish, then the consumer leaves its group. */
  stopConsumer(): Promise<void>;
  close(): Promise<void>;
}

/** A message that could not be applied, as it goes to the service's dead-letter topic. */
export function deadLetterOf(
  message: InboundMessage,
  originalHeaders: MessageHeaders,
  error: string,
  attempts: number,
  settings: ConsumerSettings,
): OutgoingMessage {
  const [partition, offset] = message.position.split('/');
  return {
    topic: settings.deadLetterTopic,
    key: message.key,
    value: message.value === null ? '' : message.value.toString(),
    headers: {
      ...originalHeaders,
      [DLQ_HEADERS.error]: error,
      [DLQ_HEADERS.topic]: message.topic,
      [DLQ_HEADERS.partition]: partition,
      [DLQ_HEADERS.offset]: offset,
      [DLQ_HEADERS.group]: settings.group,
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    },
  };
}
