export * from './consumer-runtime';
export * from './embedded/embedded-log-consumer';
export * from './kafka/kafka-transport';
export * from './kafka/outbox-relay';
export * from './messaging.module';
export * from './outbox';
export * from './tables';
export * from './types';
