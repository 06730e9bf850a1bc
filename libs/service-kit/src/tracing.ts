import { Context, context, propagation, Span, SpanKind, SpanStatusCode, trace, Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, SpanExporter, SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

/**
 * Tracing across HTTP and Kafka (OpenTelemetry, docs/adr/0016): a span per request a service
 * serves, per call the gateway makes to a service, and per event a consumer applies; the trace
 * context (W3C `traceparent`) travels in the request headers and in each event's envelope, so one
 * request is followed from the gateway through every consumer it causes, however many hops away.
 *
 * Off unless configured (OTEL_TRACES_EXPORTER=otlp, with the standard OTEL_EXPORTER_OTLP_* variables
 * for where to send): then nothing is registered and every helper below costs a property lookup.
 */

export type TracesExporter = 'none' | 'otlp' | 'console';

export interface TracingOptions {
  /** The process's name in the traces: a service, or `baeum-embedded` for the one-process mode. */
  serviceName: string;
  /** An exporter of the caller's own (tests: an in-memory one); otherwise chosen by `exporter`. */
  spanExporter?: SpanExporter;
  exporter?: TracesExporter;
  /** How long finished spans wait to be sent in one batch (OTLP). */
  batchDelayMs?: number;
}

const TRACER_NAME = 'baeum';
let provider: TracerProvider | undefined;
let activeTracer: Tracer | undefined;

/** Whether a trace provider was started in this process. */
export const tracingEnabled = (): boolean => activeTracer !== undefined;

/**
 * Starts tracing for this process once (embedded mode launches several services in one process:
 * the first caller's name stands for them all). Returns false when tracing stays off.
 */
export function startTracing(options: TracingOptions): boolean {
  if (provider) return true;
  const exporter = options.spanExporter ?? exporterFor(options.exporter ?? 'none');
  if (!exporter) return false;
  const processor: SpanProcessor =
    options.spanExporter || options.exporter === 'console'
      ? new SimpleSpanProcessor({ exporter })
      : new BatchSpanProcessor({ exporter, scheduledDelayMillis: options.batchDelayMs ?? 2000 });
  provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': options.serviceName }), spanProcessors: [processor] });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  activeTracer = provider.getTracer(TRACER_NAME);
  return true;
}

/** Sends what is still buffered and stops; a later startTracing starts afresh (tests). */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  activeTracer = undefined;
  if (!stopping) return;
  await stopping.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
}

function exporterFor(kind: TracesExporter): SpanExporter | undefined {
  if (kind === 'otlp') return new OTLPTraceExporter(); // reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS
  if (kind === 'console') return new ConsoleJsonExporter();
  return undefined;
}

/** One JSON line per span on stdout: for a developer without a collector. */
class ConsoleJsonExporter implements SpanExporter {
  export(spans: Parameters<SpanExporter['export']>[0], done: Parameters<SpanExporter['export']>[1]) {
    for (const s of spans) {
      const { traceId, spanId } = s.spanContext();
      process.stdout.write(
        `${JSON.stringify({ trace: traceId, span: spanId, parent: s.parentSpanContext?.spanId ?? null, name: s.name, attributes: s.attributes })}\n`,
      );
    }
    done({ code: 0 });
  }
  shutdown() {
    return Promise.resolve();
  }
}

type Carrier = Record<string, string | string[] | undefined>;

/**
 * Runs `fn` inside a span whose parent is the context `carrier` carries (request headers, or an
 * event's envelope); the span ends when `fn` settles, as an error if it throws.
 */
async function inSpan<T>(
  name: string,
  kind: SpanKind,
  parent: Context,
  attributes: Record<string, string | number>,
  fn: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!activeTracer) return fn(undefined);
  const span = activeTracer.startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
    throw error;
  } finally {
    span.end();
  }
}

/**
 * A request a service serves: its span is the child of the caller's (from `traceparent`), and
 * everything the handler does runs inside it. `finish` is called when the answer is sent.
 */
export function startServerSpan(
  method: string,
  headers: Carrier,
  run: () => void,
): { finish(route: string, status: number): void } | undefined {
  if (!activeTracer) {
    run();
    return undefined;
  }
  const parent = propagation.extract(context.active(), headers);
  const span = activeTracer.startSpan(`${method}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method } }, parent);
  context.with(trace.setSpan(parent, span), run);
  return {
    finish(route, status) {
      span.updateName(`${method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/** A call to another service: a client span, whose context the callee receives in `headers`. */
export function tracedCall<T>(
  target: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  call: () => Promise<T>,
): Promise<T> {
  return inSpan(
    `${method} ${target}`,
    SpanKind.CLIENT,
    context.active(),
    { 'peer.service': target, 'http.request.method': method, 'url.path': path },
    async () => {
      propagation.inject(context.active(), headers);
      return call();
    },
  );
}

/**
 * The trace context to write into an event's envelope as it is published: a producer span (ended at
 * once; the relay's later send is not part of the request) that the consumers' spans hang from.
 */
export function traceparentForEvent(eventType: string): string | undefined {
  if (!activeTracer) return undefined;
  const span = activeTracer.startSpan(`publish ${eventType}`, {
    kind: SpanKind.PRODUCER,
    attributes: { 'messaging.destination.name': eventType },
  });
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), span), carrier);
  span.end();
  return carrier.traceparent;
}

/** An event a consumer applies, as the child of the span that published it. */
export function withConsumerSpan<T>(
  service: string,
  event: { type: string; id: string; traceparent?: string },
  apply: () => Promise<T>,
): Promise<T> {
  if (!activeTracer) return apply();
  const parent = event.traceparent ? propagation.extract(context.active(), { traceparent: event.traceparent }) : context.active();
  return inSpan(
    `process ${event.type}`,
    SpanKind.CONSUMER,
    parent,
    { 'messaging.consumer.group.name': service, 'messaging.message.id': event.id, 'messaging.destination.name': event.type },
    apply,
  );
}
