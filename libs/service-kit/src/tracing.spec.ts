import { parseEnvelope } from '@baeum/contracts';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace';
import { startServerSpan, startTracing, stopTracing, tracedCall, traceparentForEvent, tracingEnabled, withConsumerSpan } from './tracing';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const incoming = { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` };

describe('tracing, off (the default)', () => {
  it('runs the work and adds nothing: no span, no trace context on events or calls', async () => {
    expect(tracingEnabled()).toBe(false);
    let ran = false;
    expect(startServerSpan('GET', incoming, () => (ran = true))).toBeUndefined();
    expect(ran).toBe(true);
    const headers: Record<string, string> = {};
    await expect(tracedCall('finance', 'GET', '/x', headers, async () => 7)).resolves.toBe(7);
    expect(headers).toEqual({});
    expect(traceparentForEvent('curriculum.cohort.scheduled')).toBeUndefined();
    await expect(withConsumerSpan('finance', { type: 't', id: 'e' }, async () => 'applied')).resolves.toBe('applied');
  });
});

describe('tracing with an in-memory exporter', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => expect(startTracing({ serviceName: 'test', spanExporter: exporter })).toBe(true));
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  const byName = (name: string): ReadableSpan => {
    const span = exporter.getFinishedSpans().find((s) => s.name === name);
    if (!span) throw new Error(`no span ${name} among ${exporter.getFinishedSpans().map((s) => s.name)}`);
    return span;
  };

  it('follows one request through a call to another service and into the consumer of the event it publishes', async () => {
    const calleeHeaders: Record<string, string> = {};
    let envelopeTrace: string | undefined;
    await new Promise<void>((done) => {
      const server = startServerSpan('POST', incoming, () => {
        void (async () => {
          await tracedCall('curriculum', 'POST', '/api/cohorts', calleeHeaders, async () => undefined);
          envelopeTrace = traceparentForEvent('curriculum.cohort.scheduled');
          server!.finish('/api/cohorts', 201);
          done();
        })();
      });
    });
    // The event crosses the broker as JSON, and the consumer reads its trace context back from the envelope.
    const raw = JSON.stringify({
      id: '6f1c0d1e-7a53-4a0e-9b1e-1c1d1e1f1a1b',
      type: 'curriculum.cohort.scheduled',
      version: 1,
      occurredAt: new Date().toISOString(),
      tenantId: '00000000-0000-4000-8000-0000000000aa',
      source: 'curriculum',
      correlationId: 'c',
      causationId: null,
      traceparent: envelopeTrace,
      payload: {},
    });
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    await withConsumerSpan('finance', parsed.envelope, async () => {
      // An event the consumer publishes in turn hangs from the consumer's span.
      expect(traceparentForEvent('finance.commitment.held')).toMatch(new RegExp(`^00-${TRACE_ID}-`));
    });

    const server = byName('POST /api/cohorts');
    const client = byName('POST curriculum');
    const publish = byName('publish curriculum.cohort.scheduled');
    const consume = byName('process curriculum.cohort.scheduled');
    const republish = byName('publish finance.commitment.held');
    for (const span of [server, client, publish, consume, republish]) expect(span.spanContext().traceId).toBe(TRACE_ID);
    expect(server.kind).toBe(SpanKind.SERVER);
    expect(server.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(client.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(calleeHeaders.traceparent).toBe(`00-${TRACE_ID}-${client.spanContext().spanId}-01`);
    expect(publish.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(consume.kind).toBe(SpanKind.CONSUMER);
    expect(consume.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
    expect(republish.parentSpanContext?.spanId).toBe(consume.spanContext().spanId);
    expect(server.attributes).toMatchObject({ 'http.route': '/api/cohorts', 'http.response.status_code': 201 });
  });

  it('marks a failed consumer span as an error and passes the error on', async () => {
    await expect(
      withConsumerSpan('finance', { type: 'x.y', id: 'e1' }, async () => {
        throw new Error('line locked');
      }),
    ).rejects.toThrow('line locked');
    expect(byName('process x.y').status).toMatchObject({ code: 2, message: 'line locked' });
  });

  it('starts a new trace for a request that brings no trace context', () => {
    startServerSpan('GET', {}, () => undefined)!.finish('/health', 200);
    const span = byName('GET /health');
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.spanContext().traceId).not.toBe(TRACE_ID);
  });
});

describe('an envelope’s trace context', () => {
  const base = {
    id: '6f1c0d1e-7a53-4a0e-9b1e-1c1d1e1f1a1b',
    type: 't',
    version: 1,
    occurredAt: '2026-12-05T00:00:00Z',
    tenantId: '00000000-0000-4000-8000-0000000000aa',
    source: 's',
    correlationId: 'c',
    causationId: null,
    payload: {},
  };

  it('is dropped when it is not one, and the event kept', () => {
    for (const traceparent of ['garbage', 42, `00-${TRACE_ID.toUpperCase()}-${CALLER_SPAN}-01`]) {
      const parsed = parseEnvelope({ ...base, traceparent });
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && 'traceparent' in parsed.envelope).toBe(false);
    }
    const kept = parseEnvelope({ ...base, traceparent: incoming.traceparent });
    expect(kept.ok && kept.envelope.traceparent).toBe(incoming.traceparent);
  });
});
