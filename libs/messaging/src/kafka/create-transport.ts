import type { Logger } from 'pino';
import { KafkajsTransport } from './kafkajs-transport';
import { PlatformaticTransport } from './platformatic-transport';
import type { KafkaTransport } from './transport';

export type KafkaClientName = 'kafkajs' | 'platformatic';

/** The transport on the client `KAFKA_CLIENT` names: `@platformatic/kafka` by default, kafkajs to fall back to (ADR 0018). */
export function createKafkaTransport(
  client: KafkaClientName,
  brokers: string[],
  clientId: string,
  logger: Logger,
  topicPrefix = '',
): KafkaTransport {
  return client === 'platformatic'
    ? new PlatformaticTransport(brokers, clientId, logger, topicPrefix)
    : new KafkajsTransport(brokers, clientId, logger, topicPrefix);
}
