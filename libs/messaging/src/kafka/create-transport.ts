import type { Logger } from 'pino';
import { KafkajsTransport } from './kafkajs-transport';
import { PlatformaticTransport } from './platformatic-transport';
import type { KafkaTransport } from './transport';

export type KafkaClientName = 'kafkajs' | 'platformatic';

/** The transport on the client `KAFKA_CLIENT` names (kafkajs until the move of ADR 0018 is made). */
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
