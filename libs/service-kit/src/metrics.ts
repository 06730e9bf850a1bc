import { Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * Metrics live in prom-client's default registry. In embedded mode several services share one
 * process, so each metric is created once and carries a `service` label.
 */
function getOrCreate<M>(name: string, create: () => M): M {
  return (register.getSingleMetric(name) as M | undefined) ?? create();
}

export const httpRequestDuration = () =>
  getOrCreate(
    'baeum_http_request_duration_seconds',
    () =>
      new Histogram({
        name: 'baeum_http_request_duration_seconds',
        help: 'HTTP request latency',
        labelNames: ['service', 'method', 'route', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      }),
  );

export const eventsPublished = () =>
  getOrCreate(
    'baeum_events_published_total',
    () => new Counter({ name: 'baeum_events_published_total', help: 'Events published from the outbox', labelNames: ['service', 'topic'] }),
  );

export const eventsConsumed = () =>
  getOrCreate(
    'baeum_events_consumed_total',
    () =>
      new Counter({
        name: 'baeum_events_consumed_total',
        help: 'Events consumed, by outcome',
        labelNames: ['service', 'topic', 'outcome'],
      }),
  );

export const consumerLag = () =>
  getOrCreate(
    'baeum_consumer_lag',
    () => new Gauge({ name: 'baeum_consumer_lag', help: 'Messages behind the log end', labelNames: ['group', 'topic', 'partition'] }),
  );

export const outboxBacklog = () =>
  getOrCreate(
    'baeum_outbox_backlog',
    () => new Gauge({ name: 'baeum_outbox_backlog', help: 'Outbox rows not yet published', labelNames: ['service'] }),
  );

export const metricsText = () => register.metrics();
export const metricsContentType = () => register.contentType;
